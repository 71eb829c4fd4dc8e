#pragma once

// Shared by the benchmarks: photo-like test images, medians, a UI-thread heartbeat.
#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <vector>

namespace fr::bench {

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t i = size_t(std::clamp(p, 0.0, 1.0) * double(values.size() - 1) + 0.5);
    return values[std::min(i, values.size() - 1)];
}

// Smooth gradients, a few soft shapes and per-pixel noise: encodes like a photograph (a flat
// card would make every codec look unrealistically fast).
inline QImage photoLike(int width, int height, quint32 seed = 2024)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    const double cx = width * (0.4 + 0.2 * (seed % 5) / 4.0), cy = height * 0.45,
                 radius = height * 0.35;
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const double d = std::hypot(x - cx, y - cy) / radius;
            const double light = d < 1.0 ? 1.0 - 0.5 * d * d : 0.5 * std::exp(1.0 - d);
            const quint32 bits = random.generate();
            const int noise = int(bits % 17) - 8;
            const int r = int(60 + 150 * light + 40.0 * x / width) + noise;
            const int g = int(50 + 120 * light + 60.0 * y / height) + noise;
            const int b = int(90 + 80 * (1.0 - light)) + int((bits >> 8) % 13) - 6;
            line[x] = qRgb(qBound(0, r, 255), qBound(0, g, 255), qBound(0, b, 255));
        }
    }
    return image;
}

// Measures how late the UI thread serves a 1 ms precise timer: every gap beyond the interval is
// time the event loop was busy (a stall a user would feel as a frozen window).
class Heartbeat : public QObject
{
public:
    explicit Heartbeat(QObject *parent = nullptr) : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_gapsMs.push_back((now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gapsMs.clear();
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // The longest time the loop did not come back, minus the timer's own interval.
    double longestStallMs() const
    {
        return m_gapsMs.empty()
                   ? 0
                   : std::max(0.0, *std::max_element(m_gapsMs.begin(), m_gapsMs.end()) - 1.0);
    }
    double percentileStallMs(double p) const
    {
        return std::max(0.0, percentile(m_gapsMs, p) - 1.0);
    }
    int stallsOver(double ms) const
    {
        return int(std::count_if(m_gapsMs.begin(), m_gapsMs.end(),
                                 [ms](double g) { return g - 1.0 > ms; }));
    }
    size_t beats() const { return m_gapsMs.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gapsMs;
};

} // namespace fr::bench
