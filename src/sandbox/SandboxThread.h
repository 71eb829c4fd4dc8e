#pragma once

#include "SandboxOptions.h"

#include <QString>
#include <QUrl>

class QThread;

namespace fr {

class SandboxServer;

// A sandbox on a thread of its own, for the studio's demo mode: rendering a 4k output takes the
// sandbox hundreds of milliseconds, which must never freeze the window that asked for it.
class SandboxThread
{
public:
    SandboxThread();
    ~SandboxThread(); // stops the server on its thread, then the thread
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    // Starts the thread and a server listening on 127.0.0.1:port. False, with *error, on failure.
    bool start(const SandboxOptions &options, quint16 port = 0, QString *error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }

private:
    QThread *m_thread = nullptr;
    SandboxServer *m_server = nullptr; // lives on m_thread
    QUrl m_baseUrl;
};

} // namespace fr
