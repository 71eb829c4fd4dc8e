// libFuzzer target: the batch file reader (JSON Lines and CSV, list expansion, validation against
// the bundled catalog) and the wording of every problem it reports.
#include "core/catalog/ModelCatalog.h"
#include "core/jobs/BatchFile.h"
#include "core/text/Wording.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const fr::ModelCatalog catalog = fr::ModelCatalog::bundled();
    // Smaller than the defaults so that one input cannot expand into minutes of work; the caps
    // themselves are what is tested when an input reaches them.
    fr::BatchLimits limits;
    limits.maxFileBytes = 64 * 1024;
    limits.maxJobs = 200;

    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // Relative image paths resolve against a folder that does not exist: a finding must not
    // depend on the files of the machine that runs the fuzzer.
    const fr::BatchFile batch =
        fr::BatchFile::parse(input, fr::BatchFile::formatFor(QString(), input),
                             QStringLiteral("/nonexistent-fuzz-dir"), catalog, limits);
    for (const fr::BatchProblem &problem : batch.problems)
        (void)fr::text::batchProblem(problem);
    for (const fr::BatchJob &job : batch.jobs)
        (void)fr::text::matrixValues(job.matrix);
    return 0;
}
