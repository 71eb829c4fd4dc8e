#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QUrlQuery>
#include <functional>

class QTcpSocket;

namespace fr {

// A request copied out of QHttpServerRequest, so handlers can keep it past the callback.
struct SandboxHttpRequest
{
    QByteArray method; // GET, POST, DELETE, ...
    QString path;
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct SandboxHttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxHttpResponse json(int status, const QJsonObject &object);
    static SandboxHttpResponse error(int status, const QString &name, const QString &message);
    // The full HTTP/1.1 message. contentLength < 0: the real body size.
    QByteArray serialize(qint64 contentLength = -1) const;
};

// The raw HTTP side of the sandbox: hands every request and its socket to one handler, which
// writes the reply itself (this is what makes dropped, truncated and delayed replies possible).
class SandboxHttpServer : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const SandboxHttpRequest &, QTcpSocket *)>;

    explicit SandboxHttpServer(Handler handler, QObject *parent = nullptr);

    static void write(QTcpSocket *socket, const SandboxHttpResponse &response);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace fr
