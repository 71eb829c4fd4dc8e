// KeychainSecretStore against a real Secret Service: run_with_keyring.sh starts a private D-Bus
// session and an unlocked gnome-keyring for this process only, so the user's own keychain is
// never touched. Without one (FR_KEYRING_READY unset) the test is skipped, and says why.
#include "core/settings/SecretStore.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace fr;

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

    // Each test uses its own account, so a leftover from an aborted run cannot pass for a write.
    KeychainSecretStore store(const char *account)
    {
        return KeychainSecretStore(QStringLiteral("Fitting Room tests"),
                                   QString::fromLatin1(account));
    }

    template <typename Call> SecretStore::Result wait(Call call)
    {
        std::optional<SecretStore::Result> result;
        call([&result](const SecretStore::Result &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
            return {false, false, {}, QStringLiteral("no answer from the keychain in 20 s")};
        return *result;
    }

private slots:
    void initTestCase()
    {
        if (qgetenv("FR_KEYRING_READY") != "1")
            QSKIP("no private Secret Service: run through tests/core/settings/"
                  "run_with_keyring.sh (needs dbus-run-session and gnome-keyring-daemon)");
    }

    void storesReadsOverwritesAndDeletes()
    {
        KeychainSecretStore s = store("round-trip");
        QObject context;
        // A clean start: deleting a key that is not there is not an error.
        QVERIFY(wait([&](auto cb) { s.deleteKey(&context, cb); }).ok);
        SecretStore::Result r = wait([&](auto cb) { s.readKey(&context, cb); });
        QVERIFY2(!r.ok && r.notFound, qPrintable(r.error));

        const QString first = QStringLiteral("fa-test1-0123456789abcdef");
        r = wait([&](auto cb) { s.writeKey(first, &context, cb); });
        QVERIFY2(r.ok, qPrintable(r.error));
        r = wait([&](auto cb) { s.readKey(&context, cb); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.key, first);

        // A second store object (as after a restart) reads what the first one wrote.
        KeychainSecretStore again = store("round-trip");
        r = wait([&](auto cb) { again.readKey(&context, cb); });
        QCOMPARE(r.key, first);

        const QString second = QStringLiteral("fa-test2-fedcba9876543210");
        QVERIFY(wait([&](auto cb) { s.writeKey(second, &context, cb); }).ok);
        r = wait([&](auto cb) { s.readKey(&context, cb); });
        QCOMPARE(r.key, second);

        QVERIFY(wait([&](auto cb) { s.deleteKey(&context, cb); }).ok);
        r = wait([&](auto cb) { s.readKey(&context, cb); });
        QVERIFY(!r.ok);
        QVERIFY(r.notFound);
        QVERIFY(r.key.isEmpty());
    }

    void accountsAreSeparate()
    {
        KeychainSecretStore a = store("account-a");
        KeychainSecretStore b = store("account-b");
        QObject context;
        QVERIFY(wait([&](auto cb) { a.writeKey(QStringLiteral("fa-a-1"), &context, cb); }).ok);
        QVERIFY(wait([&](auto cb) { b.deleteKey(&context, cb); }).ok);
        QVERIFY(wait([&](auto cb) { b.readKey(&context, cb); }).notFound);
        QCOMPARE(wait([&](auto cb) { a.readKey(&context, cb); }).key, QStringLiteral("fa-a-1"));
        QVERIFY(wait([&](auto cb) { a.deleteKey(&context, cb); }).ok);
    }

    // A callback whose context is gone is dropped, not called on a dead object.
    void answerForAGoneContextIsDropped()
    {
        KeychainSecretStore s = store("gone-context");
        bool called = false;
        auto *context = new QObject;
        s.readKey(context, [&called](const SecretStore::Result &) { called = true; });
        delete context;
        // A later request on the same bus is answered after the first one: once it is, the
        // first answer has been delivered or dropped.
        QObject alive;
        QVERIFY(wait([&](auto cb) { s.readKey(&alive, cb); }).notFound);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
