#pragma once

#include "core/catalog/ModelCatalog.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace fr {

class FashnClient;
class JobJournal;
class SandboxServer;
class Session;
class Settings;
struct BatchJob;
struct JobRecord;

// Exit codes of fittingroom-cli (documented in the README and in --help).
enum CliExit : int {
    ExitOk = 0,
    ExitPredictionFailed = 1, // FASHN ran the job and it failed (runtime error)
    ExitUsage = 2,            // wrong command line, parameters or input images; nothing spent
    ExitAuth = 3,             // no key, or the key was refused
    ExitOutOfCredits = 4,
    ExitNetwork = 5,    // unreachable, timed out, rate limited beyond retries, server errors
    ExitUncertain = 6,  // the submission may have been received and charged
    ExitOutputLost = 7, // completed, but outputs expired or could not be saved
    ExitNotFound = 8,   // unknown prediction id
    // batch, run, resubmit: not confirmed, no --yes without a terminal, over --max-credits or
    // over the daily credit cap; drop: an accepted job without --yes. Nothing sent or changed.
    ExitRefused = 9,
    // FASHN accepted the job (it may be charged) but its status could not be read; resume
    // follows it again.
    ExitSuspended = 10,
};

// fittingroom-cli: the catalog, the client, the job runner and the library from a terminal.
// Results go to stdout (text or --json), progress and errors to stderr.
class CliApp : public QObject
{
    Q_OBJECT
public:
    CliApp(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliApp() override;
    int run(const QStringList &arguments);
    // Every command this CLI has (the hints name only commands that exist).
    static QStringList commandNames();

private:
    int commandModels(const QStringList &args);
    int commandEstimate(const QStringList &args);
    int commandRun(const QStringList &args);
    int commandStatus(const QStringList &args);
    int commandCredits();
    int commandBatch(const QStringList &args);
    int commandJobs(const QStringList &args);
    int commandSpend(const QStringList &args);
    int commandResume(const QStringList &args);
    int commandResubmit(const QStringList &args);
    int commandDrop(const QStringList &args);
    // A BatchJob of line 0 is named by its job id (resume, resubmit). extra joins the --json
    // document.
    int reportBatch(const QList<BatchJob> &jobs, const QList<JobRecord> &records,
                    const QString &outDir, qint64 elapsedMs, const QJsonObject &extra = {});
    // Asks on a terminal, else needs --yes; says why when refused (then nothing may be sent).
    bool confirmSend(const QString &question);
    // Whether sending `credits` more stays within the daily cap of the settings; says why not.
    bool withinDailyCap(int credits);
    // Opens the journal of paid runs; a missing one is empty and is not created.
    static bool openJournal(JobJournal *journal, bool *empty, QString *error);
    // Says how many jobs of an earlier run the journal holds unfinished, before run and batch.
    void reportUnfinished();

    bool parseValues(const ModelSpec &model, const QStringList &words, QJsonObject *values);
    // Builds the session (settings, catalog, client, journal, runner) once the command is known.
    void buildSession(const QString &command);
    const ModelCatalog &catalog() const;
    // Starts the session (and the sandbox) and checks it can reach FASHN, or reports why not.
    bool connectClient();
    FashnClient *client() const;
    int exitFor(const JobRecord &job) const;
    int exitForError(int apiErrorKind) const;
    void printJson(const QJsonObject &o);
    void fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    bool m_sandbox = false;
    bool m_yes = false;
    int m_maxCredits = -1; // --max-credits; -1: no limit
    QString m_stateFilter; // jobs --state
    QString m_since;       // spend --since
    double m_sandboxTimeScale = 1.0;
    int m_connectExit = ExitAuth; // why connectClient() failed
    bool m_waitNoticesConnected = false;
    QString m_baseUrl;
    QString m_outDir;
    // The session talks to the sandbox, so it is declared after it and goes first.
    std::unique_ptr<SandboxServer> m_sandboxServer;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
};

} // namespace fr
