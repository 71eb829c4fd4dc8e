#include "PollSchedule.h"

#include <algorithm>
#include <cmath>

namespace fr {

// Shape (unscaled ms, E = expected duration):
//  - a first look at 0.75 E (at least 1 s): catches early failures without wasting requests;
//  - from 0.82 E to 1.2 E, where nearly every prediction ends, a short interval of
//    0.06 E clamped to [0.8 s, 1.2 s], so completion is seen about half a second late on
//    average (the benchmark over the sandbox adds ~0.25 s of scheduling overhead to that);
//  - past 1.2 E the interval grows linearly with elapsed time (slope 0.3, which is what
//    "1.3x per poll" amounts to), capped at 15 s: long queues cost few requests;
//  - a prediction still starting/in queue past the window has not begun its work yet, so
//    it keeps a steady interval instead of backing off, to follow it closely once it runs.
// Tuned by tst_pollschedule's simulation: with durations of E +-15%, about 0.22 of the
// requests of a 1 s poller and a median detection delay of about 0.5 s.
qint64 nextPollDelayMs(const PollPlan &plan, qint64 elapsedMs, PredictionStatus lastStatus)
{
    const double expected = std::max<double>(1000.0, double(plan.expectedMs));
    const double scale = plan.timeScale > 0 ? plan.timeScale : 1.0;
    // elapsed is on the scaled clock; the shape is defined on unscaled time.
    const double t = std::max(0.0, double(elapsedMs) / scale);

    const double window = std::clamp(0.06 * expected, 800.0, 1200.0);
    const double firstLook = std::max(1000.0, 0.75 * expected);
    const double windowStart = std::max(firstLook, 0.82 * expected);
    const double windowEnd = 1.2 * expected;

    double delay;
    if (t < firstLook)
        delay = firstLook - t;
    else if (t < windowStart)
        delay = std::max(windowStart - t, window);
    else if (t < windowEnd)
        delay = window;
    else if (lastStatus == PredictionStatus::Starting || lastStatus == PredictionStatus::InQueue)
        delay = std::clamp(0.2 * expected, window, 15000.0);
    else
        delay = std::min(15000.0, window + 0.3 * (t - windowEnd));

    return std::max<qint64>(1, qint64(std::llround(delay * scale)));
}

} // namespace fr
