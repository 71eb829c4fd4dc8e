#include "SandboxRenderer.h"

#include "SandboxBitmapFont.h"
#include "core/catalog/OutputGeometry.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

namespace fr {

namespace {

QRect coverRect(QSize image, const QRect &target)
{
    const QSize scaled = image.scaled(target.size(), Qt::KeepAspectRatioByExpanding);
    return QRect(QPoint(target.center().x() - scaled.width() / 2 + 1,
                        target.center().y() - scaled.height() / 2 + 1),
                 scaled);
}

QRect fitRect(QSize image, const QRect &target)
{
    const QSize scaled = image.scaled(target.size(), Qt::KeepAspectRatio);
    return QRect(QPoint(target.center().x() - scaled.width() / 2 + 1,
                        target.center().y() - scaled.height() / 2 + 1),
                 scaled);
}

void drawCover(QPainter &p, const QImage &image, const QRect &target)
{
    p.save();
    p.setClipRect(target);
    p.drawImage(coverRect(image.size(), target), image);
    p.restore();
}

QColor averageColor(const QImage &image)
{
    return image.scaled(1, 1, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).pixelColor(0, 0);
}

// The pose of the drawn figure, all derived from the seed.
struct Pose
{
    double offsetX; // fraction of the width
    double leftArm; // degrees from straight down
    double rightArm;
    double stance; // leg spread as a fraction of the torso width
    QColor skin;
    QColor trousers;
};

double between(QRandomGenerator &rng, double low, double high)
{
    return low + rng.generateDouble() * (high - low);
}

Pose poseFor(QRandomGenerator &rng)
{
    static const QColor skins[] = {QColor(241, 194, 125), QColor(224, 172, 105),
                                   QColor(198, 134, 66), QColor(141, 85, 36),
                                   QColor(255, 219, 172)};
    Pose pose;
    pose.offsetX = between(rng, -0.12, 0.12);
    pose.leftArm = between(rng, 8.0, 70.0);
    pose.rightArm = between(rng, 8.0, 70.0);
    pose.stance = between(rng, 0.0, 0.35);
    pose.skin = skins[rng.bounded(5)];
    pose.trousers = QColor::fromHsv(rng.bounded(360), 120, 90);
    return pose;
}

void drawLimb(QPainter &p, QPointF from, double length, double angleDeg, double width,
              const QColor &color)
{
    p.save();
    p.translate(from);
    p.rotate(angleDeg);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(-width / 2, 0, width, length), width / 2, width / 2);
    p.restore();
}

// Draws a standing figure into bounds; returns the torso rectangle and the head rectangle.
std::pair<QRectF, QRectF> drawFigure(QPainter &p, const QRectF &bounds, const Pose &pose)
{
    const double h = bounds.height();
    const double cx = bounds.center().x() + pose.offsetX * bounds.width();
    const double top = bounds.top();
    const QRectF head(cx - h * 0.065, top + h * 0.08, h * 0.13, h * 0.15);
    const double torsoW = h * 0.22;
    const QRectF torso(cx - torsoW / 2, top + h * 0.25, torsoW, h * 0.32);
    const double limbW = torsoW * 0.26;

    p.setPen(Qt::NoPen);
    // legs
    const double spread = pose.stance * torsoW;
    drawLimb(p, QPointF(cx - torsoW * 0.25, torso.bottom() - limbW), h * 0.36,
             qRadiansToDegrees(std::atan2(spread, h * 0.36)), limbW * 1.2, pose.trousers);
    drawLimb(p, QPointF(cx + torsoW * 0.25, torso.bottom() - limbW), h * 0.36,
             -qRadiansToDegrees(std::atan2(spread, h * 0.36)), limbW * 1.2, pose.trousers);
    // arms
    drawLimb(p, QPointF(torso.left() + limbW / 2, torso.top() + limbW / 2), h * 0.3, pose.leftArm,
             limbW, pose.skin);
    drawLimb(p, QPointF(torso.right() - limbW / 2, torso.top() + limbW / 2), h * 0.3,
             -pose.rightArm, limbW, pose.skin);
    // neck, torso, head
    p.setBrush(pose.skin);
    p.drawRect(QRectF(cx - limbW / 2, head.bottom() - h * 0.01, limbW,
                      torso.top() - head.bottom() + h * 0.02));
    p.setBrush(pose.skin.darker(115));
    p.drawRoundedRect(torso, torsoW * 0.18, torsoW * 0.18);
    p.setBrush(pose.skin);
    p.drawEllipse(head);
    return {torso, head};
}

void stamp(QPainter &p, QSize size, quint32 seed)
{
    const int pixel = qMax(2, size.width() / 110);
    const QString title = QStringLiteral("SANDBOX");
    const QString sub = QStringLiteral("SEED %1").arg(seed);
    const QSize t = SandboxBitmapFont::measure(title, pixel);
    const int subPixel = qMax(1, pixel / 2);
    const QSize s = SandboxBitmapFont::measure(sub, subPixel);
    const int margin = pixel * 2;
    p.fillRect(QRect(margin, margin, qMax(t.width(), s.width()) + 2 * margin,
                     t.height() + s.height() + 3 * margin),
               QColor(0, 0, 0, 170));
    SandboxBitmapFont::draw(p, QPoint(2 * margin, 2 * margin), title, pixel, Qt::white);
    SandboxBitmapFont::draw(p, QPoint(2 * margin, 2 * margin + t.height() + margin), sub, subPixel,
                            QColor(255, 220, 90));
}

quint32 inputsHash(const ModelSpec &model, const QMap<QString, QImage> &inputs,
                   const QJsonObject &values)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    QJsonObject rest = values;
    rest.remove(model.paramWithRole(QStringLiteral("seed")));
    hash.addData(QJsonDocument(rest).toJson(QJsonDocument::Compact));
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        hash.addData(it.key().toUtf8());
        const QImage small = it.value().scaled(8, 8, Qt::IgnoreAspectRatio);
        for (int y = 0; y < small.height(); ++y) {
            for (int x = 0; x < small.width(); ++x) {
                const QRgb px = small.pixel(x, y);
                hash.addData(QByteArrayView(reinterpret_cast<const char *>(&px), sizeof px));
            }
        }
    }
    const QByteArray r = hash.result();
    return quint32(quint8(r[0])) << 24 | quint32(quint8(r[1])) << 16 | quint32(quint8(r[2])) << 8 |
           quint32(quint8(r[3]));
}

} // namespace

