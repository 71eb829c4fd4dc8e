#pragma once

#include "core/api/RateBudget.h"

#include <QJsonObject>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <memory>

namespace fr {

// Typed access to the app's settings, with validation of every value read back. Never holds
// the API key (see SecretStore).
class Settings
{
public:
    // The user's settings (QSettings in the app's organisation/name).
    Settings();
    // A settings file of the caller's (tests use a temporary one).
    explicit Settings(const QString &iniPath);

    QUrl baseUrl() const;             // default defaults::baseUrl()
    void setBaseUrl(const QUrl &url); // empty resets to default
    // "auto" (FASHN with a key, else the local sandbox), "fashn" or "sandbox".
    QString backend() const;
    void setBackend(const QString &backend);
    QString outputDir() const;        // default <Pictures>/Fitting Room
    void setOutputDir(const QString &dir);
    QString fileNameTemplate() const; // default defaults::fileNameTemplate()
    void setFileNameTemplate(const QString &pattern);
    int maxInFlight() const; // 1..defaults::kMaxInFlight, default the maximum
    void setMaxInFlight(int n);
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

    QSettings &raw() { return *m_settings; }

private:
    RateLimit readLimit(const QString &key, RateLimit fallback) const;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace fr
