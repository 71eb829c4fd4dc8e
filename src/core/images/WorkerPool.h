#pragma once

class QThreadPool;

namespace fr {

// The pool for the studio's and the runner's heavy work (decoding, encoding, thumbnails,
// request bodies, saving). Not QThreadPool::globalInstance(): in Qt 6.4 the raster paint engine
// and QImage scaling split big fills across the global pool and wait for it, so a long decode
// there makes the UI thread wait seconds inside a paint event.
QThreadPool *workerPool();

} // namespace fr
