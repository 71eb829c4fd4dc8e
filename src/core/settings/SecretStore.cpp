#include "SecretStore.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace fr {

KeychainSecretStore::KeychainSecretStore(QString service, QString account)
    : m_service(std::move(service)), m_account(std::move(account))
{
}

namespace {
// Who asked, watched from the moment of asking: the keychain may answer after the asker is
// gone, and a raw pointer kept until then would be dangling.
struct Asker
{
    explicit Asker(QObject *context) : guard(context), hadContext(context != nullptr) {}
    QPointer<QObject> guard;
    bool hadContext;
};

void deliver(const Asker &asker, SecretStore::Callback callback, SecretStore::Result result)
{
    if (asker.hadContext && !asker.guard)
        return;
    QObject *target = asker.hadContext ? asker.guard.data() : QCoreApplication::instance();
    QMetaObject::invokeMethod(
        target,
        [guard = asker.guard, hadContext = asker.hadContext, callback = std::move(callback),
         result] {
            if (hadContext && !guard)
                return;
            callback(result);
        },
        Qt::QueuedConnection);
}

SecretStore::Result fromJob(QKeychain::Job *job)
{
    SecretStore::Result r;
    r.ok = job->error() == QKeychain::NoError;
    r.notFound = job->error() == QKeychain::EntryNotFound;
    if (!r.ok && !r.notFound)
        r.error = job->errorString();
    return r;
}
} // namespace

void KeychainSecretStore::readKey(QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_account);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [asker = Asker(context), callback](QKeychain::Job *j) {
                         SecretStore::Result r = fromJob(j);
                         if (r.ok)
                             r.key = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
                         deliver(asker, callback, r);
                     });
    job->start();
}

void KeychainSecretStore::writeKey(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_account);
    job->setTextData(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [asker = Asker(context), callback](QKeychain::Job *j) {
                         deliver(asker, callback, fromJob(j));
                     });
    job->start();
}

void KeychainSecretStore::deleteKey(QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_account);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [asker = Asker(context), callback](QKeychain::Job *j) {
                         SecretStore::Result r = fromJob(j);
                         if (r.notFound)
                             r.ok = true;
                         deliver(asker, callback, r);
                     });
    job->start();
}

void MemorySecretStore::readKey(QObject *context, Callback callback)
{
    Result r;
    if (!m_failure.isEmpty()) {
        r.error = m_failure;
    } else if (!m_has) {
        r.notFound = true;
    } else {
        r.ok = true;
        r.key = m_key;
    }
    deliver(Asker(context), callback, r);
}

void MemorySecretStore::writeKey(const QString &key, QObject *context, Callback callback)
{
    Result r;
    if (!m_failure.isEmpty()) {
        r.error = m_failure;
    } else {
        m_key = key;
        m_has = true;
        r.ok = true;
    }
    deliver(Asker(context), callback, r);
}

void MemorySecretStore::deleteKey(QObject *context, Callback callback)
{
    m_key.clear();
    m_has = false;
    Result r;
    r.ok = m_failure.isEmpty();
    r.error = m_failure;
    deliver(Asker(context), callback, r);
}

bool looksLikeApiKey(const QString &key, QString *reason)
{
    QString dummy;
    if (!reason)
        reason = &dummy;
    const QString k = key.trimmed();
    if (k.isEmpty()) {
        *reason = QStringLiteral("The API key is empty.");
        return false;
    }
    if (k != key) {
        *reason = QStringLiteral("The API key has spaces or line breaks around it.");
        return false;
    }
    if (k.contains(QLatin1Char(' '))) {
        *reason = QStringLiteral("The API key contains spaces.");
        return false;
    }
    if (!keyIsPrintableAscii(k)) {
        *reason = QStringLiteral("The API key contains a line break or another character that "
                                 "is not printable ASCII; copy the key again.");
        return false;
    }
    if (!k.startsWith(QLatin1String("fa-")) || k.size() < 12) {
        *reason = QStringLiteral("FASHN API keys start with \"fa-\" and are longer than this; copy "
                                 "the whole key from your FASHN account.");
        return false;
    }
    return true;
}

bool keyIsPrintableAscii(const QString &key)
{
    for (const QChar c : key) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QString redactKey(const QString &key)
{
    if (key.size() <= 10)
        return QStringLiteral("…");
    return key.left(5) + QStringLiteral("…") + key.right(4);
}

} // namespace fr
