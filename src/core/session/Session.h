#pragma once

#include "core/api/Clock.h"
#include "core/catalog/ModelCatalog.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace fr {

class FashnClient;
class JobJournal;
class JobRunner;
class SecretStore;
class Settings;
struct ClientConfig;
struct RunnerConfig;

// What a local backend (the FASHN sandbox) gives the session when it starts. The sandbox lives
// in its own library, so the executables hand the session a way to start one.
struct LocalBackend
{
    QUrl baseUrl;
    QString apiKey;
    QString error; // why it could not start, when baseUrl is empty
};
using LocalBackendFactory = std::function<LocalBackend(double timeScale)>;

struct SessionOptions
{
    QString journalPath;         // empty: Settings::defaultJournalPath(); ":memory:" allowed
    QString catalogOverrideDir;  // empty: ModelCatalog::defaultOverrideDir(); "-": none
    QUrl baseUrl;                // overrides the setting and FASHN_BASE_URL (CLI --base-url, tests)
    QString apiKey;              // overrides FASHN_API_KEY and the keychain (tests)
    bool readEnvironment = true; // FASHN_API_KEY / FASHN_BASE_URL
    bool forceSandbox = false;   // CLI --sandbox
    // false: FASHN unless forceSandbox, whatever the backend setting and even without a key
    // (the CLI decides with --sandbox and reports a missing key itself).
    bool useBackendSetting = true;
    // false: leave the journal's unfinished jobs alone (the CLI runs one job of its own while
    // the studio may be following the others).
    bool resumeJobs = true;
    double sandboxTimeScale = 0.1; // a sandbox job takes seconds instead of a minute
    QString sandboxLibraryDir;     // empty: <AppData>/Sandbox results
    LocalBackendFactory startSandbox;
    Clock *clock = nullptr;
};

// The composition root shared by the CLI and the studio. Built from the settings, the secret
// store and the environment, it owns the network manager, the client, the catalog, the journal
// and the runner, and keeps what the user sets (base URL, limits, in-flight limit, library folder,
// file-name template) flowing into the client and the runner.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Undecided, Fashn, Sandbox };
    Q_ENUM(Backend)

    Session(Settings *settings, SecretStore *secrets, SessionOptions options = {},
            QObject *parent = nullptr);
    ~Session() override;

    // Decides the backend and resumes the journal's unfinished jobs: the key comes from the
    // options, FASHN_API_KEY or the keychain (read asynchronously); without one, or when the
    // backend setting says so, an in-process sandbox is started. Emits ready() once.
    void start();
    bool isReady() const { return m_ready; }
    Backend backend() const { return m_backend; }
    bool isSandbox() const { return m_backend == Backend::Sandbox; }
    // Why the session could not start (journal, base URL, sandbox), empty when fine.
    QString startProblem() const { return m_startProblem; }
    QStringList catalogWarnings() const { return m_catalogWarnings; }
    // Where results are saved and the gallery reads: the library folder, or a separate folder
    // for simulated results so they never mix with paid ones.
    QString libraryFolder() const;
    QString journalPath() const { return m_journalPath; }
    // Whether requests to FASHN carry a key (from the options, FASHN_API_KEY or the keychain).
    bool hasKey() const { return !m_key.isEmpty(); }
    double timeScale() const;

    // A new key was stored (settings dialog): use it and talk to FASHN (after the simulated
    // jobs still running have finished, when the session was in sandbox mode).
    void useKey(const QString &key);
    // Puts the key into the keychain and uses it once stored; keyNotStored says why not.
    void storeKey(const QString &key);
    void forgetKey();
    // Whether sending jobs worth `credits` more keeps today's spending within the daily cap of
    // the settings (always, without a cap or against the sandbox, whose credits are simulated).
    struct DailyCap
    {
        bool allowed = true;
        int spent = 0; // estimated credits of the jobs FASHN accepted today
        int cap = 0;
    };
    DailyCap checkDailyCap(int credits) const;
    // Re-reads the settings into the client and the runner.
    void applySettings();

    Settings *settings() const { return m_settings; }
    SecretStore *secrets() const { return m_secrets; }
    const ModelCatalog &catalog() const { return m_catalog; }
    QNetworkAccessManager *network() const { return m_nam.get(); }
    FashnClient *client() const { return m_client.get(); }
    JobJournal *journal() const { return m_journal.get(); }
    JobRunner *runner() const { return m_runner.get(); }
    Clock *clock() const { return m_clock; }

    ClientConfig clientConfig() const;
    RunnerConfig runnerConfig() const;

signals:
    void ready();
    void backendChanged(fr::Session::Backend backend);
    // The keychain refused a write or a delete: the key in use stays what it was.
    void keyNotStored(const QString &keychainError);

private:
    void decide(const QString &key);
    void becomeSandbox();
    void finishStart();
    void switchWhenIdle();

    Settings *m_settings;
    SecretStore *m_secrets;
    SessionOptions m_options;
    Clock *m_clock;
    ModelCatalog m_catalog;
    QStringList m_catalogWarnings;
    QString m_journalPath;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<FashnClient> m_client;
    std::unique_ptr<JobRunner> m_runner;
    Backend m_backend = Backend::Undecided;
    QUrl m_sandboxUrl;
    QString m_sandboxKey;
    QString m_key;
    QString m_startProblem;
    bool m_started = false;
    bool m_ready = false;
    bool m_switchPending = false;
};

} // namespace fr
