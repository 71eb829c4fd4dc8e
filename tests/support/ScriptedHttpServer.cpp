#include "ScriptedHttpServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace fr::test {

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

ScriptedReply ScriptedReply::json(int status, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ScriptedReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers = headers;
    return reply;
}

ScriptedReply ScriptedReply::drop(int delayMs)
{
    ScriptedReply reply;
    reply.mode = Mode::Drop;
    reply.delayMs = delayMs;
    return reply;
}

ScriptedReply ScriptedReply::stream(qint64 limit, const QByteArray &contentType)
{
    ScriptedReply reply;
    reply.mode = Mode::Stream;
    reply.streamLimit = limit;
    reply.contentType = contentType;
    return reply;
}

ScriptedReply ScriptedReply::redirect(int status, const QUrl &location)
{
    ScriptedReply reply = json(status, "{}", {{"Location", location.toEncoded()}});
    return reply;
}

ScriptedReply ScriptedReply::truncated(int status, const QByteArray &body)
{
    ScriptedReply reply = json(status, body);
    reply.mode = Mode::Truncate;
    return reply;
}

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent) : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void ScriptedHttpServer::close()
{
    m_server.close();
}

QUrl ScriptedHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("fr_buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        ReceivedRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        const qsizetype total = headerEnd + 4 + contentLength;
        if (buffer.size() < total)
            break;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, total);
        request.receivedAtMs = m_clock.elapsed();

        const int index = int(m_requests.size());
        m_requests.append(request);
        ScriptedReply reply;
        if (!m_script.isEmpty())
            reply = m_script.takeFirst();
        else if (m_handler)
            reply = m_handler(request);
        else
            reply = m_default;
        m_maxConcurrent = qMax(m_maxConcurrent, ++m_concurrent);
        emit requestReceived(index);

        if (reply.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(reply.delayMs, this, [this, guard, index, reply] {
                if (guard)
                    answer(guard, index, reply);
                else
                    --m_concurrent;
            });
        } else {
            answer(socket, index, reply);
        }
    }
    socket->setProperty("fr_buffer", buffer);
}

void ScriptedHttpServer::answer(QTcpSocket *socket, int index, const ScriptedReply &reply)
{
    --m_concurrent;
    m_requests[index].answeredAtMs = m_clock.elapsed();
    if (reply.mode == ScriptedReply::Mode::Drop) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    if (reply.mode == ScriptedReply::Mode::Stream)
        out += "Connection: close\r\n";
    else
        out +=
            "Content-Length: " +
            QByteArray::number(reply.claimedLength >= 0 ? reply.claimedLength : reply.body.size()) +
            "\r\n";
    for (const auto &h : reply.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    if (reply.mode == ScriptedReply::Mode::Truncate) {
        out += reply.body.left(reply.body.size() / 2);
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (reply.mode == ScriptedReply::Mode::Stream) {
        socket->write(out);
        const QByteArray chunk = reply.body.isEmpty() ? QByteArray(64 * 1024, '\0') : reply.body;
        const qint64 limit = reply.streamLimit;
        auto sent = std::make_shared<qint64>(0);
        QPointer<QTcpSocket> guard(socket);
        auto feed = [this, guard, chunk, limit, sent] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            while (guard->bytesToWrite() < 256 * 1024 && *sent < limit) {
                guard->write(chunk);
                *sent += chunk.size();
                m_streamed += chunk.size();
            }
            if (*sent >= limit)
                guard->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, this, feed);
        feed();
        return;
    }
    out += reply.body;
    socket->write(out);
}

} // namespace fr::test
