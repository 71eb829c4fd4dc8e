#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fr {

// The life of a job. Submitting is written to the journal before the request leaves, so a
// crash there is recognisable afterwards.
enum class JobState {
    Preparing,   // reading and scaling input images; nothing sent, nothing spent
    Queued,      // ready, waiting for a free slot (at most 6 in flight) or for credits
    Submitting,  // POST /v1/run on its way
    Running,     // FASHN accepted it; polling status
    Downloading, // completed; fetching and saving outputs
    Completed,   // every output is on disk
    Failed,      // FASHN or the app reported an error; see error fields
    Uncertain,   // the submission may or may not have been received (and charged)
    Cancelled,   // stopped by the user
    Expired,     // the outputs were deleted by FASHN before they could be saved
    // FASHN accepted it (it keeps its prediction id and may be charged), but its status could
    // not be read (400/414 on status, a refused key, or errors for a long time): following it
    // stopped. Not final: resume follows it again.
    Suspended,
};

QString jobStateName(JobState state);
JobState jobStateFromName(const QString &name);
bool isFinal(JobState state);

struct JobRecord
{
    QString id;
    QString model;
    QJsonObject values; // as the user set them: image values are paths, URLs or saved:<name>
    QJsonObject inputs; // param -> {"file", "sha256"} of prepared images
    QString outputDir;
    JobState state = JobState::Preparing;
    QString predictionId;
    QString remoteStatus; // last status FASHN reported (starting, in_queue, processing, ...)
    // A typed error, worded by fr::text::jobError()/jobAdvice() in the reader's language.
    // errorKind: an ApiErrorKind name, "runtime" (the prediction failed), "input" or "cancelled".
    // errorName: FASHN's error name; for "input" an ImageProblem name or "unknown_model"; else
    // "interrupted" (sent when the app stopped), "no_outputs", "partial" (some outputs saved);
    // for a Cancelled job "dropped" or "resubmitted" (errorMessage: the new job's id), the user's
    // decision about an uncertain or unfinished job (fittingroom-cli drop / resubmit).
    // errorMessage: the raw detail, never a sentence of ours: FASHN's message or the transport's,
    // the parameter of a refused image, the missing model, one "#N: ..." line per lost output.
    QString errorKind;
    QString errorName;
    QString errorMessage;
    int creditsEstimated = -1;
    int creditsUsed = -1;
    QStringList outputs;    // remote outputs (URLs); inline outputs are not journalled
    QStringList savedFiles; // local files written
    QDateTime createdAt;
    QDateTime submittedAt;
    QDateTime completedAt;
    QDateTime updatedAt;
};

} // namespace fr

Q_DECLARE_METATYPE(fr::JobRecord)
