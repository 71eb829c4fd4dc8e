#pragma once

#include "ModelSpec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fr {

// Where the values come from decides which image forms are acceptable: the app accepts local
// file paths (it prepares them before sending); the wire accepts only URLs, data URIs and
// saved:<name>.
enum class ImageSources { LocalFilesAllowed, WireOnly };

struct ValidationIssue
{
    QString param;   // the parameter the problem is about
    QString rule;    // unknown, required, type, enum, range, length, excludes, image_source, saved
    QString message; // an English sentence, FASHN-style (the sandbox sends it as a 400 message)
    // What the rule needs to be worded (fr::text::validationIssue): unknown/required: the model;
    // enum: the allowed values; range: min, max; length: max; excludes: the other parameter;
    // type: the kind expected.
    QStringList args;

    bool operator==(const ValidationIssue &) const = default;
};

// Reports every problem at once, in the catalog's parameter order.
QList<ValidationIssue> validate(const ModelSpec &model, const QJsonObject &values,
                                ImageSources sources = ImageSources::WireOnly);

QString joinIssues(const QList<ValidationIssue> &issues);

enum class ImageValueForm { Empty, HttpUrl, DataUri, Saved, LocalFile, Other };
ImageValueForm classifyImageValue(const QString &value);

// Turns NAME=VALUE text (command line, form) into a JSON value of the parameter's kind.
// Returns an undefined value and sets *error when the text does not fit.
QJsonValue parseParamText(const ParamSpec &spec, const QString &text, QString *error);

} // namespace fr
