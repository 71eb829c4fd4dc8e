#pragma once

#include "core/api/ApiTypes.h"
#include "core/catalog/Validation.h"
#include "core/images/ImagePreparer.h"
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

QString apiError(const ApiError &error);
QString predictionError(const PredictionError &error);
QString validationIssue(const ValidationIssue &issue);
QString imageProblem(ImageProblem problem, const QString &fileName);
ImageProblem imageProblemFromName(const QString &name);

} // namespace fr::text
