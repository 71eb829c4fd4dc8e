#pragma once

#include <QImage>
#include <QSize>
#include <QtGlobal>

class QImageReader;

namespace fr {

// Memory that decoding images may take at once, every slot and thumbnail together. A 437 KB
// 16-bit grey PNG of 15000 x 15000 pixels decodes to 1.8 GB and is converted once more to be
// scaled: the file size says nothing about it. Each decode first estimates its peak from the
// image's header (pixels, the decoder's pixel format, JPEG's scaling while decoding) and takes
// that much from one shared budget, waiting while others hold it; an image whose estimate alone
// exceeds the budget is refused before any pixel is decoded.
namespace decodeBudget {

// The budget: 640 MB, so that four slots, thumbnails and the studio stay under 1 GB.
qint64 totalBytes();

// The estimated peak of reading `reader` (positioned at a header it can size) scaled to
// `target`, with `fileBytes` of encoded data held alongside. -1 when the header gives no size.
qint64 estimateBytes(QImageReader &reader, QSize target, qint64 fileBytes);

// Holds part of the budget until destroyed.
class Ticket
{
public:
    Ticket() = default;
    explicit Ticket(qint64 bytes); // blocks until that much is free; bytes <= totalBytes()
    Ticket(const Ticket &) = delete;
    Ticket &operator=(const Ticket &) = delete;
    Ticket(Ticket &&other) noexcept : m_units(other.m_units) { other.m_units = 0; }
    ~Ticket();

private:
    int m_units = 0;
};

// For tests and benchmarks: the most held at once since the start (bytes, rounded up to MiB).
qint64 peakHeldBytes();

} // namespace decodeBudget
} // namespace fr
