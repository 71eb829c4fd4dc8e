// Benchmark: prepareImageFile on a 24-megapixel photo-like JPEG, against
// `convert in.jpg -resize 2000x2000 -quality 95 out.jpg`. Goal: at most half ImageMagick's time.
// Usage: bench_prepare [runs] [path to convert]
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

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Smooth gradients, a few soft shapes and per-pixel noise: encodes like a photograph (a flat
// card would make both sides look unrealistically fast).
QImage photoLike(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(2024);
    const double cx = width * 0.6, cy = height * 0.45, radius = height * 0.35;
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
        if (!writer.write(photoLike(6000, 4000))) {
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
    const double ourMs = median(ours);
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
    const double theirMs = median(theirs);
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
