// The settings dialog round trip on temporary settings and the in-memory secret store, and the
// key test against the sandbox's /v1/credits.
#include "support/StudioFixture.h"

#include "core/api/FashnClient.h"
#include "core/jobs/JobRunner.h"
#include "widgets/settings/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

using namespace fr;

namespace {
// The dialog's controls by their Designer names, as a user finds them by their labels.
struct Controls
{
    QWidget *d;
    template <typename T> T *get(const char *name) const
    {
        T *w = d->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no control %s", name);
        return w;
    }
    QLineEdit *edit(const char *n) const { return get<QLineEdit>(n); }
    QComboBox *combo(const char *n) const { return get<QComboBox>(n); }
    QSpinBox *spin(const char *n) const { return get<QSpinBox>(n); }
    QLabel *label(const char *n) const { return get<QLabel>(n); }
};
void choose(QComboBox *combo, const QString &data)
{
    combo->setCurrentIndex(combo->findData(data));
}
} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::StudioFixture> m_fx;

    QString storedKey()
    {
        QString key;
        bool done = false;
        m_fx->secrets.readKey(nullptr, [&](const SecretStore::Result &r) {
            key = r.key;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return key;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_fx = std::make_unique<test::StudioFixture>(); }
    void cleanup() { m_fx.reset(); }

    void roundTrip()
    {
        Session *s = m_fx->start();
        {
            SettingsDialog dialog(s);
            const Controls ui{&dialog};
            ui.edit("folderEdit")->setText(m_fx->dir.filePath(QStringLiteral("elsewhere")));
            ui.edit("templateEdit")->setText(QStringLiteral("{model}_{seed}_{n}"));
            choose(ui.combo("formatCombo"), QStringLiteral("jpeg"));
            ui.spin("thresholdSpin")->setValue(12);
            ui.spin("dailyCapSpin")->setValue(250);
            choose(ui.combo("languageCombo"), QStringLiteral("de"));
            ui.spin("inFlightSpin")->setValue(3);
            ui.spin("runRequestsSpin")->setValue(100);
            ui.spin("runWindowSpin")->setValue(60);
            ui.spin("statusRequestsSpin")->setValue(80);
            choose(ui.combo("backendCombo"), QStringLiteral("fashn"));
            ui.edit("keyEdit")->setText(QStringLiteral("fa-abcdefghijkl-0123456789abcdef"));
            QSignalSpy saved(&dialog, &SettingsDialog::saved);
            dialog.accept();
            QCOMPARE(saved.size(), 1);
            QCOMPARE(saved.first().first().toBool(), true);
        }
        Settings *st = s->settings();
        QCOMPARE(st->outputDir(), m_fx->dir.filePath(QStringLiteral("elsewhere")));
        QCOMPARE(st->fileNameTemplate(), QStringLiteral("{model}_{seed}_{n}"));
        QCOMPARE(st->defaultOutputFormat(), QStringLiteral("jpeg"));
        QCOMPARE(st->confirmThreshold(), 12);
        QCOMPARE(st->dailyCreditCap(), 250);
        QCOMPARE(st->language(), QStringLiteral("de"));
        QCOMPARE(st->maxInFlight(), 3);
        QCOMPARE(st->runLimit().requests, 100);
        QCOMPARE(st->statusLimit().requests, 80);
        QCOMPARE(st->backend(), QStringLiteral("fashn"));
        // The settings reach the runner and the client at once.
        QCOMPARE(s->runner()->config().maxInFlight, 3);
        QCOMPARE(s->client()->config().runLimit.requests, 100);
        // The key went to the keychain, never to the settings file.
        QTRY_COMPARE(storedKey(), QStringLiteral("fa-abcdefghijkl-0123456789abcdef"));
        // Everything written is on disk (QSettings writes lazily), and the key is not there.
        st->sync();
        QFile ini(m_fx->dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray written = ini.readAll();
        QVERIFY2(written.contains("elsewhere") && written.contains("{model}_{seed}_{n}"),
                 written.constData());
        QVERIFY(!written.contains("0123456789abcdef"));
        QVERIFY(!written.contains("abcdefghijkl"));

        // Reopened, the dialog shows what was saved and only a redacted key.
        SettingsDialog again(s);
        QCOMPARE(Controls{&again}.spin("thresholdSpin")->value(), 12);
        QCOMPARE(Controls{&again}.spin("dailyCapSpin")->value(), 250);
        QCOMPARE(Controls{&again}.edit("templateEdit")->text(),
                 QStringLiteral("{model}_{seed}_{n}"));
        QVERIFY(Controls{&again}.edit("keyEdit")->text().isEmpty());
        QTRY_VERIFY(
            Controls{&again}.label("storedKeyLabel")->text().contains(QStringLiteral("fa-")));
        QVERIFY(!Controls{&again}
                     .label("storedKeyLabel")
                     ->text()
                     .contains(QStringLiteral("0123456789abcdef")));
    }

    // A keychain that refuses the write: the user is told, the old key stays in use.
    void keychainRefusalIsReported()
    {
        Session *s = m_fx->start();
        m_fx->secrets.setFailure(QStringLiteral("the collection is locked"));
        QSignalSpy refused(s, &Session::keyNotStored);
        SettingsDialog dialog(s);
        Controls{&dialog}.edit("keyEdit")->setText(
            QStringLiteral("fa-abcdefghijkl-0123456789abcdef"));
        dialog.accept();
        QVERIFY(refused.wait(5000));
        QCOMPARE(refused.first().first().toString(), QStringLiteral("the collection is locked"));
        QVERIFY(s->isSandbox());
    }

    void malformedKeyIsRefusedWithItsReason()
    {
        Session *s = m_fx->start();
        SettingsDialog dialog(s);
        Controls{&dialog}.edit("keyEdit")->setText(QStringLiteral("not a key\r\n"));
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.accept();
        QCOMPARE(saved.size(), 0);
        QVERIFY(!Controls{&dialog}.label("testResultLabel")->text().isEmpty());
        QVERIFY(storedKey().isEmpty());
    }

    void keyTestSaysWhatCameBack()
    {
        Session *s = m_fx->start();
        m_fx->sandbox->setCredits(QString::fromLatin1(kSandboxDefaultKey), 37);
        SettingsDialog dialog(s);
        QSignalSpy tested(&dialog, &SettingsDialog::keyTested);
        Controls{&dialog}.edit("keyEdit")->setText(QString::fromLatin1(kSandboxDefaultKey));
        dialog.testKey();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.first().at(0).toBool(), true);
        QVERIFY2(tested.first().at(1).toString().contains(QStringLiteral("37")),
                 qPrintable(tested.first().at(1).toString()));

        Controls{&dialog}.edit("keyEdit")->setText(
            QStringLiteral("fa-wrongwrongwrong-0000000000000000"));
        dialog.testKey();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.at(1).at(0).toBool(), false);
        QVERIFY2(tested.at(1).at(1).toString().contains(QStringLiteral("refused")),
                 qPrintable(tested.at(1).at(1).toString()));
    }

    void insecureBaseUrlBlocksOk()
    {
        Session *s = m_fx->start();
        SettingsDialog dialog(s);
        QPushButton *ok =
            Controls{&dialog}.get<QDialogButtonBox>("buttons")->button(QDialogButtonBox::Ok);
        Controls{&dialog}.edit("baseUrlEdit")->setText(QStringLiteral("http://api.example.com"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(Controls{&dialog}
                    .label("baseUrlProblemLabel")
                    ->text()
                    .startsWith(QStringLiteral("Refused")));
        Controls{&dialog}.edit("baseUrlEdit")->setText(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(ok->isEnabled());
        Controls{&dialog}.edit("baseUrlEdit")->setText(QStringLiteral("https://api.example.com"));
        QVERIFY(ok->isEnabled());
    }

    void templatePreviewFollowsTheText()
    {
        Session *s = m_fx->start();
        SettingsDialog dialog(s);
        Controls{&dialog}.edit("templateEdit")->setText(QStringLiteral("{model}-{seed}-{n}"));
        QVERIFY2(Controls{&dialog}
                     .label("templatePreviewLabel")
                     ->text()
                     .contains(QStringLiteral("product-to-model-42-1.png")),
                 qPrintable(Controls{&dialog}.label("templatePreviewLabel")->text()));
        Controls{&dialog}.edit("templateEdit")->setText(QStringLiteral("{model}"));
        QVERIFY(Controls{&dialog}
                    .label("templatePreviewLabel")
                    ->text()
                    .contains(QStringLiteral("{n}")));
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
