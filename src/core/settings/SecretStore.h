#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace fr {

// Where the API key lives. The studio uses the system keychain; tests use the in-memory store.
// The key is never written to a settings file or a log.
class SecretStore
{
public:
    struct Result
    {
        bool ok = false;
        bool notFound = false; // no key stored yet (not an error)
        QString key;
        QString error; // the keychain's explanation when !ok
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~SecretStore() = default;
    virtual void readKey(QObject *context, Callback callback) = 0;
    virtual void writeKey(const QString &key, QObject *context, Callback callback) = 0;
    virtual void deleteKey(QObject *context, Callback callback) = 0;
};

// QtKeychain: Secret Service / KWallet on Linux, Keychain on macOS, Credential Store on Windows.
// No insecure fallback: if no keychain is available the user is told, never given a plain file.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Fitting Room"),
                                 QString account = QStringLiteral("fashn-api-key"));
    void readKey(QObject *context, Callback callback) override;
    void writeKey(const QString &key, QObject *context, Callback callback) override;
    void deleteKey(QObject *context, Callback callback) override;

private:
    QString m_service;
    QString m_account;
};

class MemorySecretStore : public SecretStore
{
public:
    void readKey(QObject *context, Callback callback) override;
    void writeKey(const QString &key, QObject *context, Callback callback) override;
    void deleteKey(QObject *context, Callback callback) override;
    void setFailure(const QString &error) { m_failure = error; }

private:
    QString m_key;
    bool m_has = false;
    QString m_failure;
};

// Accepts what FASHN keys look like (fa-<id>-<hash>) with a clear reason when not.
bool looksLikeApiKey(const QString &key, QString *reason = nullptr);
// Only printable ASCII (0x21-0x7e): anything else, a CR/LF above all, would go into the
// Authorization header as is. Checked wherever a key is about to be used.
bool keyIsPrintableAscii(const QString &key);
// A key shown to the user or in diagnostics: "fa-abc…wxyz" (never the whole key).
QString redactKey(const QString &key);

} // namespace fr
