#pragma once

#include <QtConcurrent>

#include <functional>
#include <utility>

class QThreadPool;

namespace fr {

// The pool for the studio's and the runner's heavy work (decoding, encoding, thumbnails,
// request bodies, saving). Not QThreadPool::globalInstance(): in Qt 6.4 the raster paint engine
// and QImage scaling split big fills across the global pool and wait for it, so a long decode
// there makes the UI thread wait seconds inside a paint event.
QThreadPool *workerPool();

// Lowers the calling thread a little below normal priority (a nice value on Linux, where Qt's
// thread priorities do nothing): a result a frame later goes unnoticed, a UI thread waiting
// for a core is a visible hitch. Once per thread.
void yieldToTheUi();

// Gives Qt's global pool room for the paint engine's short parallel fills, so a paint never
// queues behind image scaling that other threads split into the same pool. Call once at start.
void configureGlobalPool();

// QtConcurrent::run on the worker pool, at the lowered priority.
template <typename Function, typename... Args>
auto runInBackground(Function &&function, Args &&...args)
{
    return QtConcurrent::run(workerPool(), [function = std::forward<Function>(function),
                                            ... args = std::forward<Args>(args)]() mutable {
        yieldToTheUi();
        return std::invoke(function, args...);
    });
}

} // namespace fr
