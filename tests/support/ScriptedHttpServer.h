#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

namespace fr::test {

// One scripted answer of ScriptedHttpServer.
struct ScriptedReply
{
    enum class Mode {
        Normal,   // status line, headers and the whole body
        Drop,     // read the whole request, then close the connection without answering
        Truncate, // announce the whole body's length, send half of it, then close
        Stream,   // no length: repeat the body (or zeros) until streamLimit bytes, then close
    };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";
    int delayMs = 0; // before answering (or dropping)
    Mode mode = Mode::Normal;
    qint64 claimedLength = -1;       // a Content-Length that lies (Normal mode)
    qint64 streamLimit = 64LL << 20; // Stream mode: bytes sent at most (a failing test ends)

    static ScriptedReply json(int status, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static ScriptedReply drop(int delayMs = 0);
    static ScriptedReply truncated(int status, const QByteArray &body);
    static ScriptedReply stream(qint64 limit, const QByteArray &contentType);
    static ScriptedReply redirect(int status, const QUrl &location);
    ScriptedReply &withDelay(int ms)
    {
        delayMs = ms;
        return *this;
    }
};

struct ReceivedRequest
{
    QByteArray method;
    QByteArray path; // with the query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 receivedAtMs = 0; // when the whole request had arrived, server clock
    qint64 answeredAtMs = -1;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// A small HTTP/1.1 server on 127.0.0.1 that answers requests from a script, in arrival order:
// the queued replies first, then the handler (if set), then the default reply. Keep-alive
// connections are supported; a Drop or Truncate reply closes its connection.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<ScriptedReply(const ReceivedRequest &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen(quint16 port = 0);
    void close();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QString()) const;

    void enqueue(const ScriptedReply &reply) { m_script.append(reply); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setDefaultReply(const ScriptedReply &reply) { m_default = reply; }

    const QList<ReceivedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int maxConcurrent() const { return m_maxConcurrent; } // requests received but not answered
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    qint64 streamedBytes() const { return m_streamed; } // body bytes written in Stream mode

signals:
    void requestReceived(int index);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int index, const ScriptedReply &reply);

    QTcpServer m_server;
    QList<ScriptedReply> m_script;
    Handler m_handler;
    ScriptedReply m_default =
        ScriptedReply::json(500, "{\"error\":\"InternalServerError\",\"message\":\"unscripted\"}");
    QList<ReceivedRequest> m_requests;
    QElapsedTimer m_clock;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
    qint64 m_streamed = 0;
};

} // namespace fr::test
