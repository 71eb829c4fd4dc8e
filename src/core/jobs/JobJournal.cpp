#include "JobJournal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace fr {

namespace {

const char *const kStateNames[] = {"preparing",   "queued",    "submitting", "running",
                                   "downloading", "completed", "failed",     "uncertain",
                                   "cancelled",   "expired",   "suspended"};

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString toText(const QStringList &l)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}
QString toText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QJsonObject objectOf(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}
QStringList listOf(const QString &s)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(s.toUtf8()).array())
        out << v.toString();
    return out;
}
QDateTime timeOf(const QString &s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

// The schema this code writes (PRAGMA user_version). 0 is a journal written before versions
// were kept: it is adopted when its table has our columns. 1 had no durations table; it is
// added on open (an older Fitting Room then refuses the journal, which it cannot know). 2 had
// no submission time and measuring precision in its durations; they gain the columns.
constexpr int kSchemaVersion = 3;
// Durations kept: enough for every model, mode and resolution many times over.
constexpr int kDurationsKept = 2000;

const char kColumns[] =
    "id, model, state, values_json, inputs_json, output_dir, prediction_id, remote_status, "
    "error_kind, error_name, error_message, credits_estimated, credits_used, outputs_json, "
    "saved_json, created_at, submitted_at, completed_at, updated_at";

} // namespace

QString jobStateName(JobState state)
{
    return QString::fromLatin1(kStateNames[int(state)]);
}

JobState jobStateFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kStateNames)); ++i) {
        if (name == QLatin1String(kStateNames[i]))
            return JobState(i);
    }
    return JobState::Failed;
}

bool isFinal(JobState state)
{
    return state == JobState::Completed || state == JobState::Failed ||
           state == JobState::Uncertain || state == JobState::Cancelled ||
           state == JobState::Expired;
}

JobJournal::JobJournal()
    : m_connection(QStringLiteral("fr-journal-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_self = currentProcessOwner();
}

JobJournal::~JobJournal()
{
    close();
}

void JobJournal::close()
{
    releaseAll();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool JobJournal::open(const QString &path, QString *error)
{
    m_path = path;
    if (path != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    // Two processes share the file: a writer waits for the other's short transaction.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    auto fail = [&](const QString &what) {
        m_lastError = what;
        if (error)
            *error = what;
        return false;
    };
    if (!db.open())
        return fail(
            QStringLiteral("Cannot open the job journal %1: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    // A journal written by another version (or another program) is never written to: every
    // write would fail or mislead, while the jobs it records may be paid for.
    auto refuse = [&](const QString &what) {
        db.close();
        return fail(what);
    };
    int version = -1;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        version = q.value(0).toInt();
    if (version == -1)
        return refuse(
            QStringLiteral("Cannot read the job journal %1: %2").arg(path, q.lastError().text()));
    if (version != 0 && version != 1 && version != 2 && version != kSchemaVersion)
        return refuse(
            QStringLiteral("The job journal %1 has schema version %2, which this version of "
                           "Fitting Room does not know; move it aside to start a new one.")
                .arg(path)
                .arg(version));
    if (version == 0 && db.tables().contains(QStringLiteral("jobs"))) {
        const QSqlRecord existing = db.record(QStringLiteral("jobs"));
        for (const QString &column : QString::fromLatin1(kColumns).split(QLatin1Char(','))) {
            if (!existing.contains(column.trimmed()))
                return refuse(
                    QStringLiteral("The job journal %1 has a jobs table that is not Fitting "
                                   "Room's (no column %2); move it aside to start a new one.")
                        .arg(path, column.trimmed()));
        }
    }
    // WAL keeps writes cheap on the UI thread while staying durable across an app crash.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS jobs ("
            " id TEXT PRIMARY KEY, model TEXT NOT NULL, state TEXT NOT NULL,"
            " values_json TEXT, inputs_json TEXT, output_dir TEXT, prediction_id TEXT, "
            "remote_status TEXT,"
            " error_kind TEXT, error_name TEXT, error_message TEXT,"
            " credits_estimated INTEGER, credits_used INTEGER, outputs_json TEXT, saved_json TEXT,"
            " created_at TEXT, submitted_at TEXT, completed_at TEXT, updated_at TEXT)")))
        return fail(
            QStringLiteral("Cannot create the job journal table: %1").arg(q.lastError().text()));
    q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state)"));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS durations ("
                               " key TEXT NOT NULL, catalog_ms REAL NOT NULL,"
                               " observed_ms REAL NOT NULL, anchored_at TEXT NOT NULL,"
                               " submitted_at TEXT, precision REAL)")))
        return refuse(QStringLiteral("Cannot create the job journal's durations table: %1")
                          .arg(q.lastError().text()));
    if (!db.record(QStringLiteral("durations")).contains(QStringLiteral("submitted_at")) &&
        (!q.exec(QStringLiteral("ALTER TABLE durations ADD COLUMN submitted_at TEXT")) ||
         !q.exec(QStringLiteral("ALTER TABLE durations ADD COLUMN precision REAL"))))
        return refuse(QStringLiteral("Cannot update the job journal's durations table: %1")
                          .arg(q.lastError().text()));
    // Added beside the jobs table (older versions of this schema simply lack it): who holds
    // each unfinished job, so two processes never send or save one twice.
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS job_claims ("
                               " job_id TEXT PRIMARY KEY, pid INTEGER, host TEXT, token TEXT,"
                               " started TEXT, heartbeat_at TEXT)")))
        return fail(
            QStringLiteral("Cannot create the job claims table: %1").arg(q.lastError().text()));
    // PRAGMA takes no bound parameters; the version is our own constant.
    if (version != kSchemaVersion &&
        !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)))
        return refuse(
            QStringLiteral("Cannot write the job journal %1: %2").arg(path, q.lastError().text()));
    return true;
}

