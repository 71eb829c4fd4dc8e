#include "core/settings/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace fr;

class tst_SecretStore : public QObject
{
    Q_OBJECT

    static SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &call)
    {
        SecretStore::Result out;
        bool done = false;
        call([&](const SecretStore::Result &r) {
            out = r;
            done = true;
        });
        for (int i = 0; i < 200 && !done; ++i)
            QTest::qWait(10);
        if (!done)
            qFatal("secret store callback never came");
        return out;
    }

private slots:
    void memoryStoreLifecycle()
    {
        MemorySecretStore store;
        QObject ctx;
        auto r = wait([&](auto cb) { store.readKey(&ctx, cb); });
        QVERIFY(!r.ok);
        QVERIFY(r.notFound);
        r = wait([&](auto cb) { store.writeKey("fa-abc123-secret", &ctx, cb); });
        QVERIFY(r.ok);
        r = wait([&](auto cb) { store.readKey(&ctx, cb); });
        QVERIFY(r.ok);
        QCOMPARE(r.key, QString("fa-abc123-secret"));
        r = wait([&](auto cb) { store.deleteKey(&ctx, cb); });
        QVERIFY(r.ok);
        r = wait([&](auto cb) { store.readKey(&ctx, cb); });
        QVERIFY(r.notFound);
    }

    void failuresAreReported()
    {
        MemorySecretStore store;
        store.setFailure("The keychain is locked.");
        QObject ctx;
        const auto r = wait([&](auto cb) { store.writeKey("fa-abc123-secret", &ctx, cb); });
        QVERIFY(!r.ok);
        QVERIFY(!r.notFound);
        QCOMPARE(r.error, QString("The keychain is locked."));
    }

    void callbackDroppedWithContext()
    {
        MemorySecretStore store;
        bool called = false;
        {
            QObject ctx;
            store.readKey(&ctx, [&](const SecretStore::Result &) { called = true; });
        }
        // Answers are delivered in order: once a later request's answer is in, the dropped
        // one had its turn.
        bool later = false;
        store.readKey(this, [&](const SecretStore::Result &) { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!called);
    }

    void keyShape_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ok");
        QTest::newRow("good") << "fa-Xy12abCD-0123456789abcdef" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("spaces around") << " fa-Xy12abCD-0123 " << false;
        QTest::newRow("newline") << "fa-Xy12abCD-0123\n" << false;
        QTest::newRow("other prefix") << "sk-Xy12abCD-0123456" << false;
        QTest::newRow("too short") << "fa-1" << false;
        // Would be put into the Authorization header as is (header injection).
        QTest::newRow("inner CR LF") << "fa-Xy12abCD-0123\r\nX-Evil: 1" << false;
        QTest::newRow("inner tab") << "fa-Xy12abCD-01\t23456" << false;
        QTest::newRow("control") << QString("fa-Xy12abCD-0123\x01"
                                            "45")
                                 << false;
        QTest::newRow("not ascii") << QString::fromUtf8("fa-Xy12abCD-0123é45") << false;
    }
    void keyShape()
    {
        QFETCH(QString, key);
        QFETCH(bool, ok);
        QString reason;
        QCOMPARE(looksLikeApiKey(key, &reason), ok);
        QCOMPARE(reason.isEmpty(), ok);
    }

    void redaction()
    {
        const QString key = "fa-Xy12abCD-0123456789abcdef";
        const QString shown = redactKey(key);
        QVERIFY(!shown.contains("0123456789"));
        QVERIFY(shown.startsWith("fa-Xy"));
        QVERIFY(shown.endsWith("cdef"));
        QCOMPARE(redactKey("short"), QString("…"));
    }
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
