#include "Wording.h"

#include <QSysInfo>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace fr::text {

namespace {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS; the class only carries tr().
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(Wording)
};

QString withDetail(const QString &sentence, const QString &detail)
{
    if (detail.trimmed().isEmpty())
        return sentence;
    return Wording::tr("%1 (FASHN said: %2)").arg(sentence, detail.trimmed());
}

ApiErrorKind apiKindFromName(const QString &name)
{
    for (int k = int(ApiErrorKind::None); k <= int(ApiErrorKind::NotAnImage); ++k) {
        if (apiErrorKindName(ApiErrorKind(k)) == name)
            return ApiErrorKind(k);
    }
    return ApiErrorKind::None;
}

QString apiSentence(ApiErrorKind kind, int httpStatus)
{
    switch (kind) {
    case ApiErrorKind::None:
        return {};
    case ApiErrorKind::BadRequest:
        return Wording::tr("FASHN rejected the request as invalid.");
    case ApiErrorKind::Unauthorized:
        return Wording::tr("FASHN did not accept the API key.");
    case ApiErrorKind::NotFound:
        return Wording::tr("FASHN does not know this prediction; it may have been deleted after "
                           "72 hours.");
    case ApiErrorKind::RateLimited:
        return Wording::tr("FASHN's rate limit was reached and the retries did not get through.");
    case ApiErrorKind::ConcurrencyLimited:
        return Wording::tr("Too many predictions are running on this FASHN account at once.");
    case ApiErrorKind::OutOfCredits:
        return Wording::tr("The FASHN account has no credits left.");
    case ApiErrorKind::ServerError:
        return httpStatus > 0 ? Wording::tr("The FASHN server had an internal error (HTTP %1).")
                                    .arg(httpStatus)
                              : Wording::tr("The FASHN server had an internal error.");
    case ApiErrorKind::Network:
        return Wording::tr("Could not reach the FASHN server.");
    case ApiErrorKind::Timeout:
        return Wording::tr("The FASHN server did not answer in time.");
    case ApiErrorKind::SubmissionUncertain:
        return Wording::tr("FASHN may have received the request and charged for it (the "
                           "connection broke, or something other than FASHN answered); it was "
                           "not sent again.");
    case ApiErrorKind::InvalidReply:
        return Wording::tr("The FASHN server sent a reply that could not be understood.");
    case ApiErrorKind::InsecureUrl:
        return Wording::tr("The API address must use https (plain http only for this computer); "
                           "nothing was sent.");
    case ApiErrorKind::MissingKey:
        return Wording::tr("No FASHN API key is set.");
    case ApiErrorKind::OutputExpired:
        return Wording::tr("The result is no longer available: FASHN deletes outputs after 72 "
                           "hours, and inline (base64) outputs after 60 minutes.");
    case ApiErrorKind::NotAnImage:
        return Wording::tr("The downloaded output is not an image.");
    }
    return {};
}

QString runtimeSentence(const QString &name)
{
    if (name == QLatin1String("ImageLoadError"))
        return Wording::tr("FASHN could not load or decode an input image.");
    if (name == QLatin1String("ContentModerationError"))
        return Wording::tr("The inputs were blocked by content moderation.");
    if (name == QLatin1String("InputValidationError"))
        return Wording::tr("The inputs are not valid for this model.");
    if (name == QLatin1String("PoseError"))
        return Wording::tr("No body pose could be found in the model image.");
    if (name == QLatin1String("NSFWError"))
        return Wording::tr("The inputs were flagged as explicit content.");
    if (name == QLatin1String("PhotoTypeError"))
        return Wording::tr("The garment photo type could not be handled.");
    if (name == QLatin1String("ThirdPartyError") || name == QLatin1String("3rdPartyProviderError"))
        return Wording::tr("A service FASHN depends on failed.");
    if (name == QLatin1String("UnavailableError"))
        return Wording::tr("FASHN is overloaded right now.");
    if (name == QLatin1String("PipelineError"))
        return Wording::tr("FASHN's processing pipeline failed.");
    if (name == QLatin1String("InternalServerError"))
        return Wording::tr("FASHN had an internal error while processing.");
    if (name == QLatin1String("LoRALoadError"))
        return Wording::tr("FASHN could not load a model component for this request.");
    if (name == QLatin1String("PollingTimeout"))
        return Wording::tr("The prediction did not finish before the app stopped waiting.");
    if (name.isEmpty())
        return Wording::tr("The prediction failed without a reason from FASHN.");
    return Wording::tr("The prediction failed with the error %1.").arg(name);
}

