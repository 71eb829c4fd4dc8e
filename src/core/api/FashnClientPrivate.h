#pragma once

// What FashnClient.cpp and FashnClientReplies.cpp share: a request in flight, what came back,
// and the client's fixed limits. Not part of the client's interface.
#include "FashnClient.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

#include <functional>

namespace fr {

// CDN downloads are not rate-limited by FASHN; a few at once keep the link busy without
// flooding it.
inline constexpr int kMaxConcurrentFetches = 4;
// The server measures its window at arrival; sends spaced exactly one window apart could land
// inside one window after network jitter, so the client's window is longer by the slowest
// recent round trip (a request arrives within its round trip of being sent, so two arrivals
// are never closer than their sends minus that), at least the minimum, at most the maximum
// (also the margin before anything was measured).
inline constexpr int kWindowMarginMs = 250;
inline constexpr int kMinWindowMarginMs = 25;
inline constexpr int kRoundTripsKept = 16; // API replies the slowest round trip is taken from
// Hops an output download may take (CDNs redirect once or twice to a signed address).
inline constexpr int kMaxRedirects = 5;

inline int indexOf(Endpoint endpoint)
{
    return int(endpoint);
}

inline double randomJitter()
{
    return QRandomGenerator::global()->generateDouble();
}

// What came back for one request, before it is typed per endpoint.
struct FashnClient::Outcome
{
    ApiError error;
    QByteArray body;
    RawHeaders headers;
};

struct FashnClient::Pending
{
    Endpoint endpoint = Endpoint::Status;
    bool post = false;
    QUrl url;
    QByteArray body;
    bool sendKey = true;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(const Outcome &)> deliver;
    int attempt = 0;
    int hops = 0; // redirects followed so far
    QNetworkReply *reply = nullptr;
    qint64 sentAtMs = 0;     // on the client's clock, for the round trip
    bool uploadSeen = false; // any uploadProgress at all
    bool bodySent = false;   // uploadProgress reached the total
    bool tooLarge = false;   // cut off beyond the cap of its kind
    QByteArray received;     // the reply's body so far, taken in small pieces
};

// Qt's HTTP thread hands a reply's data to the UI thread in pieces at most this large, and we
// take each piece as it comes: a 4k output then arrives as many short events instead of a few
// that copy tens of megabytes at once.
inline constexpr qint64 kReadPiece = 256 * 1024;
// A claimed length is believed only this far (a hostile header must not reserve gigabytes).
inline constexpr qint64 kReserveAtMost = 128LL * 1024 * 1024;

} // namespace fr
