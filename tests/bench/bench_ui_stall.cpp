// Benchmark: the longest UI-thread stall of the studio while four 24-megapixel inputs are
// checked and prepared and four 4k results arrive, are saved and thumbnailed. Goal: 16 ms or
// less. The sandbox runs as its own process (fittingroom-sandbox), so its rendering of 4k
// outputs is not counted against the studio's UI thread.
// Usage: QT_QPA_PLATFORM=offscreen bench_ui_stall [time-scale=0.05]
#include "BenchApp.h"
#include "BenchSupport.h"
#include "core/images/WorkerPool.h"
#include "core/jobs/JobRunner.h"
#include "core/library/LibraryIndex.h"
#include "core/session/Session.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "widgets/composer/ComposerPanel.h"
#include "widgets/composer/CostBar.h"
#include "widgets/composer/ImageSlot.h"
#include "widgets/composer/ParameterForm.h"
#include "widgets/jobs/JobsModel.h"
#include "widgets/main/MainWindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QImageWriter>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace fr;

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Runs the real event loop (as the studio's exec() does) and looks at the condition every 10 ms.
// A processEvents() spin would measure the spin: Qt's glib dispatcher delays timers while
// posted events keep coming, which a blocking loop does not.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return done();
}
} // namespace

int main(int argc, char **argv)
{
    bench::TimedApplication app(argc, argv);
    configureGlobalPool(); // as the studio does at start
    QStandardPaths::setTestModeEnabled(true);
    const double scale = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 0.05;
    QTemporaryDir dir;

    QProcess sandbox;
    sandbox.start(QStringLiteral(FR_SANDBOX_PATH),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--time-scale"),
                   QString::number(scale)});
    if (!sandbox.waitForReadyRead(10000)) {
        out() << "the sandbox did not start\n";
        return 1;
    }
    const QUrl sandboxUrl(QString::fromUtf8(sandbox.readLine().trimmed()));

    out() << "making four 6000x4000 photo-like JPEG inputs...\n";
    out().flush();
    QStringList inputs;
    for (int i = 0; i < 4; ++i) {
        const QString path = dir.filePath(QStringLiteral("input-%1.jpg").arg(i));
        QImageWriter writer(path, "jpeg");
        writer.setQuality(92);
        if (!writer.write(bench::photoLike(6000, 4000, 2024 + i)))
            return 1;
        inputs << path;
    }

    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setBaseUrl(sandboxUrl);
    settings.setConfirmThreshold(0); // 24 credits would ask first; the benchmark answers nothing
    MemorySecretStore secrets;
    SessionOptions options;
    options.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    options.readEnvironment = false;
    options.forceSandbox = true;
    options.sandboxTimeScale = scale;
    options.sandboxLibraryDir = dir.filePath(QStringLiteral("library"));
    options.startSandbox = [sandboxUrl](double) {
        return LocalBackend{sandboxUrl, QStringLiteral("fa-sandbox-local-key"), {}};
    };
    Session session(&settings, &secrets, options);
    MainWindow window(&session);
    window.resize(1440, 900);
    window.show();
    session.start();
    waitFor([&] { return session.isReady(); }, 10000);
    waitFor([] { return false; }, 300);

    bench::Heartbeat heartbeat;
    heartbeat.start();
    app.record(true);
    QElapsedTimer clock;
    clock.start();
    ComposerPanel *composer = window.composer();
    composer->setModel(QStringLiteral("product-to-model"));
    const QStringList slotNames{QStringLiteral("product_image"), QStringLiteral("image_prompt"),
                                QStringLiteral("face_reference"),
                                QStringLiteral("background_reference")};
    for (int i = 0; i < 4; ++i)
        composer->setImageValue(slotNames.at(i), inputs.at(i));
    QJsonObject values = composer->form()->values();
    values.insert(QStringLiteral("resolution"), QStringLiteral("4k"));
    values.insert(QStringLiteral("num_images"), 4);
    values.insert(QStringLiteral("generation_mode"), QStringLiteral("fast"));
    composer->form()->setValues(values);
    if (!waitFor([&] { return composer->canGenerate(); }, 60000)) {
        out() << "the composer never allowed Generate: "
              << composer->blockers().join(QLatin1String("; ")) << "\n";
        return 1;
    }
    const double checkedMs = clock.elapsed();
    const double stallWhileChecking = heartbeat.longestStallMs();
    composer->costBar()->generateButton()->click();
    auto state = [&] {
        return JobState(window.jobsModel()->index(0).data(JobsModel::StateRole).toInt());
    };
    if (!waitFor([&] { return window.jobsModel()->rowCount() > 0 && isFinal(state()); }, 300000) ||
        state() != JobState::Completed) {
        out() << "the job did not complete: "
              << window.jobsModel()->index(0).data(JobsModel::StatusTextRole).toString() << " "
              << window.jobsModel()->index(0).data(JobsModel::ProblemRole).toString() << "\n";
        return 1;
    }
    const double doneMs = clock.elapsed();
    // Thumbnails of the four results in the gallery.
    waitFor([&] { return window.library()->entries().size() >= 4; }, 30000);
    waitFor([] { return false; }, 3000);
    heartbeat.stop();
    app.record(false);
    sandbox.kill();
    sandbox.waitForFinished();

    out() << QString::asprintf(
        "inputs checked in %.1f s (longest stall meanwhile %.1f ms); job done at %.1f s\n",
        checkedMs / 1000.0, stallWhileChecking, doneMs / 1000.0);
    out() << QString::asprintf(
        "UI thread over the whole run (%zu beats): longest stall %.1f ms, 99th percentile %.2f ms, "
        "%d stalls over 16 ms (goal: longest <= 16 ms)\n",
        heartbeat.beats(), heartbeat.longestStallMs(), heartbeat.percentileStallMs(0.99),
        heartbeat.stallsOver(16));
    const auto slowest = app.slowest(8);
    out() << QString::asprintf("UI-thread CPU of the busiest event: %.1f ms (goal <= 16 ms)\n",
                               slowest.empty() ? 0.0 : slowest.front().cpuMs);
    for (const auto &s : slowest)
        out() << QString::asprintf("  %7.1f ms CPU %7.1f ms wall %7.1f ms waiting for a CPU  ",
                                   s.cpuMs, s.wallMs, s.queuedMs)
              << s.what << "\n";
    out() << "the longest events by wall time (CPU time far below wall time: the thread waited):\n";
    for (const auto &s : app.slowest(8, true))
        out() << QString::asprintf("  %7.1f ms CPU %7.1f ms wall %7.1f ms waiting for a CPU  ",
                                   s.cpuMs, s.wallMs, s.queuedMs)
              << s.what << "\n";
    return 0;
}
