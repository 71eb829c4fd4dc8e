#pragma once

#include <QByteArrayView>

namespace fr::detail {

// Whether an encoded file reaches its format's end marker. Qt's JPEG decoder "succeeds" on a
// truncated file (the missing rows come out grey), so completeness is checked on the bytes.
enum class Completeness {
    Complete,  // the end marker was reached by walking the format's structure
    Truncated, // the bytes ran out before the end marker
    Unknown,   // format without a walker, or a structure too damaged to walk
};

// Walks segments and entropy-coded data up to EOI (FF D9); bytes after EOI are allowed
// (camera trailers, motion-photo videos).
Completeness jpegCompleteness(QByteArrayView data);
// Walks chunks up to IEND.
Completeness pngCompleteness(QByteArrayView data);
// Compares the RIFF header's declared length with the bytes present.
Completeness webpCompleteness(QByteArrayView data);
// Picks the walker by signature.
Completeness encodedCompleteness(QByteArrayView data);

} // namespace fr::detail
