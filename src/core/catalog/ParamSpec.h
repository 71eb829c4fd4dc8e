#pragma once

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace fr {

enum class ParamKind { Image, Enum, Integer, Boolean, Text };

QString paramKindName(ParamKind kind);
std::optional<ParamKind> paramKindFromName(const QString &name);
// The roles a catalog parameter may have (see ParamSpec::role).
const QStringList &paramRoles();

// One input of a model, exactly as the catalog file describes it. The form, the validator, the
// request builder, the price and the sandbox all read this one description.
struct ParamSpec
{
    QString name;
    ParamKind kind = ParamKind::Text;
    bool required = false;
    QJsonValue defaultValue; // Undefined when the parameter has no default
    QStringList values;      // allowed values of an enum, in display order
    QMap<QString, QString> valueLabels;
    std::optional<qint64> minimum;
    std::optional<qint64> maximum;
    int maxLength = 0;         // text only; 0 = unlimited
    QStringList excludes;      // inputs that cannot be set together with this one
    QStringList inheritFrom;   // when unset, derived from the first of these that is set
    bool acceptsSaved = false; // image: also takes saved:<name>
    QString label;
    QString help;
    // What the app does with this parameter beyond sending it, so no code knows a parameter by
    // its name: "seed", "inline_outputs" (outputs come back as base64), "model_image" (the output
    // follows its size), "output_format", "aspect_ratio". Empty for most parameters.
    QString role;
    QMap<QString, int> uploadMaxEdge; // enum value -> longest edge of uploaded images

    bool hasDefault() const { return !defaultValue.isUndefined() && !defaultValue.isNull(); }
    // label, help and value labels in the user's language (context "catalog"; the strings are
    // collected from the catalog files into translations/catalog-strings.cpp).
    QString displayLabel() const;
    QString displayHelp() const;
    QString displayValueLabel(const QString &value) const; // the value itself when unlabelled
};

} // namespace fr