QImage SandboxRenderer::decodeDataUri(const QString &uri)
{
    const int comma = uri.indexOf(QLatin1Char(','));
    if (!uri.startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive) || comma < 0 ||
        !uri.left(comma).endsWith(QLatin1String(";base64"), Qt::CaseInsensitive))
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(uri.mid(comma + 1).trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    return QImage::fromData(*decoded);
}

QImage SandboxRenderer::savedModel(const QString &name)
{
    QImage image(768, 1024, QImage::Format_RGB32);
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5);
    QRandomGenerator rng{quint32(quint8(digest[0])) << 8 | quint8(digest[1])};
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient bg(0, 0, 0, image.height());
    bg.setColorAt(0, QColor(235, 235, 240));
    bg.setColorAt(1, QColor(190, 190, 200));
    p.fillRect(image.rect(), bg);
    const Pose pose = poseFor(rng);
    const auto [torso, head] = drawFigure(p, QRectF(image.rect()), pose);
    p.setBrush(QColor::fromHsv(rng.bounded(360), 60, 230));
    p.drawRoundedRect(torso, 20, 20);
    Q_UNUSED(head);
    return image;
}

QImage SandboxRenderer::renderImage(const ModelSpec &model, const QJsonObject &values,
                                    const QMap<QString, QImage> &inputs, QSize size, quint32 seed)
{
    QImage image(size, QImage::Format_RGB32);
    const quint32 seeds[2] = {seed, inputsHash(model, inputs, values)};
    QRandomGenerator rng(seeds, 2);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRect all = image.rect();
    const QImage product = inputs.value(QStringLiteral("product_image"),
                                        inputs.value(QStringLiteral("garment_image")));
    const QImage modelImage = inputs.value(model.paramWithRole(QStringLiteral("model_image")));
    const int hue = rng.bounded(360);
    const Pose pose = poseFor(rng);

    if (!modelImage.isNull()) {
        // Try-on: the product goes onto the person in the model photo.
        drawCover(p, modelImage, all);
        const QRect area(int(all.width() * (0.3 + pose.offsetX * 0.5)), int(all.height() * 0.25),
                         int(all.width() * 0.4), int(all.height() * 0.38));
        if (!product.isNull()) {
            const QRect r = fitRect(product.size(), area);
            p.fillRect(r.adjusted(-3, -3, 3, 3), QColor::fromHsv(hue, 200, 250));
            p.drawImage(r, product);
        }
    } else {
        QLinearGradient bg(0, 0, 0, all.height());
        bg.setColorAt(0, QColor::fromHsv(hue, 70, 245));
        bg.setColorAt(1, QColor::fromHsv((hue + 40) % 360, 140, 170));
        p.fillRect(all, bg);
        if (const QImage back = inputs.value(QStringLiteral("background_reference"));
            !back.isNull())
            drawCover(p, back, all);
        if (const QImage inspiration = inputs.value(QStringLiteral("image_prompt"));
            !inspiration.isNull()) {
            QColor tint = averageColor(inspiration);
            tint.setAlpha(90);
            p.fillRect(all, tint);
            const QRect corner(all.width() * 3 / 4, all.height() * 3 / 4, all.width() / 5,
                               all.height() / 5);
            p.drawImage(fitRect(inspiration.size(), corner), inspiration);
        }
        const QRectF figureBounds(all.width() * 0.1, all.height() * 0.04, all.width() * 0.8,
                                  all.height() * 0.95);
        const auto [torso, head] = drawFigure(p, figureBounds, pose);
        if (!product.isNull()) {
            const QRect area = torso
                                   .adjusted(-torso.width() * 0.25, -torso.height() * 0.05,
                                             torso.width() * 0.25, torso.height() * 0.2)
                                   .toRect();
            p.drawImage(fitRect(product.size(), area), product);
        }
        if (const QImage face = inputs.value(QStringLiteral("face_reference")); !face.isNull()) {
            p.save();
            QPainterPath clip;
            clip.addEllipse(head);
            p.setClipPath(clip);
            p.drawImage(coverRect(face.size(), head.toRect()), face);
            p.restore();
        }
    }
    // A seed-coloured band keeps outputs of different seeds apart even on busy inputs.
    p.fillRect(QRect(0, all.height() - qMax(4, all.height() / 60), all.width(),
                     qMax(4, all.height() / 60)),
               QColor::fromHsv(hue, 255, 230));
    stamp(p, size, seed);
    Q_UNUSED(model);
    return image;
}

