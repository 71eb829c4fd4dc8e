#pragma once

#include "core/api/RateBudget.h"

#include <QJsonObject>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <QVariant>
#include <functional>
#include <memory>

namespace fr {

// The app's settings, described once in a table of keys (name, default, normaliser): every value
// read back or written goes through its key's normaliser, so a hand-edited or stale file can
// never hand the client a value it would refuse. Never holds the API key (see SecretStore).
class Settings : public QObject
{
    Q_OBJECT
public:
    struct Key
    {
        QString name; // a name ending in '/' is a family: "values/" + model
        std::function<QVariant()> defaultValue; // what an absent or refused value reads as
        // Returns the value as it is stored and read, or an invalid QVariant to refuse it.
        std::function<QVariant(const QVariant &)> normalise;
    };
    // Every setting the app knows.
    static const QList<Key> &keys();
    // The table entry for a name (a family entry for "values/<model>"), or nullptr.
    static const Key *key(const QString &name);

    // The user's settings (QSettings in the app's organisation/name).
    explicit Settings(QObject *parent = nullptr);
    // A settings file of the caller's (tests use a temporary one).
    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    ~Settings() override;

    // The normalised value of a key in the table, its default when absent or refused.
    QVariant value(const QString &name) const;
    // Stores a value after normalising it; a refused value resets the key to its default.
    // Emits changed() when the value read back differs; returns whether it did.
    bool setValue(const QString &name, const QVariant &value);
    void reset(const QString &name);
    void sync();

    QUrl baseUrl() const;             // default defaults::baseUrl()
    void setBaseUrl(const QUrl &url); // empty resets to default
    // "auto" (FASHN with a key, else the local sandbox), "fashn" or "sandbox".
    QString backend() const;
    void setBackend(const QString &backend);
    QString outputDir() const; // default <Pictures>/Fitting Room
    void setOutputDir(const QString &dir);
    QString fileNameTemplate() const; // default defaults::fileNameTemplate(); must contain {n}
    void setFileNameTemplate(const QString &pattern);
    int maxInFlight() const; // 1..defaults::kMaxInFlight, default the maximum
    void setMaxInFlight(int n);
    // Credits FASHN may accept per local day (run, batch, resubmit refuse beyond it); 0 = no cap.
    int dailyCreditCap() const;
    void setDailyCreditCap(int credits);
    RateLimit runLimit() const;
    RateLimit statusLimit() const;
    RateLimit creditsLimit() const;
    void setRateLimits(RateLimit run, RateLimit status, RateLimit credits);

    // The studio's choices.
    QString language() const; // "" = the system's, else "en", "de", "fr"
    void setLanguage(const QString &code);
    int confirmThreshold() const; // ask before a request costing more credits than this; 0 = never
    void setConfirmThreshold(int credits);
    QString defaultOutputFormat() const; // "" = the catalog default, else "png" / "jpeg"
    void setDefaultOutputFormat(const QString &format);
    QString lastModel() const;
    void setLastModel(const QString &model);
    QJsonObject lastValues(const QString &model) const; // the form's values, per model
    void setLastValues(const QString &model, const QJsonObject &values);
    QByteArray windowState(const QString &name) const; // geometry, splitters, docks
    void setWindowState(const QString &name, const QByteArray &state);

    static QString defaultOutputDir();
    static QString defaultJournalPath(); // <AppDataLocation>/journal.sqlite

signals:
    // A key's value (as read back) changed through this object.
    void changed(const QString &key);

private:
    RateLimit readLimit(const QString &prefix) const;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace fr
