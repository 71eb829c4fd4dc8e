// fittingroom-cli jobs and spend: what the journal remembers, without talking to FASHN.
#include "CliApp.h"

#include "core/jobs/JobJournal.h"
#include "core/session/Session.h"
#include "core/settings/Settings.h"
#include "core/text/Wording.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>

namespace fr {

namespace {

QString creditsText(const JobRecord &job)
{
    if (job.creditsUsed >= 0)
        return QString::number(job.creditsUsed);
    return job.creditsEstimated >= 0 ? QStringLiteral("~%1").arg(job.creditsEstimated)
                                     : QStringLiteral("-");
}

// A job costs when FASHN accepted it; one never sent cost nothing.
bool wasSent(const JobRecord &job)
{
    return !job.predictionId.isEmpty() || job.creditsUsed >= 0;
}

} // namespace

bool CliApp::openJournal(JobJournal *journal, bool *empty, QString *error)
{
    const QString path = Settings::defaultJournalPath();
    *empty = !QFileInfo::exists(path);
    return *empty || journal->open(path, error);
}

bool CliApp::withinDailyCap(int credits)
{
    const Session::DailyCap check = m_session->checkDailyCap(credits);
    if (check.allowed)
        return true;
    fail(tr("Nothing was sent: %n credit(s) spent today and %1 more would go over the daily cap "
            "of %2 (setting spend/dailyCreditCap).",
            nullptr, check.spent)
             .arg(credits)
             .arg(check.cap));
    return false;
}

void CliApp::reportUnfinished()
{
    const int unfinished = int(m_session->journal()->unfinished().size());
    if (unfinished == 0)
        return;
    QString hint = tr("%n unfinished job(s) from an earlier run are in the journal "
                      "(fittingroom-cli jobs --state unfinished lists them).",
                      nullptr, unfinished);
    if (commandNames().contains(QLatin1String("resume")))
        hint += QLatin1Char(' ') + tr("fittingroom-cli resume finishes them.");
    m_err << hint << Qt::endl;
}

int CliApp::commandJobs(const QStringList &args)
{
    if (!args.isEmpty()) {
        fail(tr("jobs takes no arguments: fittingroom-cli jobs [--state STATE] [--json]"));
        return ExitUsage;
    }
    const bool unfinishedOnly = m_stateFilter == QLatin1String("unfinished");
    if (!m_stateFilter.isEmpty() && !unfinishedOnly &&
        jobStateName(jobStateFromName(m_stateFilter)) != m_stateFilter) {
        QStringList states;
        for (int s = int(JobState::Preparing); s <= int(JobState::Suspended); ++s)
            states << jobStateName(JobState(s));
        states << QStringLiteral("unfinished");
        fail(tr("Unknown state \"%1\". States: %2.")
                 .arg(m_stateFilter, states.join(QLatin1String(", "))));
        return ExitUsage;
    }
    JobJournal journal;
    bool empty = false;
    QString error;
    if (!openJournal(&journal, &empty, &error)) {
        fail(error);
        return ExitUsage;
    }
    QJsonArray list;
    int shown = 0;
    for (const JobRecord &job : empty ? QList<JobRecord>() : journal.all()) {
        if (unfinishedOnly ? isFinal(job.state)
                           : !m_stateFilter.isEmpty() && jobStateName(job.state) != m_stateFilter)
            continue;
        ++shown;
        if (m_json) {
            QJsonObject o{{QStringLiteral("id"), job.id},
                          {QStringLiteral("model"), job.model},
                          {QStringLiteral("state"), jobStateName(job.state)},
                          {QStringLiteral("created"), job.createdAt.toString(Qt::ISODate)},
                          {QStringLiteral("prediction_id"), job.predictionId},
                          {QStringLiteral("credits_estimated"), job.creditsEstimated},
                          {QStringLiteral("files"), QJsonArray::fromStringList(job.savedFiles)}};
            if (job.creditsUsed >= 0)
                o.insert(QStringLiteral("credits_used"), job.creditsUsed);
            if (!job.errorKind.isEmpty())
                o.insert(QStringLiteral("error_kind"), job.errorKind);
            if (const QString message = text::jobError(job); !message.isEmpty())
                o.insert(QStringLiteral("message"), message);
            list.append(o);
            continue;
        }
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(job.id, job.model.leftJustified(16),
                          jobStateName(job.state).leftJustified(11),
                          job.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          creditsText(job).rightJustified(4),
                          job.predictionId.isEmpty() ? QStringLiteral("-") : job.predictionId)
              << Qt::endl;
        for (const QString &file : job.savedFiles)
            m_out << "    " << QDir::toNativeSeparators(file) << Qt::endl;
        if (const QString message = text::jobError(job); !message.isEmpty())
            m_out << "    " << message << Qt::endl;
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("jobs"), list}});
    else if (shown == 0)
        m_err << tr("No jobs in the journal.") << Qt::endl;
    return ExitOk;
}