QString fileOf(const JobRecord &job, const QString &param)
{
    const QString value = job.values.value(param).toString();
    return value.isEmpty() ? param : QFileInfo(value).fileName();
}

} // namespace

QString jobState(JobState state)
{
    switch (state) {
    case JobState::Preparing:
        return Wording::tr("Preparing images");
    case JobState::Queued:
        return Wording::tr("Queued");
    case JobState::Submitting:
        return Wording::tr("Submitting");
    case JobState::Running:
        return Wording::tr("Running");
    case JobState::Downloading:
        return Wording::tr("Saving results");
    case JobState::Completed:
        return Wording::tr("Done");
    case JobState::Failed:
        return Wording::tr("Failed");
    case JobState::Uncertain:
        return Wording::tr("Uncertain");
    case JobState::Cancelled:
        return Wording::tr("Cancelled");
    case JobState::Expired:
        return Wording::tr("Expired");
    case JobState::Suspended:
        return Wording::tr("Suspended");
    }
    return {};
}

QString jobStatus(const JobRecord &job)
{
    if (job.state != JobState::Running)
        return jobState(job.state);
    if (job.remoteStatus == QLatin1String("in_queue"))
        return Wording::tr("In queue at FASHN");
    if (job.remoteStatus == QLatin1String("processing"))
        return Wording::tr("Processing");
    return Wording::tr("Starting");
}

QString jobError(const JobRecord &job)
{
    const QString &kind = job.errorKind;
    const QString &detail = job.errorMessage;
    if (job.state == JobState::Cancelled) {
        // fittingroom-cli drop / resubmit: the user decided about a job resume would not touch.
        if (job.errorName == QLatin1String("dropped"))
            return Wording::tr("Dropped: resume leaves it alone; files saved for it are kept.");
        if (job.errorName == QLatin1String("resubmitted"))
            return Wording::tr("Resubmitted as job %1.").arg(detail);
        return job.predictionId.isEmpty()
                   ? Wording::tr("Cancelled before it was sent; no credits were spent.")
                   : Wording::tr(
                         "Stopped following prediction %1; FASHN has no cancel endpoint, so "
                         "it may still finish and be charged.")
                         .arg(job.predictionId);
    }
    if (job.state == JobState::Completed) {
        const QString lines = QString(detail).replace(QLatin1Char('\n'), QLatin1String("; "));
        if (job.errorName == QLatin1String("partial"))
            return Wording::tr("%n output(s) saved; the others could not be: %1", nullptr,
                               int(job.savedFiles.size()))
                .arg(lines);
        return lines.isEmpty() ? QString() : Wording::tr("Saved, with problems: %1").arg(lines);
    }
    if (job.state == JobState::Suspended)
        return Wording::tr("FASHN accepted this job as prediction %1 and may charge for it, but "
                           "its status could not be read: %2")
            .arg(job.predictionId, withDetail(apiSentence(apiKindFromName(kind), 0), detail));
    if (kind.isEmpty())
        return {};
    if (kind == QLatin1String("input")) {
        if (job.errorName == QLatin1String("unknown_model"))
            return Wording::tr("The model %1 is no longer in the catalog.").arg(detail);
        return Wording::tr("%1: %2 Nothing was sent and no credits were spent.")
            .arg(detail, imageProblem(imageProblemFromName(job.errorName), fileOf(job, detail)));
    }
    if (kind == QLatin1String("output"))
        return Wording::tr("The output folder cannot be written (%1), so nothing was sent; no "
                           "credits were spent.")
            .arg(detail);
    if (kind == QLatin1String("journal"))
        return Wording::tr("The job journal could not record this job (%1), so it was not sent; "
                           "no credits were spent.")
            .arg(detail);
    if (kind == QLatin1String("runtime")) {
        QString text = job.errorName.isEmpty() && detail.isEmpty()
                           ? Wording::tr("FASHN ended the prediction as %1.").arg(job.remoteStatus)
                           : withDetail(runtimeSentence(job.errorName), detail);
        if (job.creditsUsed <= 0)
            text += QLatin1Char(' ') + Wording::tr("Failed predictions cost nothing.");
        return text;
    }
    if (job.errorName == QLatin1String("interrupted"))
        return Wording::tr("The app stopped while this job was being sent; FASHN may have received "
                           "it and charged for it.");
    if (job.errorName == QLatin1String("outputs_lost"))
        return Wording::tr("FASHN completed prediction %1 and charged for it, but its outputs "
                           "could not be saved: %2")
            .arg(job.predictionId, QString(detail).replace(QLatin1Char('\n'), QLatin1String("; ")));
    if (job.errorName == QLatin1String("no_outputs"))
        return Wording::tr("FASHN reported the prediction completed but listed no outputs.");
    const ApiErrorKind apiKind = apiKindFromName(kind);
    QString text = withDetail(apiSentence(apiKind, 0), detail);
    if (apiKind == ApiErrorKind::OutOfCredits)
        text += QLatin1Char(' ') + Wording::tr("No credits were spent on this job.");
    if (job.state == JobState::Queued && apiKind == ApiErrorKind::ConcurrencyLimited)
        text += QLatin1Char(' ') + Wording::tr("The job waits for one of them to finish.");
    return text;
}

