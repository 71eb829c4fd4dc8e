#pragma once

#include "core/FashnDefaults.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fr {

struct InputProvenance
{
    QString param;
    QString file;   // source file name (no folder), or the URL / saved:<name> passed through
    QString sha256; // of the source file's bytes, when it was a file
};

// Everything needed to know later how an output was made. Never contains the API key or
// inline image data.
struct OutputProvenance
{
    QString jobId;
    QString model;
    QJsonObject parameters; // every parameter set; image values replaced by their file names
    QList<InputProvenance> inputs;
    qint64 seed = -1; // the effective seed (set value or the catalog default)
    QString predictionId;
    int creditsUsed = -1; // x-fashn-credits-used of the whole prediction
    int creditsEstimated = -1;
    int outputIndex = 0;
    int outputCount = 1;
    QString sourceUrl; // CDN URL, empty for inline outputs
    QDateTime submittedAt;
    QDateTime completedAt;

    QJsonObject toJson(const QDateTime &savedAt) const;
};

struct SavedOutput
{
    bool ok = false;
    QString imagePath;
    QString sidecarPath;
    QString error;
    bool diskError = false; // the folder, the image or its sidecar could not be written
};

// Writes outputs into one folder: the image with QSaveFile (atomic: a crash leaves no half
// file), then its JSON sidecar. Names come from a template whose fields are sanitised, so a
// prediction id or model name can never escape the folder.
class OutputStore
{
public:
    OutputStore(QString folder, QString fileNameTemplate = defaults::fileNameTemplate());

    const QString &folder() const { return m_folder; }
    // Thread-safe (no shared state besides the file system); call from a worker thread.
    SavedOutput save(const QByteArray &imageBytes, const OutputProvenance &provenance,
                     const QDateTime &savedAt) const;

    // The file name (without extension) the template gives; exposed for tests.
    QString baseName(const OutputProvenance &provenance, const QDateTime &when) const;
    static QString sanitize(const QString &field, int maxLength = 48);
    // "png" or "jpg" from the bytes' signature, empty when neither.
    static QString sniffExtension(const QByteArray &bytes);
    // Creates the folder if needed and writes, flushes and removes a small file in it: a
    // read-only mount or a full disk is found before anything is paid for. Empty when fine,
    // else the folder and the system's reason.
    static QString checkWritable(const QString &folder);
    // A file already at imagePath is this very output (a save again after a crash): its
    // sidecar names the same job and output index, or it has the same bytes.
    static bool isOwnOutput(const QString &imagePath, const OutputProvenance &p,
                            const QByteArray &imageBytes);

private:
    QString m_folder;
    QString m_template;
};

} // namespace fr
