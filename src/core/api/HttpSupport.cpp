#include "HttpSupport.h"

#include "FashnClient.h"

#include <QHostAddress>
#include <QUrl>

namespace fr {

namespace http {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

QByteArray headerValue(const RawHeaders &headers, const QByteArray &lowerName)
{
    for (const auto &header : headers) {
        if (header.first.toLower() == lowerName)
            return header.second.trimmed();
    }
    return {};
}

bool looksLikeMedia(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n") || data.startsWith("\xff\xd8\xff") ||
        data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return true;
    if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return true;
    if (data.size() >= 12 && data.mid(4, 4) == "ftyp") // mp4/mov (image-to-video), avif, heic
        return true;
    return data.startsWith("\x1a\x45\xdf\xa3"); // webm
}

} // namespace http

namespace http {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    auto defaultPort = [](const QUrl &url) {
        return url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ? 80 : 443;
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QString displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace http

QString checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("the address \"%1\" is not a valid URL")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (http::isLoopbackHost(url.host()))
            return {};
        return QStringLiteral("plain http is only allowed for this computer (localhost), not "
                              "for %1")
            .arg(url.host());
    }
    return QStringLiteral("the scheme \"%1\" is not supported; use https").arg(url.scheme());
}

} // namespace fr
