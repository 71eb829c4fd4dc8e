#include "SandboxHttpServer.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpSocket>

namespace fr {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

SandboxHttpResponse SandboxHttpResponse::json(int status, const QJsonObject &object)
{
    SandboxHttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

SandboxHttpResponse SandboxHttpResponse::error(int status, const QString &name,
                                               const QString &message)
{
    return json(status,
                QJsonObject{{QStringLiteral("error"), name}, {QStringLiteral("message"), message}});
}

QByteArray SandboxHttpResponse::serialize(qint64 contentLength) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out +=
        "Content-Length: " + QByteArray::number(contentLength < 0 ? body.size() : contentLength) +
        "\r\n";
    out += "Connection: keep-alive\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

void SandboxHttpServer::write(QTcpSocket *socket, const SandboxHttpResponse &response)
{
    if (socket && socket->state() == QAbstractSocket::ConnectedState)
        socket->write(response.serialize());
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxHttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    for (const auto &[name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();
    m_handler(r, socket);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    write(socket, SandboxHttpResponse::error(404, QStringLiteral("NotFound"),
                                             QStringLiteral("No such path.")));
}

} // namespace fr
