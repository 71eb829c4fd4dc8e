#include "WorkerPool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace fr {

namespace {
constexpr int kWorkerNice = 5;

QThreadPool *makePool()
{
    auto *pool = new QThreadPool;
    pool->setObjectName(QStringLiteral("fr-workers"));
    pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    return pool;
}
} // namespace

QThreadPool *workerPool()
{
    // Never destroyed: a static destructor after QCoreApplication would wait on running work.
    static QThreadPool *pool = makePool();
    return pool;
}

void yieldToTheUi()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        // Per thread on Linux: only this worker is affected.
        setpriority(PRIO_PROCESS, id_t(gettid()), kWorkerNice);
    }
#endif
}

void configureGlobalPool()
{
    QThreadPool *global = QThreadPool::globalInstance();
    global->setMaxThreadCount(std::max(global->maxThreadCount(), 4 * QThread::idealThreadCount()));
}

} // namespace fr
