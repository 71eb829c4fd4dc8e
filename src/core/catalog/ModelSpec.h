#pragma once

#include "ParamSpec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fr {

enum class RequestShape { Versioned, Flat };

// A lookup table keyed by one or two enum parameters, used for prices and for expected
// durations. A row parameter left unset is resolved through omittedRow (keyed by the column
// value, or "*"), then through the parameter's default.
struct ParamTable
{
    QString rowParam;
    QString columnParam; // empty for a one-dimensional table
    QJsonObject cells;   // row -> number, or row -> {column -> number}
    QJsonObject omittedRow;

    bool isEmpty() const { return rowParam.isEmpty(); }
};

struct PriceExtra
{
    QString ifSet;
    int perImage = 0;
};

struct PricingRules
{
    int perImage = 0; // used when table is empty
    ParamTable table;
    QList<PriceExtra> extras;
};

struct TimingRules
{
    double seconds = 10; // used when table is empty
    ParamTable table;
    double perExtraImage = 0; // fraction of the base time added per image beyond the first
};

enum class OutputKind { Generate, TryOn };

struct OutputRules
{
    OutputKind kind = OutputKind::Generate;
    QString resolutionParam; // empty: output follows the model image size
    QJsonObject megapixels;  // resolution value -> megapixels
};

class ModelSpec
{
public:
    // Parses one catalog file. On failure returns an invalid spec and sets *error.
    static ModelSpec fromJson(const QJsonObject &json, QString *error);

    bool isValid() const { return !m_name.isEmpty(); }
    const QString &name() const { return m_name; }
    const QString &title() const { return m_title; }
    const QString &lifecycle() const { return m_lifecycle; }
    const QString &description() const { return m_description; }
    // title and description in the user's language (see ParamSpec::displayLabel).
    QString displayTitle() const;
    QString displayDescription() const;
    RequestShape requestShape() const { return m_shape; }
    const QString &countParam() const { return m_countParam; }
    const QList<ParamSpec> &inputs() const { return m_inputs; }
    const ParamSpec *input(const QString &name) const;
    QStringList imageInputs() const;
    const PricingRules &pricing() const { return m_pricing; }
    const TimingRules &timing() const { return m_timing; }
    const OutputRules &output() const { return m_output; }

    // The value a parameter takes for this request: the set value, else the default.
    QJsonValue effectiveValue(const QJsonObject &values, const QString &param) const;
    // The parameter that has a role (ParamSpec::role), or an empty string.
    QString paramWithRole(const QString &role) const;
    // Longest edge of uploaded images for these values: the largest upload_max_edge of the
    // values set (or defaulted), else defaults::kUploadMaxEdge.
    int uploadMaxEdge(const QJsonObject &values) const;
    // Number of output images the request produces (count parameter, else 1).
    int imageCount(const QJsonObject &values) const;
    // Resolves a table cell for the given values; returns nullopt when no cell applies.
    std::optional<double> lookup(const ParamTable &table, const QJsonObject &values) const;

private:
    QString m_name;
    QString m_title;
    QString m_lifecycle;
    QString m_description;
    RequestShape m_shape = RequestShape::Versioned;
    QString m_countParam;
    QList<ParamSpec> m_inputs;
    PricingRules m_pricing;
    TimingRules m_timing;
    OutputRules m_output;
};

} // namespace fr
