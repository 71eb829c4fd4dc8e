// prepareImageFile on paths that are not regular files: devices, pipes, links that lead
// nowhere. Each must be refused at once, without reading without bound or blocking.
#include "core/images/ImagePreparer.h"

#include <QFile>
#include <QFuture>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace fr;

class TestImagePreparerFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs the preparer on a worker thread so that a blocking open shows as a failure, not a
    // hung test.
    PreparedImage prepareSoon(const QString &path)
    {
        QFuture<PreparedImage> future =
            QtConcurrent::run([path] { return prepareImageFile(path, PrepareOptions{}); });
        const bool finished = QTest::qWaitFor([&future] { return future.isFinished(); }, 5000);
        if (!finished) {
            // Unblock a reader stuck in open() or read() on a FIFO, so the test can end.
            const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
            future.waitForFinished();
            PreparedImage hung;
            hung.message = QStringLiteral("HUNG");
            return hung;
        }
        return future.result();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void deviceIsRefused()
    {
        if (!QFile::exists("/dev/zero"))
            QSKIP("no /dev/zero");
        const PreparedImage image = prepareSoon("/dev/zero");
        QCOMPARE(image.problem, ImageProblem::NotAFile);
        QVERIFY2(image.message.contains("zero"), qPrintable(image.message));
    }

    void linkToDeviceIsRefused()
    {
        const QString link = m_dir.filePath("photo.jpg");
        QVERIFY(QFile::link("/dev/zero", link));
        const PreparedImage image = prepareSoon(link);
        QCOMPARE(image.problem, ImageProblem::NotAFile);
        QVERIFY2(image.message.contains("photo.jpg"), qPrintable(image.message));
    }

    void fifoIsRefusedPromptly()
    {
        const QString fifo = m_dir.filePath("pipe.png");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const PreparedImage image = prepareSoon(fifo);
        QVERIFY2(image.message != QLatin1String("HUNG"), "prepareImageFile blocked on a FIFO");
        QCOMPARE(image.problem, ImageProblem::NotAFile);
    }

    void linkLoopIsNotCalledMissing()
    {
        const QString a = m_dir.filePath("a.jpg");
        const QString b = m_dir.filePath("b.jpg");
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
        const PreparedImage image = prepareSoon(a);
        QVERIFY(!image.ok());
        QVERIFY(image.problem != ImageProblem::Missing);
        QVERIFY2(!image.message.contains("does not exist"), qPrintable(image.message));
        QVERIFY2(image.message.contains("loop"), qPrintable(image.message));
    }

    void brokenLinkIsMissing()
    {
        const QString link = m_dir.filePath("gone.jpg");
        QVERIFY(QFile::link(m_dir.filePath("nothing-here.jpg"), link));
        const PreparedImage image = prepareSoon(link);
        QCOMPARE(image.problem, ImageProblem::Missing);
    }
};

QTEST_GUILESS_MAIN(TestImagePreparerFiles)
#include "tst_imagepreparerfiles.moc"
