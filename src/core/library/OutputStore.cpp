#include "OutputStore.h"

#include "core/jobs/CrashPoint.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>

namespace fr {

QJsonObject OutputProvenance::toJson(const QDateTime &savedAt) const
{
    QJsonArray inputArray;
    for (const InputProvenance &in : inputs) {
        QJsonObject o{{QStringLiteral("param"), in.param}, {QStringLiteral("file"), in.file}};
        if (!in.sha256.isEmpty())
            o.insert(QStringLiteral("sha256"), in.sha256);
        inputArray.append(o);
    }
    QJsonObject json{
        {QStringLiteral("app"), QStringLiteral("Fitting Room")},
        {QStringLiteral("sidecar_version"), 1},
        {QStringLiteral("job_id"), jobId},
        {QStringLiteral("model"), model},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("inputs"), inputArray},
        {QStringLiteral("prediction_id"), predictionId},
        {QStringLiteral("output_index"), outputIndex},
        {QStringLiteral("output_count"), outputCount},
        {QStringLiteral("submitted_at"), submittedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("completed_at"), completedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("saved_at"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (seed >= 0)
        json.insert(QStringLiteral("seed"), double(seed));
    if (creditsUsed >= 0)
        json.insert(QStringLiteral("credits_used"), creditsUsed);
    if (creditsEstimated >= 0)
        json.insert(QStringLiteral("credits_estimated"), creditsEstimated);
    if (!sourceUrl.isEmpty())
        json.insert(QStringLiteral("source_url"), sourceUrl);
    return json;
}

OutputStore::OutputStore(QString folder, QString fileNameTemplate)
    : m_folder(std::move(folder)), m_template(std::move(fileNameTemplate))
{
    if (!m_template.contains(QLatin1String("{n}")))
        m_template += QStringLiteral("_{n}");
}

QString OutputStore::sanitize(const QString &field, int maxLength)
{
    QString out;
    out.reserve(field.size());
    for (const QChar c : field) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                          c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
        out += safe ? c : QLatin1Char('_');
    }
    // No hidden files, no "..": dots only inside a name.
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    out.replace(QLatin1String(".."), QLatin1String("_"));
    return out.left(maxLength);
}

QString OutputStore::sniffExtension(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("jpg");
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    return {};
}

QString OutputStore::baseName(const OutputProvenance &p, const QDateTime &when) const
{
    QString name = m_template;
    const QString shortId = p.predictionId.isEmpty() ? p.jobId.left(8) : p.predictionId.left(13);
    name.replace(QLatin1String("{date}"), when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    name.replace(QLatin1String("{model}"), sanitize(p.model, 32));
    name.replace(QLatin1String("{id}"), sanitize(shortId, 40));
    name.replace(QLatin1String("{seed}"),
                 p.seed >= 0 ? QString::number(p.seed) : QStringLiteral("x"));
    name.replace(QLatin1String("{n}"), QString::number(p.outputIndex + 1));
    // The template itself is the user's: sanitise the whole result too.
    const QString safe = sanitize(name, 120);
    return safe.isEmpty() ? QStringLiteral("output") : safe;
}

namespace {

// Writes all of bytes and commits, or leaves nothing under the final name. The reason is the
// system's own ("No space left on device"): QSaveFile reports a failed commit as "Unknown
// error", so the buffer is flushed first, where the write error is still known.
bool writeWhole(QSaveFile &file, const QByteArray &bytes, QString *why)
{
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush() &&
        file.commit())
        return true;
    const int error = errno;
    const QString reason = file.errorString();
    *why = reason.isEmpty() || reason == QLatin1String("Unknown error")
               ? QString::fromLocal8Bit(std::strerror(error))
               : reason;
    file.cancelWriting(); // no-op after a failed commit, which already removed its file
    return false;
}

} // namespace

bool OutputStore::isOwnOutput(const QString &imagePath, const OutputProvenance &p,
                              const QByteArray &imageBytes)
{
    // Its sidecar names this job and output, or (killed between the two) the same bytes.
    QFile sidecar(imagePath + QStringLiteral(".json"));
    if (sidecar.open(QIODevice::ReadOnly) && sidecar.size() < (1 << 20)) {
        const QJsonObject o = QJsonDocument::fromJson(sidecar.readAll()).object();
        return o.value(QStringLiteral("job_id")).toString() == p.jobId &&
               o.value(QStringLiteral("output_index")).toInt(-1) == p.outputIndex;
    }
    QFile image(imagePath);
    return image.size() == imageBytes.size() && image.open(QIODevice::ReadOnly) &&
           image.readAll() == imageBytes;
}

QString OutputStore::checkWritable(const QString &folder)
{
    const QString shown = QDir::toNativeSeparators(folder);
    if (!QDir().mkpath(folder))
        return QStringLiteral("%1: the folder cannot be created").arg(shown);
    const QFileInfo info(folder);
    if (!info.isDir())
        return QStringLiteral("%1: not a folder").arg(shown);
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".fittingroom-write-test-XXXXXX")));
    // A few kilobytes, flushed: a disk with no room left fails here rather than on the output.
    const QByteArray bytes(16 * 1024, '\0');
    if (!probe.open())
        return QStringLiteral("%1: %2").arg(shown, probe.errorString());
    if (probe.write(bytes) != bytes.size() || !probe.flush())
        return QStringLiteral("%1: %2").arg(shown, probe.errorString());
    return {};
}

