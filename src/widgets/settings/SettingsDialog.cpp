#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "core/FashnDefaults.h"
#include "core/api/FashnClient.h"
#include "core/library/OutputStore.h"
#include "core/session/Session.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

namespace fr {

namespace {
void setLimit(QSpinBox *requests, QSpinBox *window, RateLimit limit)
{
    requests->setValue(limit.requests);
    window->setValue(qMax(1, limit.windowMs / 1000));
}
RateLimit limitOf(const QSpinBox *requests, const QSpinBox *window)
{
    return {requests->value(), window->value() * 1000};
}
void setTone(QLabel *label, bool problem)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, problem ? QColor(0xd0, 0x43, 0x3c)
                                             : label->palette().color(QPalette::PlaceholderText));
    label->setPalette(p);
}
} // namespace

SettingsDialog::SettingsDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->backendCombo->addItem(tr("Automatic: FASHN with a key, the local sandbox without"),
                                QStringLiteral("auto"));
    m_ui->backendCombo->addItem(tr("FASHN"), QStringLiteral("fashn"));
    m_ui->backendCombo->addItem(tr("Local sandbox (simulated results, no credits)"),
                                QStringLiteral("sandbox"));
    m_ui->formatCombo->addItem(tr("As the model prefers"), QString());
    m_ui->formatCombo->addItem(tr("PNG (full quality)"), QStringLiteral("png"));
    m_ui->formatCombo->addItem(tr("JPEG (smaller files)"), QStringLiteral("jpeg"));
    m_ui->languageCombo->addItem(tr("System language"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->thresholdSpin->setSuffix(tr(" credits"));
    m_ui->thresholdSpin->setSpecialValueText(tr("Never ask"));
    m_ui->dailyCapSpin->setSuffix(tr(" credits"));
    m_ui->dailyCapSpin->setSpecialValueText(tr("No cap"));
    m_ui->keyEdit->setPlaceholderText(tr("fa-…  (leave empty to keep the stored key)"));
    m_ui->keyHelpLabel->setText(
        tr("The key is kept in the system keychain, never in a settings file. "
           "Create one at <a href=\"https://app.fashn.ai/api\">app.fashn.ai/api</a>."));
    m_ui->templateEdit->setToolTip(
        tr("Fields: {date} {model} {id} {seed} {n}. {n} (the output number) is required."));
    m_ui->limitsHelpLabel->setText(
        tr("FASHN allows 50 submissions a minute, 50 status checks and 30 credit "
           "checks per 10 seconds, and 6 jobs at once. Raise these only if FASHN "
           "raised your quota."));
    setTone(m_ui->limitsHelpLabel, false);
    setTone(m_ui->keyHelpLabel, false);

    connect(m_ui->testKeyButton, &QPushButton::clicked, this, &SettingsDialog::testKey);
    connect(m_ui->removeKeyButton, &QPushButton::clicked, this, [this] {
        m_removeKey = true;
        m_ui->keyEdit->clear();
        m_ui->storedKeyLabel->setText(tr("The stored key will be removed when you press OK."));
        m_ui->removeKeyButton->setEnabled(false);
    });
    connect(m_ui->keyEdit, &QLineEdit::textEdited, this, [this] {
        QString reason;
        const QString key = m_ui->keyEdit->text().trimmed();
        if (!key.isEmpty() && !looksLikeApiKey(key, &reason)) {
            m_ui->testResultLabel->setText(reason);
            setTone(m_ui->testResultLabel, true);
        } else {
            m_ui->testResultLabel->clear();
        }
    });
    connect(m_ui->browseFolderButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Library folder"), m_ui->folderEdit->text());
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) {
            m_ui->folderEdit->setText(QDir::toNativeSeparators(dir));
        });
        dialog->open();
    });
    connect(m_ui->templateEdit, &QLineEdit::textChanged, this,
            &SettingsDialog::updateTemplatePreview);
    connect(m_ui->baseUrlEdit, &QLineEdit::textChanged, this,
            &SettingsDialog::updateBaseUrlProblem);
    connect(m_ui->restoreLimitsButton, &QPushButton::clicked, this, &SettingsDialog::restoreLimits);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    Settings *s = m_session->settings();
    m_ui->backendCombo->setCurrentIndex(qMax(0, m_ui->backendCombo->findData(s->backend())));
    m_ui->folderEdit->setText(QDir::toNativeSeparators(s->outputDir()));
    m_ui->templateEdit->setText(s->fileNameTemplate());
    m_ui->formatCombo->setCurrentIndex(
        qMax(0, m_ui->formatCombo->findData(s->defaultOutputFormat())));
    m_ui->thresholdSpin->setValue(s->confirmThreshold());
    m_ui->dailyCapSpin->setValue(s->dailyCreditCap());
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(s->language())));
    const QUrl base = s->baseUrl();
    m_ui->baseUrlEdit->setText(base.toString() == defaults::baseUrl() ? QString()
                                                                      : base.toString());
    m_ui->baseUrlEdit->setPlaceholderText(defaults::baseUrl());
    m_ui->inFlightSpin->setValue(s->maxInFlight());
    m_ui->inFlightSpin->setMaximum(defaults::kMaxInFlight);
    setLimit(m_ui->runRequestsSpin, m_ui->runWindowSpin, s->runLimit());
    setLimit(m_ui->statusRequestsSpin, m_ui->statusWindowSpin, s->statusLimit());
    setLimit(m_ui->creditsRequestsSpin, m_ui->creditsWindowSpin, s->creditsLimit());
    updateTemplatePreview();
    updateBaseUrlProblem();

    m_ui->storedKeyLabel->setText(tr("Reading the keychain…"));
    m_ui->removeKeyButton->setEnabled(false);
    if (SecretStore *secrets = m_session->secrets()) {
        secrets->readKey(this, [this](const SecretStore::Result &r) {
            if (r.ok && !r.key.isEmpty()) {
                m_storedKey = r.key;
                m_ui->storedKeyLabel->setText(tr("Stored key: %1").arg(redactKey(r.key)));
                m_ui->removeKeyButton->setEnabled(true);
            } else if (r.ok || r.notFound) {
                m_ui->storedKeyLabel->setText(
                    tr("No key stored: the studio uses the local sandbox."));
            } else {
                m_ui->storedKeyLabel->setText(
                    tr("The system keychain is not available: %1").arg(r.error));
                setTone(m_ui->storedKeyLabel, true);
            }
        });
    }
}

