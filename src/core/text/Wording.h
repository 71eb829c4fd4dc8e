#pragma once

#include "core/api/ApiTypes.h"
#include "core/catalog/Validation.h"
#include "core/images/ImagePreparer.h"
#include "core/jobs/BatchFile.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobRecord.h"

#include <QString>

// The one place that turns what the core records (kinds, FASHN's error names, details) into
// sentences for people, through the translator, for the CLI and the studio alike. The core
// itself stores typed errors, so a job failed yesterday reads in today's language.
namespace fr::text {

// "Queued", "Processing", "Failed"... (a running job's words follow FASHN's remote status).
QString jobState(JobState state);
QString jobStatus(const JobRecord &job);
// What happened to a job that did not end well (or is held), empty when nothing did.
QString jobError(const JobRecord &job);
// What the user can do about it: buy credits, check the key, fix an input, retry (a new
// charge or free), check FASHN's history. Empty when there is nothing to do.
QString jobAdvice(const JobRecord &job);
// "Job N is being handled by another Fitting Room process (pid P); skipped.": a job whose
// journal claim another live process holds.
QString heldElsewhere(const JobRecord &job, const JobOwner &owner);

QString apiError(const ApiError &error);
// "Prediction P: The FASHN server had an internal error (HTTP 502). Asking again in 12 s.": a
// running job's status request failed and is asked again (JobRunner::jobStatusTrouble).
QString statusTrouble(const JobRecord &job, const ApiError &answer, qint64 retryInMs);
// The client resends a request after an error (FashnClient::retrying).
QString retrying(Endpoint endpoint, const ApiError &answer, qint64 retryInMs);
QString predictionError(const PredictionError &error);
QString validationIssue(const ValidationIssue &issue);
QString imageProblem(ImageProblem problem, const QString &fileName);
ImageProblem imageProblemFromName(const QString &name);
// "Line 4 (seed=7): seed must be between 0 and 4294967295.": one problem of a batch file.
QString batchProblem(const BatchProblem &problem);
// "seed=7, product_image=b.jpg": the list values that made one job of a matrix.
QString matrixValues(const QJsonObject &matrix);

} // namespace fr::text
