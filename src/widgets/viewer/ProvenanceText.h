#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fr {

// One thing a result's sidecar says about how it was made, worded for a caption.
struct ProvenanceField
{
    QString key;      // "model", "seed", a parameter name, or "input:<param>"
    QString text;     // "seed 42", "quality", "“red dress on a…”", "product: dress.jpg"
    QString identity; // what two results are compared by (a file's sha256 rather than its name)
};

// Reads `<image>.json` next to an image (the OutputStore sidecar); empty when there is none
// or it is not a JSON object. Sidecars are a few hundred bytes, so this may run on the UI thread.
QJsonObject readSidecar(const QString &imagePath);

// The fields of a sidecar in a stable, most-telling-first order: model, seed, mode,
// resolution, aspect ratio, prompt, the other parameters by name, then the input images.
// Image parameters are described by their `inputs` entry, not by their file-name value.
QList<ProvenanceField> provenanceFields(const QJsonObject &sidecar);

// How a field reads for a result that does not have it: "no prompt", "no face",
// "moderation level default".
ProvenanceField absentProvenanceField(const QString &key);

// "tryon-max · seed 42 · quality · 4k · “red dress on a…”": the caption under a result.
QString provenanceSummary(const QJsonObject &sidecar);

// A prompt cut at a word boundary near maxChars, with an ellipsis, in quotes.
QString shortenPrompt(const QString &prompt, int maxChars = 28);

} // namespace fr
