#include "core/images/ImageStructure.h"

#include <cstring>

namespace fr::detail {

namespace {

quint8 byteAt(QByteArrayView data, qsizetype pos)
{
    return static_cast<quint8>(data[pos]);
}

quint32 bigEndian32(QByteArrayView data, qsizetype pos)
{
    return (quint32(byteAt(data, pos)) << 24) | (quint32(byteAt(data, pos + 1)) << 16) |
           (quint32(byteAt(data, pos + 2)) << 8) | quint32(byteAt(data, pos + 3));
}

bool isRestartMarker(quint8 marker)
{
    return marker >= 0xD0 && marker <= 0xD7;
}

// Returns the position of the marker (its 0xFF) that ends the entropy-coded data starting at pos,
// or -1 when the data runs out first.
qsizetype endOfEntropyData(QByteArrayView data, qsizetype pos)
{
    const qsizetype size = data.size();
    while (pos < size) {
        const void *found = std::memchr(data.data() + pos, 0xFF, size_t(size - pos));
        if (!found)
            return -1;
        const qsizetype at = static_cast<const char *>(found) - data.data();
        if (at + 1 >= size)
            return -1;
        const quint8 next = byteAt(data, at + 1);
        if (next == 0x00 || isRestartMarker(next)) {
            pos = at + 2; // stuffed 0xFF byte or restart marker: still inside the scan
            continue;
        }
        return at;
    }
    return -1;
}

} // namespace

Completeness jpegCompleteness(QByteArrayView data)
{
    const qsizetype size = data.size();
    if (size < 2 || byteAt(data, 0) != 0xFF || byteAt(data, 1) != 0xD8)
        return Completeness::Unknown;
    qsizetype pos = 2;
    for (;;) {
        if (pos >= size)
            return Completeness::Truncated;
        if (byteAt(data, pos) != 0xFF)
            return Completeness::Unknown;
        while (pos < size && byteAt(data, pos) == 0xFF)
            ++pos; // fill bytes may precede any marker
        if (pos >= size)
            return Completeness::Truncated;
        const quint8 marker = byteAt(data, pos++);
        if (marker == 0xD9)
            return Completeness::Complete;
        if (marker == 0x01 || isRestartMarker(marker))
            continue; // markers without a length
        if (marker == 0x00)
            return Completeness::Unknown;
        if (pos + 2 > size)
            return Completeness::Truncated;
        const int length = (byteAt(data, pos) << 8) | byteAt(data, pos + 1);
        if (length < 2)
            return Completeness::Unknown;
        if (pos + length > size)
            return Completeness::Truncated;
        pos += length;
        if (marker == 0xDA) { // start of scan: entropy-coded data follows the header
            pos = endOfEntropyData(data, pos);
            if (pos < 0)
                return Completeness::Truncated;
        }
    }
}

Completeness pngCompleteness(QByteArrayView data)
{
    static const char signature[] = "\x89PNG\r\n\x1a\n";
    const qsizetype size = data.size();
    if (size < 8 || std::memcmp(data.data(), signature, 8) != 0)
        return Completeness::Unknown;
    qsizetype pos = 8;
    for (;;) {
        if (pos + 8 > size)
            return Completeness::Truncated;
        const quint32 length = bigEndian32(data, pos);
        if (length > 0x7fffffffu)
            return Completeness::Unknown;
        const bool isEnd = std::memcmp(data.data() + pos + 4, "IEND", 4) == 0;
        const qint64 next = qint64(pos) + 12 + qint64(length); // length, type, data, CRC
        if (next > size)
            return Completeness::Truncated;
        if (isEnd)
            return Completeness::Complete;
        pos = qsizetype(next);
    }
}

Completeness webpCompleteness(QByteArrayView data)
{
    if (data.size() < 12 || std::memcmp(data.data(), "RIFF", 4) != 0 ||
        std::memcmp(data.data() + 8, "WEBP", 4) != 0)
        return Completeness::Unknown;
    const quint32 declared = quint32(byteAt(data, 4)) | (quint32(byteAt(data, 5)) << 8) |
                             (quint32(byteAt(data, 6)) << 16) | (quint32(byteAt(data, 7)) << 24);
    return qint64(data.size()) < qint64(declared) + 8 ? Completeness::Truncated
                                                      : Completeness::Complete;
}

Completeness encodedCompleteness(QByteArrayView data)
{
    if (data.size() >= 2 && byteAt(data, 0) == 0xFF && byteAt(data, 1) == 0xD8)
        return jpegCompleteness(data);
    if (data.size() >= 8 && byteAt(data, 0) == 0x89 && data[1] == 'P')
        return pngCompleteness(data);
    if (data.size() >= 12 && data[0] == 'R' && data[8] == 'W')
        return webpCompleteness(data);
    return Completeness::Unknown;
}

} // namespace fr::detail
