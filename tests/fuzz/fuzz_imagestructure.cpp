// libFuzzer target: the JPEG, PNG and WebP structure walkers that decide whether an input or an
// output file is complete. They index raw bytes, so every length field is hostile.
#include "core/images/ImageStructure.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A view over exactly the fuzzer's bytes (no terminating zero), so ASan sees any over-read.
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)fr::detail::encodedCompleteness(bytes);
    // Each walker also on bytes that do not carry its signature.
    (void)fr::detail::jpegCompleteness(bytes);
    (void)fr::detail::pngCompleteness(bytes);
    (void)fr::detail::webpCompleteness(bytes);
    return 0;
}
