// Renders the studio's main states at 1440x900 into a folder, on an in-process sandbox, for a
// person to look at (and for the README). Not a test: run by hand or with the `screenshots`
// target. Usage: studio_screenshots OUTDIR [--only NAME]
#include "support/StudioFixture.h"

#include "core/jobs/JobRunner.h"
#include "core/library/LibraryIndex.h"
#include "widgets/compare/ComparePanel.h"
#include "widgets/composer/ComposerPanel.h"
#include "widgets/composer/ImageSlot.h"
#include "widgets/composer/ParameterForm.h"
#include "widgets/jobs/JobsModel.h"
#include "widgets/main/MainWindow.h"
#include "widgets/settings/SettingsDialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTranslator>

using namespace fr;

namespace {
const QString kSamples = QStringLiteral(FR_SAMPLES_DIR);
QString g_out;
QString g_only;

void settle(int ms = 300)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void shoot(QWidget *w, const QString &name)
{
    if (!g_only.isEmpty() && g_only != name)
        return;
    settle();
    // A dialog resized just before: its layouts apply the new size on a posted event, and a
    // grab before that shows word-wrapped labels at their old width.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path))
        qWarning("could not write %s", qPrintable(path));
    else
        qInfo("%s", qPrintable(path));
}

void waitSlots(ComposerPanel *composer)
{
    waitFor([composer] {
        for (ImageSlot *slot : composer->imageSlots())
            if (slot->isBusy())
                return false;
        return true;
    });
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x38, 0x3b, 0x40));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xdb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x50, 0x53, 0x58));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x73, 0x78));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x73, 0x78));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x73, 0x78));
    return p;
}

void composeProduct(ComposerPanel *composer)
{
    composer->setModel(QStringLiteral("product-to-model"));
    composer->setImageValue(QStringLiteral("product_image"), kSamples + "/product.jpg");
    composer->setImageValue(QStringLiteral("face_reference"), kSamples + "/face.jpg");
    composer->setImageValue(QStringLiteral("background_reference"), kSamples + "/background.jpg");
    QJsonObject values = composer->form()->values();
    values.insert(QStringLiteral("prompt"),
                  QStringLiteral("walking on a sunny street, relaxed smile"));
    values.insert(QStringLiteral("resolution"), QStringLiteral("2k"));
    composer->form()->setValues(values);
    waitSlots(composer);
}

// Fills the library with results: jobs of four images each, different seeds and modes.
void makeResults(Session *session, int jobs)
{
    const QStringList modes{QStringLiteral("fast"), QStringLiteral("balanced"),
                            QStringLiteral("quality")};
    int done = 0;
    QObject::connect(session->runner(), &JobRunner::jobFinished, session, [&done] { ++done; });
    for (int i = 0; i < jobs; ++i) {
        session->runner()->submit(
            QStringLiteral("product-to-model"),
            {{QStringLiteral("product_image"), kSamples + "/product.jpg"},
             {QStringLiteral("num_images"), 4},
             {QStringLiteral("seed"), 100 + i * 7},
             {QStringLiteral("generation_mode"), modes.at(i % 3)},
             {QStringLiteral("prompt"), i % 2 ? QStringLiteral("studio shot, grey backdrop")
                                              : QStringLiteral("city street at golden hour")}});
    }
    waitFor([&] { return done >= jobs; }, 120000);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::palette();
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<JobRecord>("fr::JobRecord");
    const QStringList args = app.arguments();
    g_out = args.value(1, QStringLiteral("screenshots"));
    if (const int i = int(args.indexOf(QStringLiteral("--only"))); i > 0)
        g_only = args.value(i + 1);
    QDir().mkpath(g_out);

    {
        test::StudioFixture fx(0.02);
        MainWindow window(fx.start());
        window.resize(1440, 900);
        window.show();
        settle(500);
        shoot(&window, QStringLiteral("01-empty"));

        composeProduct(window.composer());
        shoot(&window, QStringLiteral("02-composing"));

        window.composer()->setImageValue(QStringLiteral("model_image"), kSamples + "/model.jpg");
        waitSlots(window.composer());
        shoot(&window, QStringLiteral("03-tryon-mode"));
        window.composer()->setImageValue(QStringLiteral("model_image"), QString());

        QJsonObject values = window.composer()->form()->values();
        values.insert(QStringLiteral("prompt"), QString(1100, QLatin1Char('x')));
        window.composer()->form()->setValues(values);
        window.composer()->setImageValue(QStringLiteral("product_image"), QString());
        settle();
        shoot(&window, QStringLiteral("04-validation-errors"));
        window.composer()->form()->resetToDefaults();
        composeProduct(window.composer());

        makeResults(fx.session.get(), 8);
        waitFor([&] { return window.library()->entries().size() >= 32; });
        window.showPage(MainWindow::Page::Gallery);
        settle(2500); // thumbnails arrive
        shoot(&window, QStringLiteral("06-gallery"));

        QStringList files;
        for (const LibraryEntry &e : window.library()->entries())
            files << e.imagePath;
        window.openResults(files, 0);
        settle(1500);
        shoot(&window, QStringLiteral("07-viewer"));

        window.compareResults({files.value(0), files.value(4)});
        settle(1500);
        shoot(&window, QStringLiteral("08-compare"));
        window.compare()->setMode(ComparePanel::Mode::Wipe);
        settle(1000);
        shoot(&window, QStringLiteral("09-compare-wipe"));

        SettingsDialog *settings = window.openSettings();
        settings->resize(640, 540);
        settle(500);
        shoot(settings, QStringLiteral("10-settings"));
        settings->close();

        QApplication::setPalette(darkPalette());
        window.showPage(MainWindow::Page::Gallery);
        settle(800);
        shoot(&window, QStringLiteral("11-dark-gallery"));
        QApplication::setPalette(light);
    }
    {
        // Real-time durations, so the jobs are caught while they run.
        test::StudioFixture fx(1.0);
        MainWindow window(fx.start());
        window.resize(1440, 900);
        window.show();
        composeProduct(window.composer());
        for (const char *mode : {"fast", "balanced", "quality", "fast"}) {
            QJsonObject values = window.composer()->currentValues();
            values.insert(QStringLiteral("generation_mode"), QString::fromLatin1(mode));
            fx.session->runner()->submit(QStringLiteral("product-to-model"), values);
        }
        settle(4000);
        shoot(&window, QStringLiteral("05-jobs-running"));
    }
    {
        QTranslator german;
        if (german.load(QStringLiteral(":/i18n/fittingroom_de"))) {
            QCoreApplication::installTranslator(&german);
            test::StudioFixture fx(0.02);
            MainWindow window(fx.start());
            window.resize(1440, 900);
            window.show();
            composeProduct(window.composer());
            shoot(&window, QStringLiteral("12-german"));
            QCoreApplication::removeTranslator(&german);
        } else {
            qWarning("no German translation in the resources; 12-german skipped");
        }
    }
    return 0;
}
