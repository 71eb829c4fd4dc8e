#include "ModelSpec.h"

#include "core/FashnDefaults.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace fr {

QString paramKindName(ParamKind kind)
{
    switch (kind) {
    case ParamKind::Image:
        return QStringLiteral("image");
    case ParamKind::Enum:
        return QStringLiteral("enum");
    case ParamKind::Integer:
        return QStringLiteral("integer");
    case ParamKind::Boolean:
        return QStringLiteral("boolean");
    case ParamKind::Text:
        return QStringLiteral("text");
    }
    return {};
}

std::optional<ParamKind> paramKindFromName(const QString &name)
{
    for (auto kind : {ParamKind::Image, ParamKind::Enum, ParamKind::Integer, ParamKind::Boolean,
                      ParamKind::Text}) {
        if (paramKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

ParamTable parseTable(const QJsonObject &rules)
{
    ParamTable table;
    const QJsonObject t = rules.value(QLatin1String("table")).toObject();
    table.rowParam = t.value(QLatin1String("row")).toString();
    table.columnParam = t.value(QLatin1String("column")).toString();
    table.cells = t.value(QLatin1String("cells")).toObject();
    table.omittedRow = rules.value(QLatin1String("omitted_row")).toObject();
    return table;
}

// A bound must be a number a double holds exactly: converting a larger one (an override file
// may say 1e300) to qint64 is undefined behaviour, found by fuzz_catalog.
bool readBound(const QJsonObject &json, const char *key, std::optional<qint64> *bound)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    constexpr double kExact = 9007199254740992.0; // 2^53
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || std::abs(d) > kExact)
        return false;
    *bound = qint64(d);
    return true;
}

bool parseParam(const QJsonObject &json, ParamSpec *spec, QString *error)
{
    spec->name = json.value(QLatin1String("name")).toString();
    if (spec->name.isEmpty()) {
        *error = QStringLiteral("an input has no name");
        return false;
    }
    const auto kind = paramKindFromName(json.value(QLatin1String("kind")).toString());
    if (!kind) {
        *error = QStringLiteral("input %1 has an unknown kind").arg(spec->name);
        return false;
    }
    spec->kind = *kind;
    spec->required = json.value(QLatin1String("required")).toBool();
    spec->defaultValue = json.value(QLatin1String("default"));
    spec->values = stringList(json.value(QLatin1String("values")));
    const QJsonObject labels = json.value(QLatin1String("value_labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        spec->valueLabels.insert(it.key(), it.value().toString());
    if (!readBound(json, "min", &spec->minimum) || !readBound(json, "max", &spec->maximum)) {
        *error =
            QStringLiteral("input %1 has a min or max that is not a whole number").arg(spec->name);
        return false;
    }
    spec->maxLength = json.value(QLatin1String("max_length")).toInt();
    spec->excludes = stringList(json.value(QLatin1String("excludes")));
    spec->inheritFrom = stringList(json.value(QLatin1String("inherit_from")));
    spec->acceptsSaved = json.value(QLatin1String("accepts_saved")).toBool();
    spec->label = json.value(QLatin1String("label")).toString(spec->name);
    spec->help = json.value(QLatin1String("help")).toString();
    spec->role = json.value(QLatin1String("role")).toString();
    if (!spec->role.isEmpty() && !paramRoles().contains(spec->role)) {
        *error = QStringLiteral("input %1 has an unknown role %2").arg(spec->name, spec->role);
        return false;
    }
    const QJsonObject edges = json.value(QLatin1String("upload_max_edge")).toObject();
    for (auto it = edges.begin(); it != edges.end(); ++it) {
        const int edge = it.value().toInt();
        if (!spec->values.contains(it.key()) || edge < 64) {
            *error = QStringLiteral("input %1 has a wrong upload_max_edge for %2")
                         .arg(spec->name, it.key());
            return false;
        }
        spec->uploadMaxEdge.insert(it.key(), edge);
    }
    if (spec->kind == ParamKind::Enum && spec->values.isEmpty()) {
        *error = QStringLiteral("enum input %1 lists no values").arg(spec->name);
        return false;
    }
    return true;
}

} // namespace

ModelSpec ModelSpec::fromJson(const QJsonObject &json, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    ModelSpec spec;
    spec.m_name = json.value(QLatin1String("name")).toString();
    if (spec.m_name.isEmpty()) {
        *error = QStringLiteral("the model has no name");
        return {};
    }
    spec.m_title = json.value(QLatin1String("title")).toString(spec.m_name);
    spec.m_lifecycle = json.value(QLatin1String("lifecycle")).toString();
    spec.m_description = json.value(QLatin1String("description")).toString();
    const QString shape =
        json.value(QLatin1String("request_shape")).toString(QStringLiteral("versioned"));
    if (shape == QLatin1String("flat")) {
        spec.m_shape = RequestShape::Flat;
    } else if (shape != QLatin1String("versioned")) {
        *error = QStringLiteral("model %1 has an unknown request_shape %2").arg(spec.m_name, shape);
        return {};
    }
    spec.m_countParam = json.value(QLatin1String("count_param")).toString();

    const QJsonArray inputs = json.value(QLatin1String("inputs")).toArray();
    for (const QJsonValue &v : inputs) {
        ParamSpec p;
        if (!parseParam(v.toObject(), &p, error)) {
            *error = QStringLiteral("model %1: %2").arg(spec.m_name, *error);
            return {};
        }
        if (spec.input(p.name)) {
            *error = QStringLiteral("model %1: input %2 is listed twice").arg(spec.m_name, p.name);
            return {};
        }
        if (!p.role.isEmpty() && !spec.paramWithRole(p.role).isEmpty()) {
            *error =
                QStringLiteral("model %1: two inputs have the role %2").arg(spec.m_name, p.role);
            return {};
        }
        spec.m_inputs << p;
    }
    if (spec.m_inputs.isEmpty()) {
        *error = QStringLiteral("model %1 has no inputs").arg(spec.m_name);
        return {};
    }

    const QJsonObject pricing = json.value(QLatin1String("pricing")).toObject();
    spec.m_pricing.perImage = pricing.value(QLatin1String("per_image")).toInt();
    spec.m_pricing.table = parseTable(pricing);
    for (const QJsonValue &v : pricing.value(QLatin1String("extras")).toArray()) {
        const QJsonObject o = v.toObject();
        spec.m_pricing.extras << PriceExtra{o.value(QLatin1String("if_set")).toString(),
                                            o.value(QLatin1String("per_image")).toInt()};
    }
    if (spec.m_pricing.table.isEmpty() && spec.m_pricing.perImage <= 0) {
        *error = QStringLiteral("model %1 has no price").arg(spec.m_name);
        return {};
    }

    const QJsonObject timing = json.value(QLatin1String("timing")).toObject();
    spec.m_timing.seconds = timing.value(QLatin1String("seconds")).toDouble(10);
    spec.m_timing.table = parseTable(timing);
    spec.m_timing.perExtraImage = timing.value(QLatin1String("per_extra_image")).toDouble();

    const QJsonObject output = json.value(QLatin1String("output")).toObject();
    spec.m_output.kind = output.value(QLatin1String("kind")).toString() == QLatin1String("tryon")
                             ? OutputKind::TryOn
                             : OutputKind::Generate;
    spec.m_output.resolutionParam = output.value(QLatin1String("resolution_param")).toString();
    spec.m_output.megapixels = output.value(QLatin1String("megapixels")).toObject();

    // Cross-references must name inputs of this model.
    for (const ParamSpec &p : std::as_const(spec.m_inputs)) {
        for (const QString &other : p.excludes + p.inheritFrom) {
            if (!spec.input(other)) {
                *error = QStringLiteral("model %1: input %2 refers to unknown input %3")
                             .arg(spec.m_name, p.name, other);
                return {};
            }
        }
    }
    for (const QString &param : {spec.m_countParam, spec.m_pricing.table.rowParam,
                                 spec.m_pricing.table.columnParam, spec.m_timing.table.rowParam,
                                 spec.m_timing.table.columnParam, spec.m_output.resolutionParam}) {
        if (!param.isEmpty() && !spec.input(param)) {
            *error = QStringLiteral("model %1 refers to unknown input %2").arg(spec.m_name, param);
            return {};
        }
    }
    return spec;
}

const ParamSpec *ModelSpec::input(const QString &name) const
{
    for (const ParamSpec &p : m_inputs) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QStringList ModelSpec::imageInputs() const
{
    QStringList names;
    for (const ParamSpec &p : m_inputs) {
        if (p.kind == ParamKind::Image)
            names << p.name;
    }
    return names;
}

QJsonValue ModelSpec::effectiveValue(const QJsonObject &values, const QString &param) const
{
    const QJsonValue v = values.value(param);
    if (!v.isUndefined() && !v.isNull())
        return v;
    if (const ParamSpec *spec = input(param); spec && spec->hasDefault())
        return spec->defaultValue;
    return QJsonValue(QJsonValue::Undefined);
}

int ModelSpec::imageCount(const QJsonObject &values) const
{
    if (m_countParam.isEmpty())
        return 1;
    const QJsonValue v = effectiveValue(values, m_countParam);
    return v.isDouble() ? qMax(1, v.toInt()) : 1;
}

namespace {
QString asKey(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}
} // namespace

std::optional<double> ModelSpec::lookup(const ParamTable &table, const QJsonObject &values) const
{
    if (table.isEmpty())
        return std::nullopt;
    const QString column =
        table.columnParam.isEmpty() ? QString() : asKey(effectiveValue(values, table.columnParam));
    QString row = asKey(values.value(table.rowParam));
    if (row.isEmpty() && !table.omittedRow.isEmpty()) {
        row = table.omittedRow.value(column).toString();
        if (row.isEmpty())
            row = table.omittedRow.value(QLatin1String("*")).toString();
    }
    if (row.isEmpty())
        row = asKey(effectiveValue(values, table.rowParam));
    const QJsonValue cell = table.cells.value(row);
    if (table.columnParam.isEmpty())
        return cell.isDouble() ? std::optional<double>(cell.toDouble()) : std::nullopt;
    const QJsonValue inner = cell.toObject().value(column);
    return inner.isDouble() ? std::optional<double>(inner.toDouble()) : std::nullopt;
}

} // namespace fr

namespace fr {

const QStringList &paramRoles()
{
    static const QStringList roles{QStringLiteral("seed"), QStringLiteral("inline_outputs"),
                                   QStringLiteral("model_image"), QStringLiteral("output_format"),
                                   QStringLiteral("aspect_ratio")};
    return roles;
}

QString ModelSpec::paramWithRole(const QString &role) const
{
    for (const ParamSpec &p : m_inputs) {
        if (p.role == role)
            return p.name;
    }
    return {};
}

int ModelSpec::uploadMaxEdge(const QJsonObject &values) const
{
    int edge = 0;
    for (const ParamSpec &p : m_inputs) {
        if (!p.uploadMaxEdge.isEmpty())
            edge = qMax(edge, p.uploadMaxEdge.value(effectiveValue(values, p.name).toString(), 0));
    }
    return edge > 0 ? edge : defaults::kUploadMaxEdge;
}

} // namespace fr

namespace fr {

namespace {
QString catalogText(const QString &text)
{
    return text.isEmpty() ? text
                          : QCoreApplication::translate("catalog", text.toUtf8().constData());
}
} // namespace

QString ParamSpec::displayLabel() const
{
    return catalogText(label);
}
QString ParamSpec::displayHelp() const
{
    return catalogText(help);
}
QString ParamSpec::displayValueLabel(const QString &value) const
{
    const auto it = valueLabels.constFind(value);
    return it == valueLabels.cend() ? value : catalogText(it.value());
}
QString ModelSpec::displayTitle() const
{
    return catalogText(m_title);
}
QString ModelSpec::displayDescription() const
{
    return catalogText(m_description);
}

} // namespace fr
