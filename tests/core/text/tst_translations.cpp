#include "core/jobs/JobRecord.h"
#include "core/text/Translations.h"
#include "core/text/Wording.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace fr;

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    // The compiled translations travel with the core library, for the CLI and the studio.
    void compiledIntoTheCore()
    {
        for (const char *code : {"en", "de", "fr"})
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/fittingroom_%1.qm").arg(code)), code);
    }

    void englishPluralsThroughTheWording()
    {
        JobRecord job;
        job.state = JobState::Completed;
        job.errorKind = "NotAnImage";
        job.errorName = "partial";
        job.errorMessage = "#2: bad data";
        job.savedFiles = {"/out/a.png"};
        QVERIFY(text::jobError(job).startsWith("1 output(s) saved")); // no translator yet
        QCOMPARE(text::installTranslations("en"), QString());
        QVERIFY2(text::jobError(job).startsWith("1 output saved;"),
                 qPrintable(text::jobError(job)));
        job.savedFiles << "/out/b.png";
        QVERIFY(text::jobError(job).startsWith("2 outputs saved;"));
        // A language without a translation file leaves English in place.
        QCOMPARE(text::installTranslations("xx"), QString());
        QVERIFY(text::jobError(job).startsWith("2 outputs saved;"));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
