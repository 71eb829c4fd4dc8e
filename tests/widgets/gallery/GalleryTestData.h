#pragma once

#include "core/library/OutputStore.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace fr::test {

// A stand-in result: a figure in a garment on a studio backdrop, colours and pose from the
// seed, so a gallery of them looks like a gallery and different seeds look different.
inline QByteArray fashionImage(int seed, QSize size = {384, 576})
{
    QImage img(size, QImage::Format_RGB32);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const int hue = (seed * 47) % 360;
    QLinearGradient backdrop(0, 0, 0, size.height());
    backdrop.setColorAt(0, QColor::fromHsl((hue + 180) % 360, 40, 225));
    backdrop.setColorAt(1, QColor::fromHsl((hue + 200) % 360, 30, 185));
    p.fillRect(img.rect(), backdrop);
    const qreal w = size.width(), h = size.height();
    const qreal cx = w / 2 + ((seed % 5) - 2) * w * 0.04;
    p.setPen(Qt::NoPen);
    // Floor shadow.
    p.setBrush(QColor(0, 0, 0, 40));
    p.drawEllipse(QPointF(cx, h * 0.93), w * 0.22, h * 0.025);
    const QColor skin = QColor::fromHsl(25, 90, 120 + (seed * 13) % 90);
    // Legs.
    p.setBrush(skin.darker(105));
    p.drawRoundedRect(QRectF(cx - w * 0.07, h * 0.62, w * 0.055, h * 0.3), 8, 8);
    p.drawRoundedRect(QRectF(cx + w * 0.015, h * 0.62, w * 0.055, h * 0.3), 8, 8);
    // Garment: a dress or a coat, its colour from the seed.
    const QColor garment = QColor::fromHsl(hue, 150, 95 + (seed * 7) % 60);
    QPainterPath dress;
    const qreal flare = w * (0.16 + (seed % 3) * 0.04);
    dress.moveTo(cx - w * 0.09, h * 0.25);
    dress.lineTo(cx + w * 0.09, h * 0.25);
    dress.lineTo(cx + flare, h * (0.66 + (seed % 4) * 0.03));
    dress.lineTo(cx - flare, h * (0.66 + (seed % 4) * 0.03));
    dress.closeSubpath();
    QLinearGradient cloth(cx - flare, 0, cx + flare, 0);
    cloth.setColorAt(0, garment.darker(120));
    cloth.setColorAt(0.5, garment.lighter(110));
    cloth.setColorAt(1, garment.darker(130));
    p.setBrush(cloth);
    p.drawPath(dress);
    // Arms.
    p.setBrush(skin);
    p.save();
    p.translate(cx - w * 0.1, h * 0.27);
    p.rotate(12 + seed % 10);
    p.drawRoundedRect(QRectF(-w * 0.025, 0, w * 0.045, h * 0.3), 8, 8);
    p.restore();
    p.save();
    p.translate(cx + w * 0.1, h * 0.27);
    p.rotate(-12 - seed % 14);
    p.drawRoundedRect(QRectF(-w * 0.02, 0, w * 0.045, h * 0.3), 8, 8);
    p.restore();
    // Neck and head, hair.
    p.drawRect(QRectF(cx - w * 0.02, h * 0.2, w * 0.04, h * 0.06));
    p.drawEllipse(QPointF(cx, h * 0.16), w * 0.07, h * 0.06);
    p.setBrush(QColor::fromHsl((seed * 29) % 40, 80, 35 + (seed * 11) % 60));
    p.drawChord(QRectF(cx - w * 0.075, h * 0.09, w * 0.15, h * 0.12), 0, 180 * 16);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "JPG", 85);
    return bytes;
}

inline QStringList saveJob(const QString &folder, const QString &jobId, const QString &model,
                           const QString &prompt, int seed, int count, const QDateTime &savedAt,
                           QSize size = {384, 576})
{
    const OutputStore store(folder);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        OutputProvenance p;
        p.jobId = jobId;
        p.model = model;
        p.parameters = {{"prompt", prompt}, {"seed", seed}, {"product_image", "shirt.jpg"}};
        p.inputs = {{"product_image", "shirt.jpg",
                     "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}};
        p.seed = seed;
        p.predictionId = "pred-" + jobId;
        p.outputIndex = i;
        p.outputCount = count;
        p.creditsUsed = count;
        p.submittedAt = savedAt.addSecs(-40);
        p.completedAt = savedAt.addSecs(-2);
        const SavedOutput r = store.save(fashionImage(seed + i * 101, size), p, savedAt.addSecs(i));
        if (r.ok)
            paths << r.imagePath;
    }
    return paths;
}

} // namespace fr::test