QString jobAdvice(const JobRecord &job)
{
    const QString &kind = job.errorKind;
    switch (job.state) {
    case JobState::Uncertain:
        return Wording::tr("Check your FASHN history before submitting again: a resubmission is a "
                           "new charge.");
    case JobState::Expired:
        return Wording::tr("FASHN no longer keeps these outputs. Generate again (a new charge).");
    case JobState::Suspended:
        return Wording::tr("Resume it to fetch the outputs once the cause is fixed (the key, the "
                           "network): Resume in the Jobs panel, or fittingroom-cli resume. "
                           "Submitting it again would be a new charge.");
    case JobState::Completed:
        return kind.isEmpty() ? QString()
                              : Wording::tr("Free disk space or check the library folder; the "
                                            "saved outputs are kept.");
    case JobState::Failed:
        break;
    default:
        return {};
    }
    if (kind == QLatin1String("journal"))
        return Wording::tr("Free disk space, or move the journal file aside, then generate again.");
    if (job.errorName == QLatin1String("outputs_lost"))
        return kind == QLatin1String("disk")
                   ? Wording::tr("Free disk space or choose another output folder. FASHN keeps "
                                 "the outputs for 72 hours; the prediction id finds them.")
                   : Wording::tr("Generating again is a new charge; FASHN support can look into "
                                 "the prediction id.");
    if (kind == QLatin1String("output"))
        return Wording::tr("Choose another output folder (Settings, or --out), or free disk "
                           "space.");
    if (kind == QLatin1String("input"))
        return job.errorName == QLatin1String("unknown_model")
                   ? Wording::tr("Choose another model.")
                   : Wording::tr("Fix or replace the input image, then generate again.");
    if (kind == QLatin1String("runtime")) {
        const PredictionError pe{job.errorName, job.errorMessage};
        if (pe.isInputProblem())
            return Wording::tr("Try another photo or different parameters. Failed predictions "
                               "cost nothing.");
        if (pe.isRetryable())
            return Wording::tr("Try again in a little while (a new charge only if it succeeds).");
        return Wording::tr("Try again; if it keeps failing, contact FASHN support with the "
                           "prediction id.");
    }
    switch (apiKindFromName(kind)) {
    case ApiErrorKind::OutOfCredits:
        return Wording::tr("Buy credits at fashn.ai, then retry.");
    case ApiErrorKind::Unauthorized:
    case ApiErrorKind::MissingKey:
        return Wording::tr("Check the API key in Settings.");
    case ApiErrorKind::BadRequest:
        return Wording::tr("Check the parameters and images, then generate again.");
    case ApiErrorKind::InsecureUrl:
        return Wording::tr("Check the API address in Settings.");
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
        return Wording::tr("Check the network connection and retry; a job FASHN never accepted "
                           "was not charged.");
    case ApiErrorKind::RateLimited:
    case ApiErrorKind::ServerError:
    case ApiErrorKind::InvalidReply:
        return Wording::tr("Try again later.");
    case ApiErrorKind::NotAnImage:
    case ApiErrorKind::OutputExpired:
        return Wording::tr("Generate again (a new charge).");
    default:
        return Wording::tr("Retry, or check the details with the prediction id.");
    }
}

QString heldElsewhere(const JobRecord &job, const JobOwner &owner)
{
    if (owner.host != QSysInfo::machineHostName())
        return Wording::tr("Job %1 is being handled by another Fitting Room process (pid %2 on "
                           "%3); skipped.")
            .arg(job.id)
            .arg(owner.pid)
            .arg(owner.host);
    return Wording::tr("Job %1 is being handled by another Fitting Room process (pid %2); "
                       "skipped.")
        .arg(job.id)
        .arg(owner.pid);
}

namespace {
// What one answer said, for a notice before the next try (apiError() words the final outcome:
// "the retries did not get through").
QString answerSaid(const ApiError &answer)
{
    if (answer.kind == ApiErrorKind::RateLimited)
        return withDetail(Wording::tr("FASHN's rate limit was reached."), answer.message);
    return apiError(answer);
}
} // namespace