void SettingsDialog::updateTemplatePreview()
{
    const QString pattern = m_ui->templateEdit->text().trimmed();
    if (!pattern.contains(QLatin1String("{n}"))) {
        m_ui->templatePreviewLabel->setText(
            tr("The template needs {n} so that several outputs of one job get different names."));
        setTone(m_ui->templatePreviewLabel, true);
        return;
    }
    OutputProvenance sample;
    sample.model = QStringLiteral("product-to-model");
    sample.predictionId = QStringLiteral("123a87r9-a4b8");
    sample.seed = 42;
    const OutputStore store(m_ui->folderEdit->text(), pattern);
    m_ui->templatePreviewLabel->setText(
        tr("Example: %1.png").arg(store.baseName(sample, QDateTime::currentDateTime())));
    setTone(m_ui->templatePreviewLabel, false);
}

void SettingsDialog::updateBaseUrlProblem()
{
    const QString text = m_ui->baseUrlEdit->text().trimmed();
    const QString problem = text.isEmpty() ? QString() : checkBaseUrl(QUrl(text));
    m_ui->baseUrlProblemLabel->setText(
        problem.isEmpty() ? tr("https only; plain http only for this computer (loopback).")
                          : tr("Refused: %1").arg(problem));
    setTone(m_ui->baseUrlProblemLabel, !problem.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SettingsDialog::restoreLimits()
{
    m_ui->inFlightSpin->setValue(defaults::kMaxInFlight);
    setLimit(m_ui->runRequestsSpin, m_ui->runWindowSpin, defaults::kRunLimit);
    setLimit(m_ui->statusRequestsSpin, m_ui->statusWindowSpin, defaults::kStatusLimit);
    setLimit(m_ui->creditsRequestsSpin, m_ui->creditsWindowSpin, defaults::kCreditsLimit);
}

void SettingsDialog::testKey()
{
    QString key = m_ui->keyEdit->text().trimmed();
    if (key.isEmpty())
        key = m_storedKey;
    ClientConfig config = m_session->clientConfig();
    const QString base = m_ui->baseUrlEdit->text().trimmed();
    if (!base.isEmpty())
        config.baseUrl = QUrl(base);
    else if (!m_session->isSandbox())
        config.baseUrl = QUrl(defaults::baseUrl());
    if (!key.isEmpty())
        config.apiKey = key;
    m_ui->testKeyButton->setEnabled(false);
    m_ui->testResultLabel->setText(
        tr("Asking %1 for the account's credits…").arg(config.baseUrl.host()));
    setTone(m_ui->testResultLabel, false);
    config.maxRetries = 1;
    m_testClient = std::make_unique<FashnClient>(m_session->network(), config);
    m_testClient->credits(this, [this](const CreditsResult &r) {
        m_ui->testKeyButton->setEnabled(true);
        bool ok = false;
        QString text;
        switch (r.error.kind) {
        case ApiErrorKind::None:
            ok = true;
            text = tr("The key works: %n credit(s) left.", nullptr, r.total);
            break;
        case ApiErrorKind::Unauthorized:
            text = tr("FASHN refused this key (401). Check that it was copied whole.");
            break;
        case ApiErrorKind::MissingKey:
            text = tr("There is no key to test: type one first.");
            break;
        case ApiErrorKind::Network:
        case ApiErrorKind::Timeout:
            text = tr("FASHN could not be reached: %1").arg(r.error.message);
            break;
        default:
            text = tr("FASHN answered: %1").arg(r.error.describe());
            break;
        }
        m_ui->testResultLabel->setText(text);
        setTone(m_ui->testResultLabel, !ok);
        emit keyTested(ok, text);
    });
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool SettingsDialog::save()
{
    const QString key = m_ui->keyEdit->text().trimmed();
    QString reason;
    if (!key.isEmpty() && !looksLikeApiKey(key, &reason)) {
        m_ui->tabs->setCurrentWidget(m_ui->accountTab);
        m_ui->testResultLabel->setText(reason);
        setTone(m_ui->testResultLabel, true);
        m_ui->keyEdit->setFocus();
        return false;
    }
    Settings *s = m_session->settings();
    s->setBackend(m_ui->backendCombo->currentData().toString());
    s->setOutputDir(QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed()));
    if (m_ui->templateEdit->text().contains(QLatin1String("{n}")))
        s->setFileNameTemplate(m_ui->templateEdit->text().trimmed());
    s->setDefaultOutputFormat(m_ui->formatCombo->currentData().toString());
    s->setConfirmThreshold(m_ui->thresholdSpin->value());
    s->setDailyCreditCap(m_ui->dailyCapSpin->value());
    s->setLanguage(m_ui->languageCombo->currentData().toString());
    s->setBaseUrl(QUrl(m_ui->baseUrlEdit->text().trimmed()));
    s->setMaxInFlight(m_ui->inFlightSpin->value());
    s->setRateLimits(limitOf(m_ui->runRequestsSpin, m_ui->runWindowSpin),
                     limitOf(m_ui->statusRequestsSpin, m_ui->statusWindowSpin),
                     limitOf(m_ui->creditsRequestsSpin, m_ui->creditsWindowSpin));
    // The session switches to the new key once the keychain has it, or says why it could not.
    if (!key.isEmpty())
        m_session->storeKey(key);
    else if (m_removeKey)
        m_session->forgetKey();
    m_session->applySettings();
    emit saved(!key.isEmpty());
    return true;
}

} // namespace fr
