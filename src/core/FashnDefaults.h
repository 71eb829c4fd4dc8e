#pragma once

#include "core/api/RateBudget.h"

#include <QString>

// FASHN's published defaults, in one place: the client, the runner, the settings, the sandbox
// and the CLI read them from here (fashn-api.md: limits, retention, base URL).
namespace fr::defaults {

inline QString baseUrl()
{
    return QStringLiteral("https://api.fashn.ai");
}
inline constexpr RateLimit kRunLimit{50, 60000};
inline constexpr RateLimit kStatusLimit{50, 10000};
inline constexpr RateLimit kCreditsLimit{30, 10000};
inline constexpr int kMaxInFlight = 6; // predictions per account not yet terminal
inline constexpr qint64 kCdnRetentionMs = 72LL * 3600 * 1000;  // CDN outputs are deleted after 72 h
inline constexpr qint64 kInlineRetentionMs = 60LL * 60 * 1000; // base64 outputs expire after 60 min
// FASHN's recommended input size: longest edge of an uploaded image unless the catalog raises it
// for a parameter value (upload_max_edge, e.g. 6000 px for 4k output).
inline constexpr int kUploadMaxEdge = 2000;
inline QString fileNameTemplate()
{
    return QStringLiteral("{date}_{model}_{id}_{n}");
}

} // namespace fr::defaults
