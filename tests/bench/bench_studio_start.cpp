// Benchmark: from starting the `fittingroom` process to its first painted main window.
// Goal: 300 ms or less, median of 10. Each run gets fresh config, data and cache folders (a first
// start) and no API key. Usage: bench_studio_start [runs=10] [platform=offscreen]
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? qMax(1, args.at(1).toInt()) : 10;
    const QString platform = args.value(2, QStringLiteral("offscreen"));
    QTextStream out(stdout);

    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir home;
        QProcess studio;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FR_BENCH_FIRST_PAINT"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("HOME"), home.path());
        env.remove(QStringLiteral("FASHN_API_KEY"));
        env.remove(QStringLiteral("FASHN_BASE_URL"));
        studio.setProcessEnvironment(env);
        studio.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer clock;
        clock.start();
        studio.start(QStringLiteral(FR_STUDIO_PATH), {});
        double ms = -1;
        while (studio.state() != QProcess::NotRunning || studio.bytesAvailable()) {
            if (studio.canReadLine() || studio.waitForReadyRead(10000)) {
                while (studio.canReadLine()) {
                    if (studio.readLine().trimmed() == "first-paint" && ms < 0)
                        ms = clock.nsecsElapsed() / 1e6;
                }
            }
            if (ms >= 0 || clock.elapsed() > 20000)
                break;
        }
        studio.waitForFinished(10000);
        if (ms < 0) {
            out << "run " << i + 1 << ": no first paint reported; stderr:\n"
                << studio.readAllStandardError() << "\n";
            return 1;
        }
        times.push_back(ms);
        out << QString::asprintf("run %2d: %.1f ms\n", i + 1, ms);
    }
    out << QString::asprintf(
        "start to first painted main window (%s): median %.1f ms, min %.1f, max %.1f over %d runs "
        "(goal: median <= 300 ms)\n",
        qPrintable(platform), fr::bench::median(times),
        *std::min_element(times.begin(), times.end()),
        *std::max_element(times.begin(), times.end()), runs);
    return 0;
}
