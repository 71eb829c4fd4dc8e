#include "WorkerPool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace fr {

namespace {
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

} // namespace fr