QString statusTrouble(const JobRecord &job, const ApiError &answer, qint64 retryInMs)
{
    return Wording::tr("Prediction %1: %2 Asking again in %n s.", nullptr,
                       int(qMax<qint64>(1, (retryInMs + 999) / 1000)))
        .arg(job.predictionId, answerSaid(answer));
}

QString retrying(Endpoint endpoint, const ApiError &answer, qint64 retryInMs)
{
    const int seconds = int(qMax<qint64>(1, (retryInMs + 999) / 1000));
    const QString said = answerSaid(answer);
    switch (endpoint) {
    case Endpoint::Run:
        return Wording::tr("Submitting: %1 Trying again in %n s (FASHN created nothing).", nullptr,
                           seconds)
            .arg(said);
    case Endpoint::Credits:
        return Wording::tr("Credits: %1 Asking again in %n s.", nullptr, seconds).arg(said);
    case Endpoint::Output:
        return Wording::tr("Download: %1 Trying again in %n s.", nullptr, seconds).arg(said);
    case Endpoint::Status:
        break;
    }
    return Wording::tr("Status: %1 Asking again in %n s.", nullptr, seconds).arg(said);
}

QString apiError(const ApiError &error)
{
    return withDetail(apiSentence(error.kind, error.httpStatus),
                      error.kind == ApiErrorKind::OutOfCredits ||
                              error.kind == ApiErrorKind::MissingKey
                          ? QString()
                          : error.message);
}

QString predictionError(const PredictionError &error)
{
    return withDetail(runtimeSentence(error.name), error.message);
}

QString validationIssue(const ValidationIssue &issue)
{
    const QString &p = issue.param;
    const QStringList &a = issue.args;
    const QString first = a.value(0);
    if (issue.rule == QLatin1String("unknown"))
        return Wording::tr("%1 is not a parameter of %2.").arg(p, first);
    if (issue.rule == QLatin1String("required"))
        return Wording::tr("%1 is required by %2.").arg(p, first);
    if (issue.rule == QLatin1String("enum"))
        return Wording::tr("%1 must be one of %2.").arg(p, a.join(QLatin1String(", ")));
    if (issue.rule == QLatin1String("range") && a.size() == 2)
        return Wording::tr("%1 must be between %2 and %3.").arg(p, a.at(0), a.at(1));
    if (issue.rule == QLatin1String("length"))
        return Wording::tr("%1 is longer than %2 characters.").arg(p, first);
    if (issue.rule == QLatin1String("excludes"))
        return Wording::tr("%1 cannot be combined with %2.").arg(p, first);
    if (issue.rule == QLatin1String("type")) {
        if (first == QLatin1String("integer"))
            return Wording::tr("%1 must be a whole number.").arg(p);
        if (first == QLatin1String("boolean"))
            return Wording::tr("%1 must be true or false.").arg(p);
        if (first == QLatin1String("image"))
            return Wording::tr("%1 must be an image: a file, an http(s) URL or a data URI.").arg(p);
        return Wording::tr("%1 must be text.").arg(p);
    }
    if (issue.rule == QLatin1String("saved"))
        return Wording::tr("%1: a saved model (saved:NAME) is not accepted here, or the name is "
                           "empty.")
            .arg(p);
    if (issue.rule == QLatin1String("image_source"))
        return Wording::tr("%1 is not an image FASHN can read: give a file, an http(s) URL or a "
                           "data URI.")
            .arg(p);
    return issue.message;
}

ImageProblem imageProblemFromName(const QString &name)
{
    for (int p = int(ImageProblem::None); p <= int(ImageProblem::NotAFile); ++p) {
        if (imageProblemName(ImageProblem(p)) == name)
            return ImageProblem(p);
    }
    return ImageProblem::DecodeFailed;
}

QString imageProblem(ImageProblem problem, const QString &fileName)
{
    switch (problem) {
    case ImageProblem::None:
        return {};
    case ImageProblem::Missing:
        return Wording::tr("%1 does not exist.").arg(fileName);
    case ImageProblem::Unreadable:
        return Wording::tr("%1 cannot be read (permissions or a disk error).").arg(fileName);
    case ImageProblem::Empty:
        return Wording::tr("%1 is empty.").arg(fileName);
    case ImageProblem::TooLarge:
        return Wording::tr("%1 is too large to be an input image.").arg(fileName);
    case ImageProblem::NotAnImage:
        return Wording::tr("%1 is not an image.").arg(fileName);
    case ImageProblem::Truncated:
        return Wording::tr("%1 is cut short: the file ends before the image does.").arg(fileName);
    case ImageProblem::Bomb:
        return Wording::tr("%1 declares far more pixels than any photo (a decompression bomb).")
            .arg(fileName);
    case ImageProblem::DecodeFailed:
        return Wording::tr("%1 could not be decoded.").arg(fileName);
    case ImageProblem::NotAFile:
        return Wording::tr("%1 is not a regular file (a device, pipe or socket); only image files "
                           "are read.")
            .arg(fileName);
    }
    return {};
}

