// Per-job owner claims in the journal: the lock that keeps two processes on one journal from
// sending or saving the same job twice.
#include "JobJournal.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace fr {

namespace {

// Field 22 of /proc/PID/stat, the start time in clock ticks since boot: with the pid it names
// one process for good, so a pid the kernel gave to a newer process is not mistaken for ours.
QString processStart(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = f.readAll();
    // The command name (field 2) may hold spaces and parentheses; fields after its last ')'.
    const int close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

QString toText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

JobOwner currentProcessOwner()
{
    JobOwner o;
    o.pid = QCoreApplication::applicationPid();
    o.host = QSysInfo::machineHostName();
    o.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.started = processStart(o.pid);
    return o;
}

bool JobJournal::alive(const JobOwner &o) const
{
    if (o.host != m_self.host) {
        // Another computer's process cannot be asked: only its heartbeat says it lives.
        return o.heartbeatAt.isValid() &&
               o.heartbeatAt.msecsTo(QDateTime::currentDateTimeUtc()) < kStaleAfterMs;
    }
    if (o.pid == m_self.pid)
        return o.started == m_self.started; // another journal of this very process
#ifdef Q_OS_UNIX
    if (o.pid <= 0 || (::kill(pid_t(o.pid), 0) != 0 && errno == ESRCH))
        return false;
    const QString started = processStart(o.pid);
    return o.started.isEmpty() || started.isEmpty() || started == o.started;
#else
    return o.heartbeatAt.isValid() &&
           o.heartbeatAt.msecsTo(QDateTime::currentDateTimeUtc()) < kStaleAfterMs;
#endif
}

std::optional<JobOwner> JobJournal::owner(const QString &jobId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT pid, host, token, started, heartbeat_at FROM job_claims WHERE job_id = ?"));
    q.addBindValue(jobId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    JobOwner o;
    o.pid = q.value(0).toLongLong();
    o.host = q.value(1).toString();
    o.token = q.value(2).toString();
    o.started = q.value(3).toString();
    o.heartbeatAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    return o;
}

bool JobJournal::claim(const QString &jobId, JobOwner *holder)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // IMMEDIATE takes the write lock before reading: two processes cannot both read "free" and
    // both write themselves in (a deferred BEGIN would let them).
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = q.lastError().text();
        return false;
    }
    const std::optional<JobOwner> current = owner(jobId);
    if (current && current->token != m_self.token && alive(*current)) {
        q.exec(QStringLiteral("ROLLBACK"));
        if (holder)
            *holder = *current;
        return false;
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO job_claims "
                             "(job_id, pid, host, token, started, heartbeat_at) "
                             "VALUES (?,?,?,?,?,?)"));
    q.addBindValue(jobId);
    q.addBindValue(m_self.pid);
    q.addBindValue(m_self.host);
    q.addBindValue(m_self.token);
    q.addBindValue(m_self.started);
    q.addBindValue(toText(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_lastError = q.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool JobJournal::holds(const QString &jobId) const
{
    const std::optional<JobOwner> o = owner(jobId);
    return o && o->token == m_self.token;
}

void JobJournal::release(const QString &jobId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM job_claims WHERE job_id = ? AND token = ?"));
    q.addBindValue(jobId);
    q.addBindValue(m_self.token);
    q.exec();
}

void JobJournal::releaseAll()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM job_claims WHERE token = ?"));
    q.addBindValue(m_self.token);
    q.exec();
}

void JobJournal::heartbeat()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE job_claims SET heartbeat_at = ? WHERE token = ?"));
    q.addBindValue(toText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(m_self.token);
    q.exec();
}

} // namespace fr