int CliApp::commandSpend(const QStringList &args)
{
    if (!args.isEmpty()) {
        fail(tr("spend takes no arguments: fittingroom-cli spend [--since YYYY-MM-DD] [--json]"));
        return ExitUsage;
    }
    QDate since;
    if (!m_since.isEmpty()) {
        since = QDate::fromString(m_since, Qt::ISODate);
        if (!since.isValid()) {
            fail(tr("--since needs a date as YYYY-MM-DD, not \"%1\".").arg(m_since));
            return ExitUsage;
        }
    }
    JobJournal journal;
    bool empty = false;
    QString error;
    if (!openJournal(&journal, &empty, &error)) {
        fail(error);
        return ExitUsage;
    }
    struct Sum
    {
        int jobs = 0;
        int estimated = 0;
        int charged = 0;
        int unreported = 0; // accepted jobs whose charge FASHN did not report
        void add(const JobRecord &job)
        {
            ++jobs;
            estimated += qMax(0, job.creditsEstimated);
            if (job.creditsUsed >= 0)
                charged += job.creditsUsed;
            else
                ++unreported;
        }
        QJsonObject toJson() const
        {
            return {{QStringLiteral("jobs"), jobs},
                    {QStringLiteral("estimated"), estimated},
                    {QStringLiteral("charged"), charged},
                    {QStringLiteral("unreported"), unreported}};
        }
    };
    QMap<QDate, Sum> byDay;
    QMap<QString, Sum> byModel;
    Sum total;
    for (const JobRecord &job : empty ? QList<JobRecord>() : journal.all()) {
        if (!wasSent(job))
            continue;
        const QDateTime when = job.submittedAt.isValid() ? job.submittedAt : job.createdAt;
        const QDate day = when.toLocalTime().date();
        if (since.isValid() && day < since)
            continue;
        byDay[day].add(job);
        byModel[job.model].add(job);
        total.add(job);
    }
    if (m_json) {
        QJsonArray days;
        for (auto it = byDay.begin(); it != byDay.end(); ++it) {
            QJsonObject o = it.value().toJson();
            o.insert(QStringLiteral("date"), it.key().toString(Qt::ISODate));
            days.append(o);
        }
        QJsonArray models;
        for (auto it = byModel.begin(); it != byModel.end(); ++it) {
            QJsonObject o = it.value().toJson();
            o.insert(QStringLiteral("model"), it.key());
            models.append(o);
        }
        QJsonObject o{{QStringLiteral("days"), days},
                      {QStringLiteral("models"), models},
                      {QStringLiteral("total"), total.toJson()}};
        if (since.isValid())
            o.insert(QStringLiteral("since"), since.toString(Qt::ISODate));
        printJson(o);
        return ExitOk;
    }
    auto row = [&](const QString &name, const Sum &s) {
        m_out << "  " << name.leftJustified(18) << ' '
              << tr("%n job(s)", nullptr, s.jobs).leftJustified(10) << ' '
              << tr("%1 estimated, %2 charged").arg(s.estimated).arg(s.charged);
        if (s.unreported > 0)
            m_out << ' ' << tr("(%n job(s) without a reported charge)", nullptr, s.unreported);
        m_out << Qt::endl;
    };
    m_out << (since.isValid() ? tr("Credits per day since %1:").arg(since.toString(Qt::ISODate))
                              : tr("Credits per day:"))
          << Qt::endl;
    for (auto it = byDay.begin(); it != byDay.end(); ++it)
        row(it.key().toString(Qt::ISODate), it.value());
    m_out << tr("Credits per model:") << Qt::endl;
    for (auto it = byModel.begin(); it != byModel.end(); ++it)
        row(it.key(), it.value());
    m_out << tr("Total:") << Qt::endl;
    row(tr("all"), total);
    return ExitOk;
}

} // namespace fr
