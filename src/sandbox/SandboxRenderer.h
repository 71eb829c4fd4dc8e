#pragma once

#include "core/catalog/ModelSpec.h"

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSize>
#include <QString>

namespace fr {

// Everything one prediction's rendering needs; a value, so it can run on a worker thread.
struct SandboxRenderJob
{
    ModelSpec model;
    QJsonObject values;
    QMap<QString, QByteArray> encoded; // input name -> downloaded file bytes
    QMap<QString, QString> dataUris;   // input name -> data:image/...;base64,...
    QMap<QString, QImage> images;      // input name -> already decoded (saved models)
};

struct SandboxRenderResult
{
    QString errorName; // empty on success
    QString errorMessage;
    QSize size;
    QString format; // png | jpeg
    QList<QByteArray> outputs;
};

// Makes the sandbox's stand-in outputs: the right pixel size, built visibly from the inputs,
// different per seed, identical for identical inputs and seed, stamped SANDBOX.
class SandboxRenderer
{
public:
    // Decodes the inputs, renders every output image and encodes it. Thread-safe.
    static SandboxRenderResult run(const SandboxRenderJob &job);

    static QImage renderImage(const ModelSpec &model, const QJsonObject &values,
                              const QMap<QString, QImage> &inputs, QSize size, quint32 seed);
    // A saved model for saved:<name>: a drawn figure whose colours follow the name.
    static QImage savedModel(const QString &name);
    static QByteArray encode(const QImage &image, const QString &format);
    // Decodes data:image/<fmt>;base64,... ; null image when it is not a decodable image.
    static QImage decodeDataUri(const QString &uri);
};

} // namespace fr
