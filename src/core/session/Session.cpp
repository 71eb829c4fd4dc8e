#include "Session.h"

#include "core/FashnDefaults.h"
#include "core/api/FashnClient.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobRunner.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

namespace fr {

namespace {
// The settings the client and the runner are built from; the studio's own choices (language,
// window state, last values) change nothing here.
bool affectsClientOrRunner(const QString &key)
{
    return key == QLatin1String("api/baseUrl") || key == QLatin1String("api/maxInFlight") ||
           key.startsWith(QLatin1String("limits/")) || key == QLatin1String("library/outputDir") ||
           key == QLatin1String("library/fileNameTemplate");
}
} // namespace

Session::Session(Settings *settings, SecretStore *secrets, SessionOptions options, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets), m_options(std::move(options)),
      m_clock(m_options.clock ? m_options.clock : Clock::system())
{
    QString overrideDir = m_options.catalogOverrideDir;
    if (overrideDir.isEmpty())
        overrideDir = ModelCatalog::defaultOverrideDir();
    else if (overrideDir == QLatin1String("-"))
        overrideDir.clear();
    m_catalog = ModelCatalog::load(overrideDir, &m_catalogWarnings);

    m_nam = std::make_unique<QNetworkAccessManager>();
    m_journal = std::make_unique<JobJournal>();
    m_client = std::make_unique<FashnClient>(m_nam.get(), clientConfig(), nullptr, m_clock);
    m_runner = std::make_unique<JobRunner>(m_client.get(), &m_catalog, m_journal.get(),
                                           runnerConfig(), nullptr, m_clock);
    connect(m_runner.get(), &JobRunner::jobFinished, this,
            [this] { QTimer::singleShot(0, this, &Session::switchWhenIdle); });
    // Before start() the backend is undecided; finishStart() applies everything at once.
    connect(m_settings, &Settings::changed, this, [this](const QString &key) {
        if (m_ready && affectsClientOrRunner(key))
            applySettings();
    });
}

Session::~Session()
{
    // The runner refers to the client and the journal: it goes first.
    m_runner.reset();
    m_client.reset();
}

ClientConfig Session::clientConfig() const
{
    ClientConfig config;
    config.baseUrl = m_settings->baseUrl();
    if (m_options.readEnvironment) {
        const QString envBase = qEnvironmentVariable("FASHN_BASE_URL").trimmed();
        if (!envBase.isEmpty())
            config.baseUrl = QUrl(envBase);
    }
    if (!m_options.baseUrl.isEmpty())
        config.baseUrl = m_options.baseUrl;
    config.runLimit = m_settings->runLimit();
    config.statusLimit = m_settings->statusLimit();
    config.creditsLimit = m_settings->creditsLimit();
    config.apiKey = m_key;
    if (m_backend == Backend::Sandbox) {
        config.baseUrl = m_sandboxUrl;
        config.apiKey = m_sandboxKey;
    }
    return config;
}

RunnerConfig Session::runnerConfig() const
{
    RunnerConfig config;
    config.maxInFlight = m_settings->maxInFlight();
    config.outputDir = libraryFolder();
    config.fileNameTemplate = m_settings->fileNameTemplate();
    config.timeScale = timeScale();
    return config;
}

double Session::timeScale() const
{
    return m_backend == Backend::Sandbox ? m_options.sandboxTimeScale : 1.0;
}

QString Session::libraryFolder() const
{
    if (m_backend != Backend::Sandbox)
        return m_settings->outputDir();
    if (!m_options.sandboxLibraryDir.isEmpty())
        return m_options.sandboxLibraryDir;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("Sandbox results"));
}

void Session::start()
{
    if (m_started)
        return;
    m_started = true;
    const QString backendSetting = m_settings->backend();
    if (m_options.forceSandbox ||
        (m_options.useBackendSetting && backendSetting == QLatin1String("sandbox"))) {
        QTimer::singleShot(0, this, [this] { becomeSandbox(); });
        return;
    }
    QString key = m_options.apiKey;
    if (key.isEmpty() && m_options.readEnvironment)
        key = qEnvironmentVariable("FASHN_API_KEY").trimmed();
    if (!key.isEmpty() || !m_secrets) {
        QTimer::singleShot(0, this, [this, key] { decide(key); });
        return;
    }
    m_secrets->readKey(this, [this](const SecretStore::Result &result) {
        decide(result.ok ? result.key.trimmed() : QString());
    });
}