QString matrixValues(const QJsonObject &matrix)
{
    QStringList parts;
    for (auto it = matrix.begin(); it != matrix.end(); ++it) {
        const QJsonValue v = it.value();
        QString shown;
        if (v.isString())
            shown = v.toString().contains(QLatin1Char('/')) &&
                            classifyImageValue(v.toString()) == ImageValueForm::LocalFile
                        ? QFileInfo(v.toString()).fileName()
                        : v.toString();
        else if (v.isBool())
            shown = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble())
            shown = QString::number(v.toDouble(), 'g', 15);
        else if (v.isNull())
            shown = QStringLiteral("null");
        else
            shown = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
        parts << QStringLiteral("%1=%2").arg(it.key(), shown);
    }
    return parts.join(QLatin1String(", "));
}

QString batchProblem(const BatchProblem &p)
{
    QString sentence;
    switch (p.kind) {
    case BatchProblemKind::Unreadable:
        sentence = Wording::tr("The batch file cannot be read: %1").arg(p.detail);
        break;
    case BatchProblemKind::TooLarge:
        sentence =
            Wording::tr("The batch file is %1, more than the %2 a batch file may have.")
                .arg(QLocale().formattedDataSize(p.count), QLocale().formattedDataSize(p.limit));
        break;
    case BatchProblemKind::TooManyJobs:
        sentence = Wording::tr("The batch expands to %1 jobs, more than the %2 one batch may "
                               "run; split it into several files.")
                       .arg(p.count)
                       .arg(p.limit);
        break;
    case BatchProblemKind::NoJobs:
        sentence = Wording::tr("The batch file holds no job.");
        break;
    case BatchProblemKind::BadJson:
        sentence = Wording::tr("this is not valid JSON (%1).").arg(p.detail);
        break;
    case BatchProblemKind::NotAJob:
        sentence = Wording::tr("a job is a JSON object: {\"model\": ..., \"params\": {...}}.");
        break;
    case BatchProblemKind::UnknownKey:
        sentence = Wording::tr("\"%1\" is not part of a job; a job has \"model\" and \"params\".")
                       .arg(p.detail);
        break;
    case BatchProblemKind::ParamsNotAnObject:
        sentence = Wording::tr("\"params\" must be an object of parameter names and values.");
        break;
    case BatchProblemKind::MissingModel:
        sentence = Wording::tr("no model is named (a \"model\" is needed on every job).");
        break;
    case BatchProblemKind::UnknownModel:
        sentence =
            Wording::tr("there is no model \"%1\" (see fittingroom-cli models).").arg(p.detail);
        break;
    case BatchProblemKind::DuplicateColumn:
        sentence = Wording::tr("the column %1 is given twice.").arg(p.param);
        break;
    case BatchProblemKind::UnnamedColumn:
        sentence = Wording::tr("column %1 has no name.").arg(p.count);
        break;
    case BatchProblemKind::ExtraFields:
        sentence = Wording::tr("the row has %1 fields but the header only %2 columns.")
                       .arg(p.count)
                       .arg(p.limit);
        break;
    case BatchProblemKind::UnclosedQuote:
        sentence = Wording::tr("a quoted field is never closed.");
        break;
    case BatchProblemKind::TextAfterQuote:
        sentence = Wording::tr("text follows a closing quote; write a quote inside a quoted field "
                               "as \"\".");
        break;
    case BatchProblemKind::EmptyList:
        sentence = Wording::tr("the list of values of %1 is empty.").arg(p.param);
        break;
    case BatchProblemKind::MissingFile:
        sentence = Wording::tr("%1: the image %2 does not exist or cannot be read.")
                       .arg(p.param, QDir::toNativeSeparators(p.detail));
        break;
    case BatchProblemKind::Invalid:
        sentence = validationIssue(p.issue);
        break;
    }
    if (p.line <= 0)
        return sentence;
    if (p.matrix.isEmpty())
        return Wording::tr("Line %1: %2").arg(QString::number(p.line), sentence);
    return Wording::tr("Line %1 (%2): %3")
        .arg(QString::number(p.line), matrixValues(p.matrix), sentence);
}

} // namespace fr::text