bool JobJournal::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

bool JobJournal::save(const JobRecord &job)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO jobs (%1) VALUES "
                             "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(job.id);
    q.addBindValue(job.model);
    q.addBindValue(jobStateName(job.state));
    q.addBindValue(toText(job.values));
    q.addBindValue(toText(job.inputs));
    q.addBindValue(job.outputDir);
    q.addBindValue(job.predictionId);
    q.addBindValue(job.remoteStatus);
    q.addBindValue(job.errorKind);
    q.addBindValue(job.errorName);
    q.addBindValue(job.errorMessage);
    q.addBindValue(job.creditsEstimated);
    q.addBindValue(job.creditsUsed);
    q.addBindValue(toText(job.outputs));
    q.addBindValue(toText(job.savedFiles));
    q.addBindValue(toText(job.createdAt));
    q.addBindValue(toText(job.submittedAt));
    q.addBindValue(toText(job.completedAt));
    q.addBindValue(toText(job.updatedAt));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QList<JobRecord> JobJournal::query(const QString &tail, const QVariantList &values) const
{
    QList<JobRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM jobs %2").arg(QLatin1String(kColumns), tail));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        JobRecord j;
        int c = 0;
        j.id = q.value(c++).toString();
        j.model = q.value(c++).toString();
        j.state = jobStateFromName(q.value(c++).toString());
        j.values = objectOf(q.value(c++).toString());
        j.inputs = objectOf(q.value(c++).toString());
        j.outputDir = q.value(c++).toString();
        j.predictionId = q.value(c++).toString();
        j.remoteStatus = q.value(c++).toString();
        j.errorKind = q.value(c++).toString();
        j.errorName = q.value(c++).toString();
        j.errorMessage = q.value(c++).toString();
        j.creditsEstimated = q.value(c++).toInt();
        j.creditsUsed = q.value(c++).toInt();
        j.outputs = listOf(q.value(c++).toString());
        j.savedFiles = listOf(q.value(c++).toString());
        j.createdAt = timeOf(q.value(c++).toString());
        j.submittedAt = timeOf(q.value(c++).toString());
        j.completedAt = timeOf(q.value(c++).toString());
        j.updatedAt = timeOf(q.value(c++).toString());
        out << j;
    }
    return out;
}

std::optional<JobRecord> JobJournal::load(const QString &id) const
{
    const QList<JobRecord> rows = query(QStringLiteral("WHERE id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<JobRecord> JobJournal::all() const
{
    return query(QStringLiteral("ORDER BY created_at DESC"));
}

QList<JobRecord> JobJournal::unfinished() const
{
    QVariantList finalStates;
    QStringList marks;
    for (int i = 0; i < int(std::size(kStateNames)); ++i) {
        if (isFinal(JobState(i))) {
            finalStates << jobStateName(JobState(i));
            marks << QStringLiteral("?");
        }
    }
    return query(QStringLiteral("WHERE state NOT IN (%1) ORDER BY created_at ASC")
                     .arg(marks.join(QLatin1Char(','))),
                 finalStates);
}

bool JobJournal::remove(const QString &id)
{
    release(id);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    return q.exec();
}

bool JobJournal::addDuration(const DurationObservation &o)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO durations (key, catalog_ms, observed_ms, anchored_at, submitted_at, precision)"
        " VALUES (?,?,?,?,?,?)"));
    q.addBindValue(o.key);
    q.addBindValue(o.catalogMs);
    q.addBindValue(o.observedMs);
    q.addBindValue(toText(o.anchoredAt));
    q.addBindValue(o.submittedAt.isValid() ? QVariant(toText(o.submittedAt))
                                           : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(o.precision >= 0 ? QVariant(o.precision)
                                    : QVariant(QMetaType::fromType<double>()));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    // Old observations say little about today's load; keep the table small.
    q.prepare(QStringLiteral("DELETE FROM durations WHERE rowid <= "
                             "(SELECT MAX(rowid) FROM durations) - ?"));
    q.addBindValue(kDurationsKept);
    q.exec();
    return true;
}

QList<DurationObservation> JobJournal::recentDurations(int limit) const
{
    QList<DurationObservation> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT key, catalog_ms, observed_ms, anchored_at, submitted_at, "
                             "precision FROM durations ORDER BY rowid DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.prepend({q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble(),
                     timeOf(q.value(3).toString()), timeOf(q.value(4).toString()),
                     q.value(5).isNull() ? -1.0 : q.value(5).toDouble()});
    return out;
}

int JobJournal::creditsSpentOn(const QDate &day) const
{
    int spent = 0;
    for (const JobRecord &job : all()) {
        const bool sent = !job.predictionId.isEmpty() || job.creditsUsed >= 0;
        const QDateTime when = job.submittedAt.isValid() ? job.submittedAt : job.createdAt;
        if (sent && when.toLocalTime().date() == day)
            spent += qMax(0, job.creditsEstimated);
    }
    return spent;
}

} // namespace fr
