#include "ProvenanceText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace fr {

class ProvenanceWords
{
    Q_DECLARE_TR_FUNCTIONS(ProvenanceWords)
};

namespace {

// Parameters told first, in this order; everything else follows by name.
const QStringList &leadingKeys()
{
    static const QStringList keys{QStringLiteral("generation_mode"), QStringLiteral("mode"),
                                  QStringLiteral("resolution"), QStringLiteral("aspect_ratio"),
                                  QStringLiteral("prompt")};
    return keys;
}

// Transport details that never change what the picture looks like.
bool isNoise(const QString &key)
{
    return key == QLatin1String("return_base64") || key == QLatin1String("seed");
}

QString humanKey(QString key)
{
    return key.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString inputLabel(const QString &param)
{
    QString label = param;
    if (label.endsWith(QLatin1String("_image")))
        label.chop(6);
    if (label.endsWith(QLatin1String("_reference")))
        label.chop(10);
    return humanKey(label);
}

QString valueText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? ProvenanceWords::tr("on") : ProvenanceWords::tr("off");
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

ProvenanceField parameterField(const QString &key, const QJsonValue &value)
{
    const QString identity = valueText(value);
    if (key == QLatin1String("prompt")) {
        const QString prompt = value.toString().simplified();
        return {key, prompt.isEmpty() ? ProvenanceWords::tr("no prompt") : shortenPrompt(prompt),
                prompt};
    }
    if (value.isUndefined() || value.isNull())
        return {key, ProvenanceWords::tr("%1 default").arg(humanKey(key)), QString()};
    // Enumerations whose values speak for themselves: "quality", "4k", "3:4".
    if (key == QLatin1String("generation_mode") || key == QLatin1String("mode") ||
        key == QLatin1String("resolution") || key == QLatin1String("aspect_ratio"))
        return {key, identity, identity};
    if (key == QLatin1String("num_images") || key == QLatin1String("num_samples"))
        // Spelled out rather than "%n image(s)": without a loaded .qm that reads badly.
        return {key,
                value.toInt() == 1 ? ProvenanceWords::tr("1 image")
                                   : ProvenanceWords::tr("%1 images").arg(value.toInt()),
                identity};
    return {key, humanKey(key) + QLatin1Char(' ') + identity, identity};
}

} // namespace

QJsonObject readSidecar(const QString &imagePath)
{
    if (imagePath.isEmpty())
        return {};
    QFile file(imagePath + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.read(1 << 20)).object();
}

QList<ProvenanceField> provenanceFields(const QJsonObject &sidecar)
{
    QList<ProvenanceField> fields;
    if (sidecar.isEmpty())
        return fields;

    const QString model = sidecar.value(QStringLiteral("model")).toString();
    fields.append({QStringLiteral("model"),
                   model.isEmpty() ? ProvenanceWords::tr("unknown model") : model, model});

    const QJsonObject params = sidecar.value(QStringLiteral("parameters")).toObject();
    // The effective seed (the catalog default when none was set) is stored at the top level.
    QJsonValue seed = sidecar.value(QStringLiteral("seed"));
    if (!seed.isDouble())
        seed = params.value(QStringLiteral("seed"));
    if (seed.isDouble())
        fields.append({QStringLiteral("seed"), ProvenanceWords::tr("seed %1").arg(valueText(seed)),
                       valueText(seed)});
    else
        fields.append({QStringLiteral("seed"), ProvenanceWords::tr("random seed"), QString()});

    const QJsonArray inputs = sidecar.value(QStringLiteral("inputs")).toArray();
    QStringList inputParams;
    for (const QJsonValue &in : inputs)
        inputParams.append(in.toObject().value(QStringLiteral("param")).toString());

    QStringList keys = params.keys(); // sorted by QJsonObject
    keys.removeIf([&](const QString &k) { return isNoise(k) || inputParams.contains(k); });
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &k) {
            const qsizetype i = leadingKeys().indexOf(k);
            return i < 0 ? leadingKeys().size() : i;
        };
        return rank(a) < rank(b);
    });
    for (const QString &key : std::as_const(keys))
        fields.append(parameterField(key, params.value(key)));

    QList<QJsonObject> sortedInputs;
    for (const QJsonValue &in : inputs)
        sortedInputs.append(in.toObject());
    std::stable_sort(sortedInputs.begin(), sortedInputs.end(),
                     [](const QJsonObject &a, const QJsonObject &b) {
                         return a.value(QStringLiteral("param")).toString() <
                                b.value(QStringLiteral("param")).toString();
                     });
    for (const QJsonObject &in : std::as_const(sortedInputs)) {
        const QString param = in.value(QStringLiteral("param")).toString();
        const QString file = in.value(QStringLiteral("file")).toString();
        const QString sha = in.value(QStringLiteral("sha256")).toString();
        fields.append({QStringLiteral("input:") + param,
                       ProvenanceWords::tr("%1: %2").arg(inputLabel(param), file),
                       sha.isEmpty() ? file : sha});
    }
    return fields;
}

ProvenanceField absentProvenanceField(const QString &key)
{
    if (key.startsWith(QLatin1String("input:")))
        return {key, ProvenanceWords::tr("no %1").arg(inputLabel(key.mid(6))), QString()};
    if (key == QLatin1String("seed"))
        return {key, ProvenanceWords::tr("random seed"), QString()};
    return parameterField(key, QJsonValue(QJsonValue::Undefined));
}

QString provenanceSummary(const QJsonObject &sidecar)
{
    static const QStringList shown{
        QStringLiteral("model"), QStringLiteral("seed"),       QStringLiteral("generation_mode"),
        QStringLiteral("mode"),  QStringLiteral("resolution"), QStringLiteral("aspect_ratio"),
        QStringLiteral("prompt")};
    QStringList parts;
    for (const ProvenanceField &field : provenanceFields(sidecar)) {
        if (shown.contains(field.key) && !field.identity.isEmpty())
            parts.append(field.text);
    }
    return parts.join(QStringLiteral(" · "));
}

QString shortenPrompt(const QString &prompt, int maxChars)
{
    const QString text = prompt.simplified();
    if (text.size() <= maxChars)
        return QStringLiteral("“%1”").arg(text);
    QString cut = text.left(maxChars);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maxChars / 2)
        cut.truncate(space);
    while (!cut.isEmpty() && !cut.back().isLetterOrNumber())
        cut.chop(1);
    return QStringLiteral("“%1…”").arg(cut);
}

} // namespace fr