SavedOutput OutputStore::save(const QByteArray &imageBytes, const OutputProvenance &provenance,
                              const QDateTime &savedAt) const
{
    SavedOutput result;
    const QString ext = sniffExtension(imageBytes);
    if (ext.isEmpty()) {
        result.error =
            QStringLiteral("The output is not a PNG, JPEG or WebP image; nothing was saved.");
        return result;
    }
    QDir dir(m_folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        result.error = QStringLiteral("Cannot create the output folder %1.")
                           .arg(QDir::toNativeSeparators(m_folder));
        result.diskError = true;
        return result;
    }
    // Named after the completion (journalled before the download), so a job saved again after
    // a crash finds its own file under the same name instead of adding a "-2" copy.
    const QDateTime named = provenance.completedAt.isValid() ? provenance.completedAt : savedAt;
    const QString base = baseName(provenance, named.toLocalTime());
    QString imagePath = dir.filePath(base + QLatin1Char('.') + ext);
    for (int i = 2; QFileInfo::exists(imagePath) && i < 10000; ++i) {
        if (isOwnOutput(imagePath, provenance, imageBytes))
            break;
        imagePath = dir.filePath(QStringLiteral("%1-%2.%3").arg(base).arg(i).arg(ext));
    }
    // Belt and braces: the name must land inside the folder.
    if (QFileInfo(imagePath).absoluteDir() !=
        QFileInfo(dir.absolutePath() + QStringLiteral("/x")).absoluteDir()) {
        result.error = QStringLiteral("Refused an output file name that leaves the output folder.");
        return result;
    }

    QSaveFile image(imagePath);
    QString why;
    // Our own file, from before a crash: complete (QSaveFile commits whole files), kept.
    const bool already = QFileInfo::exists(imagePath);
    if (already && !isOwnOutput(imagePath, provenance, imageBytes)) {
        result.error = QStringLiteral("No free file name for %1 in %2.")
                           .arg(base, QDir::toNativeSeparators(m_folder));
        return result;
    }
    if (!already && !writeWhole(image, imageBytes, &why)) {
        // QSaveFile removes its temporary file: nothing is left under the final name.
        result.error =
            QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(imagePath), why);
        result.diskError = true;
        return result;
    }
    crashPoint("saving"); // the image is on disk, its sidecar not yet
    const QString sidecarPath = imagePath + QStringLiteral(".json");
    QSaveFile sidecar(sidecarPath);
    const QByteArray json =
        QJsonDocument(provenance.toJson(savedAt)).toJson(QJsonDocument::Indented);
    if (!writeWhole(sidecar, json, &why)) {
        // The image is the thing paid for: keep it even when its sidecar fails.
        result.ok = true;
        result.imagePath = imagePath;
        result.error = QStringLiteral("Saved %1 but not its description: %2")
                           .arg(QDir::toNativeSeparators(imagePath), why);
        result.diskError = true;
        return result;
    }
    result.ok = true;
    result.imagePath = imagePath;
    result.sidecarPath = sidecarPath;
    return result;
}

} // namespace fr
