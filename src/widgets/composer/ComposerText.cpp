#include "ComposerText.h"

#include <QLocale>
#include <QSize>

namespace fr {

QString ComposerText::label(const ModelSpec &spec, const QString &param)
{
    const ParamSpec *p = spec.input(param);
    return p ? label(*p) : param;
}

QString ComposerText::label(const ParamSpec &param)
{
    return param.label.isEmpty() ? param.name : param.displayLabel();
}

QString ComposerText::inSentence(const QString &label)
{
    //: Answer "keep" if nouns keep their capital letter inside a sentence in this language
    //: (German); otherwise leave "lower". Not shown to users.
    const bool keep = tr("lower") == QLatin1String("keep"); // not cached: the language can change
    return keep ? label : label.toLower();
}

QString ComposerText::modelTitle(const ModelSpec &spec)
{
    const QString title = spec.title().isEmpty() ? spec.name() : spec.displayTitle();
    const QString lifecycle = spec.lifecycle();
    if (lifecycle.isEmpty() || lifecycle == QLatin1String("stable"))
        return title;
    QString stage = lifecycle;
    if (lifecycle == QLatin1String("preview"))
        stage = tr("preview", "a model FASHN offers ahead of its stable release");
    else if (lifecycle == QLatin1String("experimental"))
        stage = tr("experimental", "a model FASHN may change or withdraw");
    else if (lifecycle == QLatin1String("legacy"))
        stage = tr("legacy", "an older model FASHN still serves, with an older request shape");
    return tr("%1 (%2)").arg(title, stage);
}

QString ComposerText::issue(const ModelSpec &spec, const ValidationIssue &issue)
{
    const ParamSpec *p = spec.input(issue.param);
    const QString &rule = issue.rule;
    if (rule == QLatin1String("required"))
        return p && p->kind == ParamKind::Image ? tr("Add an image: this model needs it.")
                                                : tr("Required by this model.");
    if (rule == QLatin1String("range") && p) {
        return tr("Must be between %1 and %2.")
            .arg(QLocale().toString(p->minimum.value_or(0)),
                 QLocale().toString(p->maximum.value_or(0)));
    }
    if (rule == QLatin1String("length") && p)
        return tr("Longer than the %1 characters allowed.").arg(p->maxLength);
    if (rule == QLatin1String("enum"))
        return tr("Choose one of the listed values.");
    if (rule == QLatin1String("type"))
        return p && p->kind == ParamKind::Integer ? tr("Must be a whole number.")
                                                  : tr("This value has the wrong form.");
    if (rule == QLatin1String("excludes")) {
        for (const QString &other : p ? p->excludes : QStringList()) {
            return tr("Can't be combined with %1.").arg(label(spec, other));
        }
        return tr("Can't be combined with another input.");
    }
    if (rule == QLatin1String("image_source"))
        return tr("Use an image file, an http(s) link or a data URI.");
    if (rule == QLatin1String("saved"))
        return p && p->acceptsSaved ? tr("Name the saved model after saved:.")
                                    : tr("This input does not take a saved model.");
    if (rule == QLatin1String("unknown"))
        return tr("Not a parameter of this model.");
    return issue.message;
}

QString ComposerText::imageProblem(ImageProblem problem, const QString &fileName)
{
    const QString name =
        fileName.isEmpty() ? tr("The file") : QLatin1Char('"') + fileName + QLatin1Char('"');
    switch (problem) {
    case ImageProblem::None:
        return {};
    case ImageProblem::Missing:
        return tr("%1 was not found: it may have been moved or deleted.").arg(name);
    case ImageProblem::Unreadable:
        return tr("%1 can't be read: check that you may open it.").arg(name);
    case ImageProblem::Empty:
        return tr("%1 is empty (0 bytes).").arg(name);
    case ImageProblem::TooLarge:
        return tr("%1 is too large to send.").arg(name);
    case ImageProblem::NotAnImage:
        return tr("%1 is not an image (JPEG, PNG, WebP, GIF, BMP or TIFF).").arg(name);
    case ImageProblem::Truncated:
        return tr("%1 is incomplete: the file ends before the image does.").arg(name);
    case ImageProblem::Bomb:
        return tr("%1 declares far too many pixels to be a photo; it is not opened.").arg(name);
    case ImageProblem::DecodeFailed:
        return tr("%1 could not be decoded; it may be damaged.").arg(name);
    case ImageProblem::NotAFile:
        return tr("%1 is not a regular file (a device or a pipe); choose an image file.").arg(name);
    }
    return tr("%1 can't be used.").arg(name);
}

QString ComposerText::pixels(const QSize &size)
{
    return tr("%1×%2").arg(size.width()).arg(size.height());
}

QString ComposerText::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace fr