QByteArray SandboxRenderer::encode(const QImage &image, const QString &format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool jpeg = format == QLatin1String("jpeg");
    image.save(&buffer, jpeg ? "JPEG" : "PNG", jpeg ? 90 : -1);
    return bytes;
}

SandboxRenderResult SandboxRenderer::run(const SandboxRenderJob &job)
{
    SandboxRenderResult result;
    QMap<QString, QImage> inputs = job.images;
    QMap<QString, QSize> sizes;
    for (auto it = job.dataUris.begin(); it != job.dataUris.end(); ++it) {
        const QImage image = decodeDataUri(it.value());
        if (image.isNull()) {
            result.errorName = QStringLiteral("ImageLoadError");
            result.errorMessage =
                QStringLiteral("%1: the data URI does not hold a decodable image.").arg(it.key());
            return result;
        }
        inputs.insert(it.key(), image);
    }
    for (auto it = job.encoded.begin(); it != job.encoded.end(); ++it) {
        const QImage image = QImage::fromData(it.value());
        if (image.isNull()) {
            result.errorName = QStringLiteral("ImageLoadError");
            result.errorMessage =
                QStringLiteral("%1: the downloaded file is not a decodable image.").arg(it.key());
            return result;
        }
        inputs.insert(it.key(), image);
    }
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        sizes.insert(it.key(), it.value().size());

    result.size = outputPixelSize(job.model, job.values, sizes);
    result.format =
        job.model
            .effectiveValue(job.values, job.model.paramWithRole(QStringLiteral("output_format")))
            .toString();
    if (result.format.isEmpty())
        result.format = QStringLiteral("png");
    const quint32 seed = quint32(
        job.model.effectiveValue(job.values, job.model.paramWithRole(QStringLiteral("seed")))
            .toInteger(42));
    const int count = job.model.imageCount(job.values);
    for (int i = 0; i < count; ++i) {
        const QImage image =
            renderImage(job.model, job.values, inputs, result.size, seed + quint32(i));
        result.outputs.append(encode(image, result.format));
    }
    return result;
}

} // namespace fr
