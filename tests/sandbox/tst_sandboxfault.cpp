#include "sandbox/SandboxFault.h"
#include "sandbox/SandboxFaults.h"

#include <QTest>

using namespace fr;

class TestSandboxFault : public QObject
{
    Q_OBJECT

private slots:
    void parsesJson()
    {
        QString error;
        const auto f = SandboxFault::fromJson(
            {{"endpoint", "status"}, {"fault", "delay"}, {"count", 3}, {"delay_ms", 250}}, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->kind, SandboxFaultKind::Delay);
        QCOMPARE(f->endpoint, SandboxEndpoint::Status);
        QCOMPARE(f->count, 3);
        QCOMPARE(f->delayMs, 250);
    }
    void rejectsUnknownNames_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("fault") << QJsonObject{{"fault", "explode"}};
        QTest::newRow("endpoint") << QJsonObject{{"fault", "drop"}, {"endpoint", "upload"}};
        QTest::newRow("runtime") << QJsonObject{{"fault", "runtime"}, {"name", "OopsError"}};
        QTest::newRow("count") << QJsonObject{{"fault", "drop"}, {"count", 0}};
    }
    void rejectsUnknownNames()
    {
        QFETCH(QJsonObject, json);
        QString error;
        QVERIFY(!SandboxFault::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }
    void everyDocumentedRuntimeErrorIsAccepted()
    {
        QCOMPARE(SandboxFault::runtimeErrorNames().size(), 12);
        for (const QString &name : SandboxFault::runtimeErrorNames()) {
            QString error;
            QVERIFY2(SandboxFault::fromJson({{"fault", "runtime"}, {"name", name}}, &error),
                     qPrintable(error));
        }
    }
    void parsesSpecs()
    {
        QString error;
        auto f = SandboxFault::fromSpec("truncated:output:2", &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->kind, SandboxFaultKind::Truncated);
        QCOMPARE(f->endpoint, SandboxEndpoint::Output);
        QCOMPARE(f->count, 2);
        f = SandboxFault::fromSpec("delay:run:1:40", &error);
        QVERIFY(f);
        QCOMPARE(f->delayMs, 40);
        f = SandboxFault::fromSpec("runtime:PoseError:2:no pose: sorry", &error);
        QVERIFY(f);
        QCOMPARE(f->errorName, QStringLiteral("PoseError"));
        QCOMPARE(f->count, 2);
        QCOMPARE(f->errorMessage, QStringLiteral("no pose: sorry"));
        QVERIFY(!SandboxFault::fromSpec("drop:run:x", &error));
        f = SandboxFault::fromSpec("http500", &error);
        QVERIFY(f);
        QCOMPARE(f->endpoint, SandboxEndpoint::Any);
        QCOMPARE(f->count, 1);
    }
    void faultsAreTakenInOrderAndCounted()
    {
        SandboxFaults faults;
        SandboxFault drop;
        drop.kind = SandboxFaultKind::Drop;
        drop.endpoint = SandboxEndpoint::Run;
        drop.count = 2;
        SandboxFault any;
        any.kind = SandboxFaultKind::Http500;
        SandboxFault runtime;
        runtime.kind = SandboxFaultKind::Runtime;
        runtime.errorName = "PoseError";
        faults.add(drop);
        faults.add(any);
        faults.add(runtime);
        QCOMPARE(faults.take(SandboxEndpoint::Status)->kind, SandboxFaultKind::Http500);
        QVERIFY(!faults.take(SandboxEndpoint::Status));
        QCOMPARE(faults.take(SandboxEndpoint::Run)->kind, SandboxFaultKind::Drop);
        QCOMPARE(faults.take(SandboxEndpoint::Run)->kind, SandboxFaultKind::Drop);
        QVERIFY(!faults.take(SandboxEndpoint::Run));
        QCOMPARE(faults.takeRuntime()->errorName, QStringLiteral("PoseError"));
        QVERIFY(!faults.takeRuntime());
        QVERIFY(faults.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxFault)
#include "tst_sandboxfault.moc"
