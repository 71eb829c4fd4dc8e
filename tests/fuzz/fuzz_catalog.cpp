// libFuzzer target: the catalog loader (a catalog file, as ModelCatalog::addFile reads it) and
// everything that reads a loaded model: pricing and timing tables, validation, the request body,
// output geometry, parameter text parsing. A user's override file is untrusted input.
//
// Input: the catalog file's bytes; after an optional NUL byte, a JSON object of parameter values
// to price, validate and send (default: none set).
#include "core/catalog/ModelCatalog.h"
#include "core/catalog/ModelSpec.h"
#include "core/catalog/OutputGeometry.h"
#include "core/catalog/Pricing.h"
#include "core/catalog/RequestBuilder.h"
#include "core/catalog/Validation.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>

namespace {

void exercise(const fr::ModelSpec &spec, const QJsonObject &values)
{
    (void)fr::estimatePrice(spec, values);
    (void)fr::expectedDurationSeconds(spec, values);
    (void)fr::joinIssues(fr::validate(spec, values, fr::ImageSources::LocalFilesAllowed));
    (void)spec.uploadMaxEdge(values);
    (void)spec.imageCount(values);
    (void)spec.lookup(spec.pricing().table, values);
    (void)spec.lookup(spec.timing().table, values);
    (void)spec.displayTitle();
    (void)spec.displayDescription();
    const QJsonObject body = fr::buildRequestBody(spec, values);
    QJsonObject back;
    (void)fr::modelNameOfBody(body, &back);
    (void)fr::encodeRequestBody(spec, values, {});
    QMap<QString, QSize> sizes;
    for (const QString &image : spec.imageInputs())
        sizes.insert(image, QSize(1024, 768));
    (void)fr::effectiveAspectRatio(spec, values, sizes);
    (void)fr::outputPixelSize(spec, values, sizes);
    for (const fr::ParamSpec &param : spec.inputs()) {
        (void)spec.effectiveValue(values, param.name);
        (void)param.displayLabel();
        (void)param.displayHelp();
        for (const QString &value : param.values)
            (void)param.displayValueLabel(value);
        QString error;
        (void)fr::parseParamText(param, values.value(param.name).toVariant().toString(), &error);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = input.indexOf('\0');
    const QByteArray file = nul < 0 ? input : input.left(nul);

    // The same steps as ModelCatalog::addFile after reading the file.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file, &parseError);
    if (!doc.isObject())
        return 0;
    QString error;
    const fr::ModelSpec spec = fr::ModelSpec::fromJson(doc.object(), &error);
    if (!spec.isValid())
        return 0;
    fr::ModelCatalog catalog;
    catalog.add(spec);
    if (catalog.model(spec.name()) == nullptr)
        __builtin_trap();

    exercise(spec, {});
    if (nul >= 0) {
        const QJsonDocument values = QJsonDocument::fromJson(input.mid(nul + 1));
        if (values.isObject())
            exercise(spec, values.object());
    }
    return 0;
}
