#include "JobsModel.h"

#include "core/api/Clock.h"
#include "core/catalog/ModelCatalog.h"
#include "core/catalog/Pricing.h"
#include "core/catalog/Validation.h"
#include "core/jobs/JobJournal.h"
#include "core/jobs/JobRunner.h"
#include "core/text/Wording.h"

#include <QFileInfo>

namespace fr {

namespace {
bool isActive(const JobRecord &job)
{
    return !isFinal(job.state);
}
} // namespace

JobsModel::JobsModel(JobRunner *runner, JobJournal *journal, const ModelCatalog *catalog,
                     double timeScale, QObject *parent, Clock *clock)
    : QAbstractListModel(parent), m_runner(runner), m_journal(journal), m_catalog(catalog),
      m_timeScale(timeScale), m_clock(clock ? clock : Clock::system())
{
    connect(m_runner, &JobRunner::jobChanged, this, &JobsModel::upsert);
    connect(m_runner, &JobRunner::jobFinished, this, &JobsModel::upsert);
    connect(m_runner, &JobRunner::outOfCredits, this, [this] { setPausedForCredits(true); });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &JobsModel::tick);
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

QHash<int, QByteArray> JobsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(JobIdRole, "jobId");
    names.insert(StateRole, "state");
    names.insert(StatusTextRole, "statusText");
    names.insert(ModelTitleRole, "modelTitle");
    names.insert(ElapsedSecondsRole, "elapsedSeconds");
    names.insert(ExpectedSecondsRole, "expectedSeconds");
    names.insert(CreditsTextRole, "creditsText");
    names.insert(ProblemRole, "problem");
    names.insert(AdviceRole, "advice");
    return names;
}

QString JobsModel::statusText(const JobRecord &job, bool pausedForCredits)
{
    if (job.state == JobState::Queued && pausedForCredits)
        return tr("Paused for credits");
    return text::jobStatus(job);
}

double JobsModel::expectedSeconds(const JobRecord &job) const
{
    const ModelSpec *spec = m_catalog->model(job.model);
    return spec ? expectedDurationSeconds(*spec, job.values) * m_timeScale : 0.0;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ModelTitleRole: {
        const ModelSpec *spec = m_catalog->model(job.model);
        return spec ? spec->displayTitle() : job.model;
    }
    case Qt::ToolTipRole: {
        QStringList lines{statusText(job, m_pausedForCredits)};
        if (!job.predictionId.isEmpty())
            lines << tr("Prediction %1").arg(job.predictionId);
        if (const QString problem = text::jobError(job); !problem.isEmpty())
            lines << problem;
        return lines.join(QLatin1Char('\n'));
    }
    case JobIdRole:
        return job.id;
    case RecordRole:
        return QVariant::fromValue(job);
    case StateRole:
        return int(job.state);
    case StatusTextRole:
        return statusText(job, m_pausedForCredits);
    case InputPathsRole: {
        QStringList paths;
        const ModelSpec *spec = m_catalog->model(job.model);
        if (!spec)
            return paths;
        for (const QString &param : spec->imageInputs()) {
            const QString v = job.values.value(param).toString();
            if (classifyImageValue(v) == ImageValueForm::LocalFile)
                paths << v;
        }
        return paths;
    }
    case ElapsedSecondsRole: {
        const QDateTime from = job.submittedAt.isValid() ? job.submittedAt : job.createdAt;
        const QDateTime to = isActive(job) ? m_clock->now() : job.completedAt;
        if (!from.isValid() || !to.isValid())
            return 0.0;
        return qMax<qint64>(0, from.msecsTo(to)) / 1000.0;
    }
    case ExpectedSecondsRole:
        return expectedSeconds(job);
    case CreditsTextRole:
        if (job.creditsUsed > 0)
            return tr("%n credit(s)", nullptr, job.creditsUsed);
        if (job.creditsUsed == 0)
            return tr("no charge");
        if (job.state == JobState::Failed || job.state == JobState::Cancelled) {
            if (job.predictionId.isEmpty() || job.state == JobState::Failed)
                return tr("no charge");
        }
        if (job.creditsEstimated >= 0)
            return tr("est. %n credit(s)", nullptr, job.creditsEstimated);
        return {};
    case ProblemRole:
        return text::jobError(job);
    case AdviceRole:
        return text::jobAdvice(job);
    case SavedFilesRole:
        return job.savedFiles;
    case IsActiveRole:
        return isActive(job);
    default:
        return {};
    }
}

int JobsModel::rowOf(const QString &jobId) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id == jobId)
            return i;
    }
    return -1;
}

void JobsModel::upsert(const JobRecord &job)
{
    const int row = rowOf(job.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_jobs.prepend(job);
        endInsertRows();
    } else {
        m_jobs[row] = job;
        emit dataChanged(index(row), index(row));
    }
    if (isActive(job) && !m_tick.isActive())
        m_tick.start();
}

void JobsModel::reload(int limit)
{
    beginResetModel();
    // The journal is the list: a job it does not hold was never sent (the runner refuses to
    // send what it cannot record), so nothing of this session is lost by replacing the rows.
    m_jobs = m_journal->all();
    if (m_jobs.size() > limit) {
        // Keep every unfinished job, however old: it may still complete.
        QList<JobRecord> kept;
        for (int i = 0; i < m_jobs.size(); ++i) {
            if (i < limit || isActive(m_jobs.at(i)))
                kept << m_jobs.at(i);
        }
        m_jobs = kept;
    }
    endResetModel();
    tick();
}

void JobsModel::tick()
{
    bool any = false;
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (isActive(m_jobs.at(i))) {
            any = true;
            emit dataChanged(index(i), index(i), {ElapsedSecondsRole});
        }
    }
    if (any && !m_tick.isActive())
        m_tick.start();
    else if (!any)
        m_tick.stop();
}

void JobsModel::setPausedForCredits(bool paused)
{
    if (m_pausedForCredits == paused)
        return;
    m_pausedForCredits = paused;
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0), index(int(m_jobs.size()) - 1),
                         {StatusTextRole, Qt::ToolTipRole});
}

void JobsModel::clearFinished()
{
    for (int i = int(m_jobs.size()) - 1; i >= 0; --i) {
        if (!isActive(m_jobs.at(i))) {
            beginRemoveRows({}, i, i);
            m_jobs.removeAt(i);
            endRemoveRows();
        }
    }
}

} // namespace fr
