#include "ProvenanceDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fr {

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? ProvenanceDialog::tr("yes") : ProvenanceDialog::tr("no");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QStringLiteral("—");
    }
}

QString timeText(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return QLocale().toString(t.toLocalTime(), QLocale::LongFormat);
}

// Between text and base: PlaceholderText often carries alpha, which HTML colours drop.
QColor labelColor()
{
    const QPalette palette;
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    return QColor::fromRgbF(text.redF() * 0.55 + base.redF() * 0.45,
                            text.greenF() * 0.55 + base.greenF() * 0.45,
                            text.blueF() * 0.55 + base.blueF() * 0.45);
}

QString row(const QString &label, const QString &value, bool mono = false)
{
    if (value.isEmpty())
        return {};
    const QString v = value.toHtmlEscaped();
    return QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), mono ? QStringLiteral("<code>%1</code>").arg(v) : v);
}

QString section(const QString &title)
{
    return QStringLiteral("<tr><td colspan='2' class='h'>%1</td></tr>").arg(title.toHtmlEscaped());
}

} // namespace

QString ProvenanceDialog::toHtml(const QString &imagePath, const QJsonObject &j)
{
    // Rich text knows no palette() colours: the label colour is taken from the palette here.
    QString html =
        QStringLiteral("<style>td{padding:2px 12px 2px 0;vertical-align:top} td.k{color:%1;"
                       "white-space:nowrap} td.h{font-weight:600;padding-top:12px}</style>"
                       "<table cellspacing='0'>")
            .arg(labelColor().name());
    html += section(tr("Result"));
    html += row(tr("File"), QFileInfo(imagePath).fileName());
    html += row(tr("Model"), j.value(QLatin1String("model")).toString());
    const int count = j.value(QLatin1String("output_count")).toInt(1);
    if (count > 1)
        html +=
            row(tr("Output"),
                tr("%1 of %2").arg(j.value(QLatin1String("output_index")).toInt() + 1).arg(count));
    if (j.contains(QLatin1String("seed")))
        html += row(tr("Seed"), valueText(j.value(QLatin1String("seed"))));

    const QJsonObject params = j.value(QLatin1String("parameters")).toObject();
    if (!params.isEmpty()) {
        html += section(tr("Parameters"));
        for (auto it = params.begin(); it != params.end(); ++it)
            html += row(it.key(), valueText(it.value()));
    }

    const QJsonArray inputs = j.value(QLatin1String("inputs")).toArray();
    if (!inputs.isEmpty()) {
        html += section(tr("Inputs"));
        for (const QJsonValue &v : inputs) {
            const QJsonObject in = v.toObject();
            QString text = in.value(QLatin1String("file")).toString().toHtmlEscaped();
            const QString sha = in.value(QLatin1String("sha256")).toString();
            if (!sha.isEmpty())
                text += QStringLiteral("<br><code>SHA-256 %1</code>").arg(sha.toHtmlEscaped());
            html += QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>")
                        .arg(in.value(QLatin1String("param")).toString().toHtmlEscaped(), text);
        }
    }

    html += section(tr("Run"));
    html += row(tr("Prediction"), j.value(QLatin1String("prediction_id")).toString(), true);
    html += row(tr("Job"), j.value(QLatin1String("job_id")).toString(), true);
    if (j.contains(QLatin1String("credits_used")))
        html += row(tr("Credits used"), valueText(j.value(QLatin1String("credits_used"))));
    if (j.contains(QLatin1String("credits_estimated")))
        html +=
            row(tr("Credits estimated"), valueText(j.value(QLatin1String("credits_estimated"))));
    html += row(tr("Submitted"), timeText(j.value(QLatin1String("submitted_at"))));
    html += row(tr("Completed"), timeText(j.value(QLatin1String("completed_at"))));
    html += row(tr("Saved"), timeText(j.value(QLatin1String("saved_at"))));
    html += row(tr("Source"), j.value(QLatin1String("source_url")).toString(), true);
    html += QStringLiteral("</table>");
    return html;
}

ProvenanceDialog::ProvenanceDialog(const QString &imagePath, const QJsonObject &sidecar,
                                   QWidget *parent)
    : QDialog(parent), m_sidecar(sidecar)
{
    setWindowTitle(tr("How %1 was made").arg(QFileInfo(imagePath).fileName()));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_text->setHtml(sidecar.isEmpty()
                        ? tr("<p>This result has no readable description (its .json file is "
                             "missing or damaged).</p>")
                        : toHtml(imagePath, sidecar));
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy JSON"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyJson"));
    copy->setEnabled(!sidecar.isEmpty());
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(json()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
}

QString ProvenanceDialog::json() const
{
    return QString::fromUtf8(QJsonDocument(m_sidecar).toJson(QJsonDocument::Indented));
}

} // namespace fr
