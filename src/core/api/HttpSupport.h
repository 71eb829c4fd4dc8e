#pragma once

// Small HTTP pieces of FashnClient: what a reply or a host is, and the send-once /run body.
#include "ApiTypes.h"

#include <QByteArray>
#include <QIODevice>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <cstring>

namespace fr::http {

bool isLoopbackHost(const QString &host);
// Same scheme, host and port (the default port of the scheme when none is given).
bool sameOrigin(const QUrl &a, const QUrl &b);
// A URL as shown in messages: never a password, nor a signed query.
QString displayUrl(const QUrl &url);
// Errors raised before a single byte of the request could have left the machine.
bool failedBeforeSending(QNetworkReply::NetworkError error);
// The value of a header (name in lower case) among a reply's raw headers; empty when absent.
QByteArray headerValue(const RawHeaders &headers, const QByteArray &lowerName);
// Whether bytes start like an image or video FASHN can return (PNG, JPEG, GIF, WebP, MP4, WebM).
bool looksLikeMedia(const QByteArray &data);

// The /run body, readable once. Qt's HTTP/1.1 code silently resends a request whose connection
// closed before the reply (QHttpNetworkConnectionChannel's reconnect attempts), POST included;
// for /run that could create and charge a second prediction. A body device that refuses to
// rewind once read makes such a resend fail (ContentReSendError) before anything is written.
class SendOnceBody : public QIODevice
{
public:
    SendOnceBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }
    bool reset() override { return m_pos == 0; } // rewinding before the first read is harmless

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace fr::http
