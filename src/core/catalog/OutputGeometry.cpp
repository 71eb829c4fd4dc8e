#include "OutputGeometry.h"

#include <cmath>

namespace fr {

namespace {

double ratioValue(const QString &ratio)
{
    const int colon = ratio.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return 0;
    const double w = ratio.left(colon).toDouble();
    const double h = ratio.mid(colon + 1).toDouble();
    return h > 0 ? w / h : 0;
}

QString nearestRatio(const QStringList &supported, double ratio)
{
    QString best;
    double bestDistance = 1e9;
    for (const QString &r : supported) {
        const double d = std::abs(std::log(ratioValue(r)) - std::log(ratio));
        if (d < bestDistance) {
            bestDistance = d;
            best = r;
        }
    }
    return best;
}

QSize sizeFor(double ratio, double megapixels)
{
    const double pixels = megapixels * 1024.0 * 1024.0;
    const double w = std::sqrt(pixels * ratio);
    const double h = w / ratio;
    auto round16 = [](double x) { return qMax(16, int(std::lround(x / 16.0)) * 16); };
    return {round16(w), round16(h)};
}

} // namespace

QString effectiveAspectRatio(const ModelSpec &model, const QJsonObject &values,
                             const QMap<QString, QSize> &imageSizes)
{
    const ParamSpec *spec = model.input(model.paramWithRole(QStringLiteral("aspect_ratio")));
    if (!spec)
        return {};
    const QString explicitRatio = values.value(spec->name).toString();
    if (!explicitRatio.isEmpty())
        return explicitRatio;
    for (const QString &source : spec->inheritFrom) {
        const QSize size = imageSizes.value(source);
        if (values.contains(source) && size.isValid() && size.height() > 0)
            return nearestRatio(spec->values, double(size.width()) / size.height());
    }
    return {};
}

QSize outputPixelSize(const ModelSpec &model, const QJsonObject &values,
                      const QMap<QString, QSize> &imageSizes)
{
    const OutputRules &out = model.output();
    double ratio = 0;
    const QString aspect = effectiveAspectRatio(model, values, imageSizes);
    if (!aspect.isEmpty()) {
        ratio = ratioValue(aspect);
    } else if (const QSize m = imageSizes.value(model.paramWithRole(QStringLiteral("model_image")));
               m.isValid() && m.height() > 0) {
        ratio = double(m.width()) / m.height();
    } else {
        ratio = 3.0 / 4.0;
    }
    if (!out.resolutionParam.isEmpty()) {
        const QString tier = model.effectiveValue(values, out.resolutionParam).toString();
        const double mp = out.megapixels.value(tier).toDouble(1.0);
        return sizeFor(ratio, mp);
    }
    // Try-on without a resolution tier keeps the model photo's size, capped like FASHN's
    // recommended input size.
    QSize m = imageSizes.value(model.paramWithRole(QStringLiteral("model_image")));
    if (!m.isValid())
        return sizeFor(ratio, 1.0);
    const int edge = model.uploadMaxEdge(values);
    if (qMax(m.width(), m.height()) > edge)
        m = m.scaled(edge, edge, Qt::KeepAspectRatio);
    return m;
}

} // namespace fr
