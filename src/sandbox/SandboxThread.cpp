#include "SandboxThread.h"

#include "SandboxServer.h"

#include <QMetaObject>
#include <QThread>

namespace fr {

SandboxThread::SandboxThread() = default;

SandboxThread::~SandboxThread()
{
    if (!m_thread)
        return;
    if (m_server) {
        SandboxServer *server = m_server;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool SandboxThread::start(const SandboxOptions &options, quint16 port, QString *error)
{
    if (m_thread)
        return m_server != nullptr;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FASHN sandbox"));
    m_thread->start();
    // A plain QObject on the new thread to run the construction there: the server's sockets and
    // timers then belong to that thread.
    QObject anchor;
    anchor.moveToThread(m_thread);
    bool listening = false;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            m_server = new SandboxServer(options);
            listening = m_server->listen(port);
            if (listening) {
                m_baseUrl = m_server->baseUrl();
            } else {
                delete m_server;
                m_server = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    // The anchor must die on a thread it belongs to; hand it back before it goes out of scope.
    QMetaObject::invokeMethod(
        &anchor, [&anchor, main = QThread::currentThread()] { anchor.moveToThread(main); },
        Qt::BlockingQueuedConnection);
    if (!listening && error)
        *error = QStringLiteral("the sandbox could not listen on 127.0.0.1:%1").arg(port);
    return listening;
}

} // namespace fr
