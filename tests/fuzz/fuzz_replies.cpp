// libFuzzer target: the pure parsers of FASHN's replies (/run, /status, /credits bodies and error
// replies with their headers), plus the English and translated wording of what they return.
//
// Input: the whole input is tried as a 200 body of each endpoint. It is also read as an error
// reply: a head (first line: the HTTP status; then "name: value" header lines) up to the first
// blank line, the body after it.
#include "core/api/ApiTypes.h"
#include "core/text/Wording.h"

#include <cstddef>
#include <cstdint>

namespace {

void parseErrorReply(const QByteArray &input)
{
    qsizetype split = input.indexOf("\n\n");
    qsizetype bodyStart = split < 0 ? -1 : split + 2;
    if (split < 0) {
        split = input.size();
        bodyStart = input.size();
    }
    const QList<QByteArray> lines = input.left(split).split('\n');
    const int httpStatus = lines.value(0).trimmed().toInt();
    fr::RawHeaders headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            headers.append({lines[i].left(colon), lines[i].mid(colon + 1)});
    }
    const fr::ApiError error = fr::parseApiError(httpStatus, input.mid(bodyStart), headers);
    (void)error.describe();
    (void)fr::text::apiError(error);
    (void)fr::apiErrorKindName(error.kind);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    const fr::StatusResult status = fr::parseStatusBody(input);
    (void)status.error.describe();
    (void)fr::predictionStatusName(status.status);
    (void)status.predictionError.describe();
    (void)status.predictionError.isRetryable();
    (void)status.predictionError.isInputProblem();
    (void)fr::text::predictionError(status.predictionError);

    const fr::RunResult run = fr::parseRunBody(input);
    (void)fr::text::apiError(run.error);

    const fr::CreditsResult credits = fr::parseCreditsBody(input);
    (void)credits.error.describe();

    parseErrorReply(input);
    return 0;
}
