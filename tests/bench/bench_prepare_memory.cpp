// Peak memory while preparing input images, all slots at once. Goal: under 1 GB for any inputs
// that are accepted. Four slots prepare at the same time, as when a user drops four large
// files: two 8-bit RGB PNGs of 9000 x 6000, a 16-bit RGB PNG of 7000 x 5000 and a JPEG of
// 12000 x 8000 (each several hundred MB decoded), plus the 437 KB 16-bit grey PNG of 15000 x
// 15000 from issue 7, which must be refused before it is decoded.
//
// The files are made by a child process (`--make DIR`), so their creation does not count
// towards this process's peak. Resident peak is getrusage's ru_maxrss.
//
//   bench_prepare_memory
#include "core/images/DecodeBudget.h"
#include "core/images/ImagePreparer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QImage>
#include <QImageWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <cstdio>
#include <sys/resource.h>

using namespace fr;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

bool save(const QImage &image, const QString &path, const char *format, int quality = -1)
{
    QImageWriter writer(path, format);
    if (quality >= 0)
        writer.setQuality(quality);
    return writer.write(image);
}

QImage pattern(int width, int height, QImage::Format format)
{
    QImage image(width, height, format);
    image.fill(Qt::white);
    for (int y = 0; y < height; y += 64) // some structure; mostly flat, so files stay small
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, 128));
    return image;
}

int make(const QString &dir)
{
    const QImage rgb = pattern(9000, 6000, QImage::Format_RGB32);
    bool ok = save(rgb, dir + "/a.png", "png") && save(rgb, dir + "/b.png", "png");
    ok = ok && save(pattern(7000, 5000, QImage::Format_RGBX64), dir + "/c16.png", "png");
    ok = ok && save(pattern(12000, 8000, QImage::Format_RGB32), dir + "/d.jpg", "jpeg", 85);
    QImage grey(15000, 15000, QImage::Format_Grayscale16);
    grey.fill(0);
    ok = ok && save(grey, dir + "/grey16.png", "png");
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--make")
        return make(QString::fromLocal8Bit(argv[2]));

    QTemporaryDir dir;
    QProcess maker;
    maker.start(QCoreApplication::applicationFilePath(), {"--make", dir.path()});
    if (!maker.waitForFinished(600000) || maker.exitCode() != 0) {
        std::fprintf(stderr, "could not make the test images\n");
        return 2;
    }
    const QStringList files{"a.png", "b.png", "c16.png", "d.jpg", "grey16.png"};
    std::printf("before preparing: %.0f MB resident peak\n", peakRssMb());
    QElapsedTimer timer;
    timer.start();
    QList<QFuture<PreparedImage>> futures;
    PrepareOptions options; // 2000 px long edge, as for a 1k/2k job
    for (const QString &f : files)
        futures << prepareImageAsync(dir.filePath(f), options);
    bool refusedBomb = false;
    int prepared = 0;
    for (int i = 0; i < futures.size(); ++i) {
        futures[i].waitForFinished();
        const PreparedImage r = futures[i].result();
        const qint64 bytes = QFileInfo(dir.filePath(files[i])).size();
        std::printf("  %-11s %8.1f MB file: %s\n", qPrintable(files[i]), bytes / 1e6,
                    r.ok() ? qPrintable(QStringLiteral("prepared to %1 x %2")
                                            .arg(r.size.width())
                                            .arg(r.size.height()))
                           : qPrintable(r.message));
        prepared += r.ok() ? 1 : 0;
        if (files[i] == "grey16.png")
            refusedBomb = r.problem == ImageProblem::Bomb;
    }
    const double peak = peakRssMb();
    std::printf("%d of %zu prepared in %.1f s; decode budget %lld MB, most held at once %lld MB\n",
                prepared, size_t(files.size()), timer.elapsed() / 1000.0,
                decodeBudget::totalBytes() >> 20, decodeBudget::peakHeldBytes() >> 20);
    std::printf("resident peak: %.0f MB (goal < 1024 MB); the 15000 x 15000 16-bit PNG %s\n", peak,
                refusedBomb ? "refused before decoding" : "NOT refused");
    const bool met = peak < 1024 && refusedBomb && prepared == 4;
    std::printf("goals %s\n", met ? "met" : "NOT met");
    return met ? 0 : 1;
}
