#pragma once

#include "ApiTypes.h"

#include <QString>
#include <QtGlobal>

namespace fr {

// When to ask for a prediction's status next. Few requests early, close polling around the
// expected end, gentle backoff past it; no give-up time. All times in milliseconds of the
// (possibly scaled) clock.
struct PollPlan
{
    qint64 expectedMs = 20000; // expected duration from the catalog's timing table
    double timeScale = 1.0;    // < 1 only against a time-scaled sandbox
    QString durationKey;       // model|mode|resolution, what a StatusScheduler learns by
};

qint64 nextPollDelayMs(const PollPlan &plan, qint64 elapsedMs, PredictionStatus lastStatus);

} // namespace fr
