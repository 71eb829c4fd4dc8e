#include "Settings.h"

#include "core/FashnDefaults.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

namespace fr {

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

QUrl Settings::baseUrl() const
{
    const QUrl url(m_settings->value(QStringLiteral("api/baseUrl")).toString());
    return url.isValid() && !url.isEmpty() ? url : QUrl(defaults::baseUrl());
}

void Settings::setBaseUrl(const QUrl &url)
{
    if (url.isEmpty())
        m_settings->remove(QStringLiteral("api/baseUrl"));
    else
        m_settings->setValue(QStringLiteral("api/baseUrl"), url.toString());
}

QString Settings::backend() const
{
    const QString b = m_settings->value(QStringLiteral("api/backend")).toString();
    return b == QLatin1String("fashn") || b == QLatin1String("sandbox") ? b : QStringLiteral("auto");
}

void Settings::setBackend(const QString &backend)
{
    m_settings->setValue(QStringLiteral("api/backend"), backend);
}

QString Settings::language() const
{
    const QString code = m_settings->value(QStringLiteral("ui/language")).toString();
    return code == QLatin1String("en") || code == QLatin1String("de") || code == QLatin1String("fr") ? code : QString();
}

void Settings::setLanguage(const QString &code) { m_settings->setValue(QStringLiteral("ui/language"), code); }

int Settings::confirmThreshold() const
{
    return qMax(0, m_settings->value(QStringLiteral("ui/confirmThreshold"), 20).toInt());
}

void Settings::setConfirmThreshold(int credits)
{
    m_settings->setValue(QStringLiteral("ui/confirmThreshold"), qMax(0, credits));
}

QString Settings::defaultOutputFormat() const
{
    const QString f = m_settings->value(QStringLiteral("ui/defaultOutputFormat")).toString();
    return f == QLatin1String("png") || f == QLatin1String("jpeg") ? f : QString();
}

void Settings::setDefaultOutputFormat(const QString &format)
{
    m_settings->setValue(QStringLiteral("ui/defaultOutputFormat"), format);
}

QString Settings::lastModel() const { return m_settings->value(QStringLiteral("ui/lastModel")).toString(); }
void Settings::setLastModel(const QString &model) { m_settings->setValue(QStringLiteral("ui/lastModel"), model); }

QJsonObject Settings::lastValues(const QString &model) const
{
    const QByteArray json = m_settings->value(QStringLiteral("values/") + model).toByteArray();
    return QJsonDocument::fromJson(json).object();
}

void Settings::setLastValues(const QString &model, const QJsonObject &values)
{
    m_settings->setValue(QStringLiteral("values/") + model, QJsonDocument(values).toJson(QJsonDocument::Compact));
}

QByteArray Settings::windowState(const QString &name) const
{
    return m_settings->value(QStringLiteral("window/") + name).toByteArray();
}

void Settings::setWindowState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("window/") + name, state);
}

QString Settings::defaultOutputDir()
{
    QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (pictures.isEmpty())
        pictures = QDir::homePath();
    return QDir(pictures).filePath(QStringLiteral("Fitting Room"));
}

QString Settings::defaultJournalPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.sqlite"));
}

QString Settings::outputDir() const
{
    const QString dir = m_settings->value(QStringLiteral("library/outputDir")).toString();
    return dir.isEmpty() ? defaultOutputDir() : dir;
}

void Settings::setOutputDir(const QString &dir)
{
    m_settings->setValue(QStringLiteral("library/outputDir"), dir);
}

QString Settings::fileNameTemplate() const
{
    const QString t = m_settings->value(QStringLiteral("library/fileNameTemplate")).toString();
    return t.contains(QLatin1String("{n}")) ? t : defaults::fileNameTemplate();
}

void Settings::setFileNameTemplate(const QString &pattern)
{
    m_settings->setValue(QStringLiteral("library/fileNameTemplate"), pattern);
}

int Settings::maxInFlight() const
{
    return qBound(1, m_settings->value(QStringLiteral("api/maxInFlight"), defaults::kMaxInFlight).toInt(), defaults::kMaxInFlight);
}

void Settings::setMaxInFlight(int n)
{
    m_settings->setValue(QStringLiteral("api/maxInFlight"), qBound(1, n, defaults::kMaxInFlight));
}

RateLimit Settings::readLimit(const QString &key, RateLimit fallback) const
{
    const int n = m_settings->value(key + QStringLiteral("/requests"), fallback.requests).toInt();
    const int w = m_settings->value(key + QStringLiteral("/windowMs"), fallback.windowMs).toInt();
    if (n < 1 || w < 100)
        return fallback;
    return {n, w};
}

RateLimit Settings::runLimit() const { return readLimit(QStringLiteral("limits/run"), defaults::kRunLimit); }
RateLimit Settings::statusLimit() const { return readLimit(QStringLiteral("limits/status"), defaults::kStatusLimit); }
RateLimit Settings::creditsLimit() const { return readLimit(QStringLiteral("limits/credits"), defaults::kCreditsLimit); }

void Settings::setRateLimits(RateLimit run, RateLimit status, RateLimit credits)
{
    auto write = [this](const QString &key, RateLimit l) {
        m_settings->setValue(key + QStringLiteral("/requests"), l.requests);
        m_settings->setValue(key + QStringLiteral("/windowMs"), l.windowMs);
    };
    write(QStringLiteral("limits/run"), run);
    write(QStringLiteral("limits/status"), status);
    write(QStringLiteral("limits/credits"), credits);
}

} // namespace fr
