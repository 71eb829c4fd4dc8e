#pragma once

// Result pictures for viewer and compare tests: a painted figure per seed, saved as PNG with
// the sidecar OutputProvenance writes, so the widgets read exactly what the studio saves.

#include "core/library/OutputStore.h"

#include <QColor>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QString>

namespace fr::test {

struct ResultSpec
{
    qint64 seed = 42;
    QString mode = QStringLiteral("quality");
    QString resolution = QStringLiteral("2k");
    QString prompt = QStringLiteral("studio portrait, soft window light");
    QColor garment = QColor(176, 58, 72);
    QSize size = QSize(1200, 1600);
};

inline QImage paintResult(const ResultSpec &spec)
{
    QImage image(spec.size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double w = image.width();
    const double h = image.height();
    QLinearGradient backdrop(0, 0, 0, h);
    backdrop.setColorAt(0, QColor(226, 222, 215));
    backdrop.setColorAt(1, QColor(188, 182, 172));
    p.fillRect(image.rect(), backdrop);
    p.fillRect(QRectF(0, h * 0.82, w, h * 0.18), QColor(160, 152, 142));

    // A simple figure: head, neck, a dress in the seed's colour, legs.
    const QColor skin(214, 170, 140);
    p.setPen(Qt::NoPen);
    p.setBrush(skin);
    p.drawEllipse(QPointF(w * 0.5, h * 0.17), w * 0.075, h * 0.065);
    p.drawRect(QRectF(w * 0.475, h * 0.22, w * 0.05, h * 0.05));
    p.drawRect(QRectF(w * 0.43, h * 0.66, w * 0.045, h * 0.2));
    p.drawRect(QRectF(w * 0.525, h * 0.66, w * 0.045, h * 0.2));
    QPainterPath dress;
    dress.moveTo(w * 0.40, h * 0.26);
    dress.lineTo(w * 0.60, h * 0.26);
    dress.lineTo(w * 0.66, h * 0.44);
    dress.lineTo(w * 0.74, h * 0.70);
    dress.lineTo(w * 0.26, h * 0.70);
    dress.lineTo(w * 0.34, h * 0.44);
    dress.closeSubpath();
    p.setBrush(spec.garment);
    p.drawPath(dress);
    // Fine stitching to look at at 400 %.
    p.setPen(QPen(spec.garment.lighter(150), 1));
    for (double y = h * 0.30; y < h * 0.68; y += 6)
        p.drawLine(QPointF(w * 0.49, y), QPointF(w * 0.51, y + 3));

    QFont font = p.font();
    font.setPixelSize(int(h * 0.035));
    p.setFont(font);
    p.setPen(QColor(70, 64, 58));
    p.drawText(QRectF(0, h * 0.88, w, h * 0.08), Qt::AlignCenter,
               QStringLiteral("seed %1 · %2").arg(spec.seed).arg(spec.mode));
    return image;
}

inline OutputProvenance provenanceFor(const ResultSpec &spec)
{
    OutputProvenance prov;
    prov.jobId = QStringLiteral("job-%1").arg(spec.seed);
    prov.model = QStringLiteral("product-to-model");
    prov.parameters = QJsonObject{{QStringLiteral("product_image"), QStringLiteral("dress.jpg")},
                                  {QStringLiteral("prompt"), spec.prompt},
                                  {QStringLiteral("generation_mode"), spec.mode},
                                  {QStringLiteral("resolution"), spec.resolution},
                                  {QStringLiteral("aspect_ratio"), QStringLiteral("3:4")},
                                  {QStringLiteral("seed"), double(spec.seed)},
                                  {QStringLiteral("num_images"), 1}};
    prov.inputs = {{QStringLiteral("product_image"), QStringLiteral("dress.jpg"),
                    QStringLiteral("5d41402abc4b2a76b9719d911017c592")}};
    prov.seed = spec.seed;
    prov.predictionId = QStringLiteral("pred-%1").arg(spec.seed);
    prov.creditsUsed = 2;
    prov.submittedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    prov.completedAt = prov.submittedAt.addSecs(20);
    return prov;
}

// Saves <dir>/<name>.png and, unless withSidecar is false, <dir>/<name>.png.json.
inline QString writeResult(const QString &dir, const QString &name, const ResultSpec &spec,
                           bool withSidecar = true)
{
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!paintResult(spec).save(path))
        return {};
    if (withSidecar) {
        QFile sidecar(path + QStringLiteral(".json"));
        if (!sidecar.open(QIODevice::WriteOnly))
            return {};
        const QDateTime savedAt(QDate(2026, 11, 21), QTime(10, 1), Qt::UTC);
        sidecar.write(QJsonDocument(provenanceFor(spec).toJson(savedAt)).toJson());
    }
    return path;
}

} // namespace fr::test
