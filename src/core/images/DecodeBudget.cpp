#include "DecodeBudget.h"

#include <QImageReader>
#include <QMutex>
#include <QSemaphore>

#include <algorithm>
#include <atomic>

namespace fr::decodeBudget {

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr int kTotalUnits = 640; // MiB

QSemaphore &units()
{
    static QSemaphore semaphore(kTotalUnits);
    return semaphore;
}

std::atomic<int> g_held{0};
std::atomic<int> g_peak{0};

int bytesPerPixel(QImage::Format format)
{
    if (format == QImage::Format_Invalid)
        return 8; // unknown: assume the widest common decode (RGBA64)
    return std::max(1, int(QImage::toPixelFormat(format).bitsPerPixel() + 7) / 8);
}

bool scalesNatively(QImage::Format format)
{
    return format == QImage::Format_RGB32 || format == QImage::Format_ARGB32 ||
           format == QImage::Format_ARGB32_Premultiplied;
}

} // namespace

qint64 totalBytes()
{
    return kTotalUnits * kMiB;
}

qint64 estimateBytes(QImageReader &reader, QSize target, qint64 fileBytes)
{
    const QSize stored = reader.size();
    if (!stored.isValid())
        return -1;
    const qint64 pixels = qint64(stored.width()) * stored.height();
    const QImage::Format format = reader.imageFormat();
    const int bpp = bytesPerPixel(format);
    qint64 decoded = pixels * bpp;
    const QByteArray kind = reader.format().toLower();
    if ((kind == "jpeg" || kind == "jpg") && target.isValid() && !target.isEmpty()) {
        // libjpeg scales by 1/2, 1/4 or 1/8 while decoding when the target allows it.
        const double factor = double(std::max(stored.width(), stored.height())) /
                              std::max(1, std::max(target.width(), target.height()));
        int dct = 1;
        while (dct < 8 && factor >= 2.0 * dct)
            dct *= 2;
        decoded = pixels * bpp / (qint64(dct) * dct);
    }
    // Scaling a format the smooth scaler does not take as is, or an EXIF rotation, makes a
    // 32-bit or wider working copy of the decode.
    const bool rotated = reader.transformation() != QImageIOHandler::TransformationNone;
    const qint64 working =
        scalesNatively(format) && !rotated ? qint64(0) : decoded / bpp * std::max(4, bpp);
    const qint64 result =
        target.isValid() ? qint64(target.width()) * target.height() * 4 : qint64(0);
    return fileBytes + decoded + working + result;
}

Ticket::Ticket(qint64 bytes)
{
    m_units = int(std::clamp<qint64>((bytes + kMiB - 1) / kMiB, 1, kTotalUnits));
    units().acquire(m_units);
    const int held = g_held.fetch_add(m_units) + m_units;
    int peak = g_peak.load();
    while (held > peak && !g_peak.compare_exchange_weak(peak, held)) {
    }
}

Ticket::~Ticket()
{
    if (m_units > 0) {
        g_held.fetch_sub(m_units);
        units().release(m_units);
    }
}

qint64 peakHeldBytes()
{
    return g_peak.load() * kMiB;
}

} // namespace fr::decodeBudget
