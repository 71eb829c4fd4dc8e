// Benchmark: prepareImageFile on a 24-megapixel photo-like JPEG, against
// `convert in.jpg -resize 2000x2000 -quality 95 out.jpg`. Goal: at most half ImageMagick's time.
// Usage: bench_prepare [runs] [path to convert]
#include "BenchSupport.h"
#include "core/images/ImagePreparer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? qMax(1, args.at(1).toInt()) : 5;
    const QString convert = args.size() > 2 ? args.at(2) : QStringLiteral("/usr/bin/convert");

    QTemporaryDir dir;
    if (!dir.isValid()) {
        out() << "cannot create a temporary folder\n";
        return 1;
    }
    const QString input = dir.filePath("in.jpg");
    {
        QImageWriter writer(input, "jpeg");
        writer.setQuality(92);
        if (!writer.write(fr::bench::photoLike(6000, 4000))) {
            out() << "cannot write the test image: " << writer.errorString() << "\n";
            return 1;
        }
    }
    out() << "input: 6000x4000 JPEG q92, " << QFileInfo(input).size() << " bytes; " << runs
          << " runs each, median reported\n";
    out().flush();

    std::vector<double> ours;
    qsizetype ourBytes = 0;
    QSize ourSize;
    fr::prepareImageFile(input); // warm-up: page cache, plugin loading
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const fr::PreparedImage prepared = fr::prepareImageFile(input);
        ours.push_back(timer.nsecsElapsed() / 1e6);
        if (!prepared.ok()) {
            out() << "prepareImageFile failed: " << prepared.message << "\n";
            return 1;
        }
        ourBytes = prepared.encoded.size();
        ourSize = prepared.size;
    }
    const double ourMs = fr::bench::median(ours);
    out() << QString::asprintf("prepareImageFile: median %.1f ms -> %dx%d, %lld bytes\n", ourMs,
                               ourSize.width(), ourSize.height(), qlonglong(ourBytes));

    if (!QFileInfo(convert).isExecutable()) {
        out() << "NOTE: " << convert
              << " (ImageMagick) is not installed; skipping the comparison.\n";
        out() << QString::asprintf("prepare_24mp_ms=%.1f imagemagick_ms=NA ratio=NA\n", ourMs);
        return 0;
    }
    const QString output = dir.filePath("im.jpg");
    const QStringList convertArgs = {input, "-resize", "2000x2000", "-quality", "95", output};
    std::vector<double> theirs;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(convert, convertArgs);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            out() << "convert failed: " << process.readAllStandardError() << "\n";
            return 1;
        }
        theirs.push_back(timer.nsecsElapsed() / 1e6);
    }
    const double theirMs = fr::bench::median(theirs);
    const QSize theirSize = QImage(output).size();
    out() << QString::asprintf("ImageMagick convert: median %.1f ms -> %dx%d, %lld bytes\n",
                               theirMs, theirSize.width(), theirSize.height(),
                               qlonglong(QFileInfo(output).size()));
    const double ratio = ourMs / theirMs;
    out() << QString::asprintf("ratio (ours / ImageMagick) = %.3f: %s\n", ratio,
                               ratio <= 0.5 ? "goal met (at most half)"
                                            : "goal NOT met (more than half)");
    out() << QString::asprintf("prepare_24mp_ms=%.1f imagemagick_ms=%.1f ratio=%.3f\n", ourMs,
                               theirMs, ratio);
    return 0;
}
