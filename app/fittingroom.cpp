// fittingroom: the studio window. Without an API key it runs against an in-process FASHN sandbox.
#include "core/images/WorkerPool.h"
#include "core/session/Session.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/text/Translations.h"
#include "sandbox/SandboxThread.h"
#include "widgets/common/AppIcon.h"
#include "widgets/main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Printed once the paint has been handled, then the app leaves.
            QTimer::singleShot(0, qApp, [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    fr::configureGlobalPool();
    QApplication::setOrganizationName(QStringLiteral("FittingRoom"));
    QApplication::setApplicationName(QStringLiteral("fittingroom"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fitting Room"));
    QApplication::setApplicationVersion(QStringLiteral(FR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fittingroom"));
    QApplication::setWindowIcon(fr::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Fitting Room: a desktop studio for the FASHN AI API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Use the local FASHN sandbox even with a key."));
    const QCommandLineOption scaleOption(
        QStringLiteral("sandbox-time-scale"),
        QCoreApplication::translate("main", "Sandbox speed factor (default 0.1)."),
        QStringLiteral("factor"), QStringLiteral("0.1"));
    parser.addOption(sandboxOption);
    parser.addOption(scaleOption);
    parser.process(app);

    fr::Settings settings;
    fr::text::installTranslations(settings.language());
    fr::KeychainSecretStore secrets;

    std::unique_ptr<fr::SandboxThread> sandbox;
    fr::SessionOptions options;
    options.forceSandbox = parser.isSet(sandboxOption);
    bool scaleOk = false;
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    options.sandboxTimeScale = scaleOk && scale > 0.0 && scale <= 10.0 ? scale : 0.1;
    options.startSandbox = [&sandbox](double timeScale) {
        fr::SandboxOptions sandboxOptions;
        sandboxOptions.timeScale = timeScale;
        sandbox = std::make_unique<fr::SandboxThread>();
        fr::LocalBackend local;
        if (!sandbox->start(sandboxOptions)) {
            local.error = QCoreApplication::translate(
                "main", "The local sandbox could not listen on 127.0.0.1.");
            return local;
        }
        local.baseUrl = sandbox->baseUrl();
        local.apiKey = QString::fromLatin1(fr::kSandboxDefaultKey);
        return local;
    };

    fr::Session session(&settings, &secrets, options);
    fr::MainWindow window(&session);
    if (qEnvironmentVariableIsSet("FR_BENCH_FIRST_PAINT")) {
        // bench_studio_start: report the first paint of the window and quit.
        auto *probe = new FirstPaintProbe(&window);
        window.installEventFilter(probe);
    }
    window.show();
    session.start();
    return app.exec();
}