void Session::decide(const QString &key)
{
    if (key.isEmpty() && m_options.useBackendSetting &&
        m_settings->backend() != QLatin1String("fashn")) {
        becomeSandbox();
        return;
    }
    m_key = key;
    m_backend = Backend::Fashn;
    finishStart();
}

void Session::becomeSandbox()
{
    LocalBackend local;
    if (m_options.startSandbox)
        local = m_options.startSandbox(m_options.sandboxTimeScale);
    else
        local.error = QStringLiteral("no local sandbox is available in this program");
    if (local.baseUrl.isEmpty()) {
        m_startProblem = local.error;
        m_backend = Backend::Fashn; // nothing to fall back on: requests will say the key is missing
    } else {
        m_sandboxUrl = local.baseUrl;
        m_sandboxKey = local.apiKey;
        m_backend = Backend::Sandbox;
    }
    finishStart();
}

void Session::finishStart()
{
    // Simulated jobs die with the in-process sandbox, so they never share the journal of paid ones.
    m_journalPath = m_options.journalPath;
    if (m_backend == Backend::Sandbox && m_options.journalPath.isEmpty())
        m_journalPath = QStringLiteral(":memory:");
    if (m_journalPath.isEmpty())
        m_journalPath = Settings::defaultJournalPath();
    if (m_journalPath != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(m_journalPath).absolutePath());
    QString error;
    if (!m_journal->open(m_journalPath, &error) && m_startProblem.isEmpty())
        m_startProblem = error;
    applySettings();
    if (m_journal->isOpen() && m_options.resumeJobs)
        m_runner->resumeUnfinished();
    m_ready = true;
    emit backendChanged(m_backend);
    emit ready();
}

void Session::useKey(const QString &key)
{
    m_key = key.trimmed();
    if (m_backend == Backend::Sandbox && !m_key.isEmpty()) {
        // Simulated jobs still running finish against the sandbox; the switch waits for them.
        m_switchPending = true;
        switchWhenIdle();
        return;
    }
    applySettings();
}

void Session::storeKey(const QString &key)
{
    if (!m_secrets)
        return;
    m_secrets->writeKey(key, this, [this, key](const SecretStore::Result &r) {
        if (r.ok)
            useKey(key);
        else
            emit keyNotStored(r.error);
    });
}

void Session::forgetKey()
{
    if (!m_secrets)
        return;
    m_secrets->deleteKey(this, [this](const SecretStore::Result &r) {
        if (!r.ok && !r.notFound)
            emit keyNotStored(r.error);
    });
}

Session::DailyCap Session::checkDailyCap(int credits) const
{
    DailyCap result;
    result.cap = m_settings->dailyCreditCap();
    if (result.cap <= 0 || isSandbox())
        return result;
    result.spent = m_journal->creditsSpentOn(QDate::currentDate());
    result.allowed = result.spent + credits <= result.cap;
    return result;
}

void Session::switchWhenIdle()
{
    if (!m_switchPending || m_runner->activeCount() > 0)
        return;
    m_switchPending = false;
    m_backend = Backend::Fashn;
    if (m_options.journalPath.isEmpty()) {
        m_journalPath = Settings::defaultJournalPath();
        m_journal->close();
        QString error;
        if (!m_journal->open(m_journalPath, &error))
            m_startProblem = error;
    }
    applySettings();
    if (m_journal->isOpen() && m_options.resumeJobs)
        m_runner->resumeUnfinished();
    emit backendChanged(m_backend);
}

void Session::applySettings()
{
    m_client->reconfigure(clientConfig());
    m_runner->setConfig(runnerConfig());
}

} // namespace fr
