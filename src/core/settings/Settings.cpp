#include "Settings.h"

#include "core/FashnDefaults.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

namespace fr {

namespace {

QVariant oneOf(const QVariant &v, std::initializer_list<const char *> allowed)
{
    const QString s = v.toString();
    for (const char *a : allowed) {
        if (s == QLatin1String(a))
            return s;
    }
    return {};
}

QVariant intAtLeast(const QVariant &v, int minimum, int maximum = INT_MAX)
{
    bool ok = false;
    const int n = v.toString().trimmed().toInt(&ok);
    if (!ok)
        return {};
    return qBound(minimum, n, maximum);
}

// A limit refuses what no server would grant (no requests, windows under 100 ms) rather than
// clamping it: a typo must not slow the app to a crawl.
QVariant requestsValue(const QVariant &v)
{
    bool ok = false;
    const int n = v.toString().trimmed().toInt(&ok);
    return ok && n >= 1 ? QVariant(n) : QVariant();
}

QVariant windowValue(const QVariant &v)
{
    bool ok = false;
    const int n = v.toString().trimmed().toInt(&ok);
    return ok && n >= 100 ? QVariant(n) : QVariant();
}

QList<Settings::Key> limitKeys(const QString &endpoint, RateLimit fallback)
{
    const QString prefix = QStringLiteral("limits/") + endpoint;
    return {{prefix + QStringLiteral("/requests"), [=] { return QVariant(fallback.requests); },
             requestsValue},
            {prefix + QStringLiteral("/windowMs"), [=] { return QVariant(fallback.windowMs); },
             windowValue}};
}

QList<Settings::Key> buildKeys()
{
    auto fixed = [](QVariant v) { return [v] { return v; }; };
    QList<Settings::Key> keys{
        {QStringLiteral("api/baseUrl"), [] { return QVariant(defaults::baseUrl()); },
         [](const QVariant &v) {
             const QUrl url(v.toString().trimmed());
             return url.isValid() && !url.isEmpty() && !url.scheme().isEmpty()
                        ? QVariant(url.toString())
                        : QVariant();
         }},
        {QStringLiteral("api/backend"), fixed(QStringLiteral("auto")),
         [](const QVariant &v) {
             return oneOf(v, {"auto", "fashn", "sandbox"});
         }},
        {QStringLiteral("api/maxInFlight"), fixed(defaults::kMaxInFlight),
         [](const QVariant &v) { return intAtLeast(v, 1, defaults::kMaxInFlight); }},
        {QStringLiteral("spend/dailyCreditCap"), fixed(0),
         [](const QVariant &v) { return intAtLeast(v, 0); }},
        {QStringLiteral("library/outputDir"), [] { return QVariant(Settings::defaultOutputDir()); },
         [](const QVariant &v) {
             const QString dir = v.toString().trimmed();
             return dir.isEmpty() ? QVariant() : QVariant(dir);
         }},
        {QStringLiteral("library/fileNameTemplate"),
         [] { return QVariant(defaults::fileNameTemplate()); },
         [](const QVariant &v) {
             // Without {n} the outputs of one job would overwrite each other.
             const QString t = v.toString().trimmed();
             return t.contains(QLatin1String("{n}")) ? QVariant(t) : QVariant();
         }},
        {QStringLiteral("ui/language"), fixed(QString()),
         [](const QVariant &v) {
             return oneOf(v, {"", "en", "de", "fr"});
         }},
        {QStringLiteral("ui/confirmThreshold"), fixed(20),
         [](const QVariant &v) { return intAtLeast(v, 0); }},
        {QStringLiteral("ui/defaultOutputFormat"), fixed(QString()),
         [](const QVariant &v) {
             return oneOf(v, {"", "png", "jpeg"});
         }},
        {QStringLiteral("ui/lastModel"), fixed(QString()),
         [](const QVariant &v) { return QVariant(v.toString()); }},
        // Families: one value per model / per window.
        {QStringLiteral("values/"), fixed(QByteArray()),
         [](const QVariant &v) {
             QJsonObject object;
             if (v.metaType() == QMetaType::fromType<QJsonObject>()) {
                 object = v.toJsonObject();
             } else {
                 const QByteArray bytes = v.toByteArray();
                 if (bytes.isEmpty())
                     return QVariant(QByteArray());
                 const QJsonDocument doc = QJsonDocument::fromJson(bytes);
                 if (!doc.isObject())
                     return QVariant();
                 object = doc.object();
             }
             return QVariant(object.isEmpty()
                                 ? QByteArray()
                                 : QJsonDocument(object).toJson(QJsonDocument::Compact));
         }},
        {QStringLiteral("window/"), fixed(QByteArray()),
         [](const QVariant &v) { return QVariant(v.toByteArray()); }},
    };
    keys << limitKeys(QStringLiteral("run"), defaults::kRunLimit)
         << limitKeys(QStringLiteral("status"), defaults::kStatusLimit)
         << limitKeys(QStringLiteral("credits"), defaults::kCreditsLimit);
    return keys;
}

} // namespace

const QList<Settings::Key> &Settings::keys()
{
    static const QList<Key> table = buildKeys();
    return table;
}

const Settings::Key *Settings::key(const QString &name)
{
    for (const Key &k : keys()) {
        if (k.name.endsWith(QLatin1Char('/'))
                ? name.startsWith(k.name) && name.size() > k.name.size()
                : name == k.name)
            return &k;
    }
    return nullptr;
}

Settings::Settings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QVariant Settings::value(const QString &name) const
{
    const Key *k = key(name);
    Q_ASSERT_X(k, "Settings::value", qPrintable(name));
    if (!k)
        return {};
    const QVariant stored = m_settings->value(name);
    if (stored.isValid()) {
        const QVariant v = k->normalise(stored);
        if (v.isValid())
            return v;
    }
    return k->defaultValue();
}

bool Settings::setValue(const QString &name, const QVariant &value)
{
    const Key *k = key(name);
    Q_ASSERT_X(k, "Settings::setValue", qPrintable(name));
    if (!k)
        return false;
    const QVariant before = this->value(name);
    const QVariant v = value.isValid() ? k->normalise(value) : QVariant();
    // Writing what is already stored would still mark the file dirty, and QSettings then
    // rewrites it with an fdatasync on the UI thread: tens of milliseconds on a busy disk.
    const bool stored = m_settings->contains(name);
    if (v.isValid() ? (stored && m_settings->value(name) == v) : !stored)
        return false;
    if (v.isValid())
        m_settings->setValue(name, v);
    else
        m_settings->remove(name);
    if (this->value(name) == before)
        return false;
    emit changed(name);
    return true;
}

void Settings::reset(const QString &name)
{
    setValue(name, QVariant());
}

void Settings::sync()
{
    m_settings->sync();
}

QUrl Settings::baseUrl() const
{
    return QUrl(value(QStringLiteral("api/baseUrl")).toString());
}
void Settings::setBaseUrl(const QUrl &url)
{
    setValue(QStringLiteral("api/baseUrl"), url.isEmpty() ? QVariant() : QVariant(url.toString()));
}

QString Settings::backend() const
{
    return value(QStringLiteral("api/backend")).toString();
}
void Settings::setBackend(const QString &backend)
{
    setValue(QStringLiteral("api/backend"), backend);
}

QString Settings::outputDir() const
{
    return value(QStringLiteral("library/outputDir")).toString();
}
void Settings::setOutputDir(const QString &dir)
{
    setValue(QStringLiteral("library/outputDir"), dir);
}

QString Settings::fileNameTemplate() const
{
    return value(QStringLiteral("library/fileNameTemplate")).toString();
}
void Settings::setFileNameTemplate(const QString &pattern)
{
    setValue(QStringLiteral("library/fileNameTemplate"), pattern);
}

int Settings::dailyCreditCap() const
{
    return value(QStringLiteral("spend/dailyCreditCap")).toInt();
}
void Settings::setDailyCreditCap(int credits)
{
    setValue(QStringLiteral("spend/dailyCreditCap"), credits);
}

int Settings::maxInFlight() const
{
    return value(QStringLiteral("api/maxInFlight")).toInt();
}
void Settings::setMaxInFlight(int n)
{
    setValue(QStringLiteral("api/maxInFlight"), n);
}

RateLimit Settings::readLimit(const QString &prefix) const
{
    return {value(prefix + QStringLiteral("/requests")).toInt(),
            value(prefix + QStringLiteral("/windowMs")).toInt()};
}

RateLimit Settings::runLimit() const
{
    return readLimit(QStringLiteral("limits/run"));
}
RateLimit Settings::statusLimit() const
{
    return readLimit(QStringLiteral("limits/status"));
}
RateLimit Settings::creditsLimit() const
{
    return readLimit(QStringLiteral("limits/credits"));
}

void Settings::setRateLimits(RateLimit run, RateLimit status, RateLimit credits)
{
    auto write = [this](const QString &prefix, RateLimit l) {
        setValue(prefix + QStringLiteral("/requests"), l.requests);
        setValue(prefix + QStringLiteral("/windowMs"), l.windowMs);
    };
    write(QStringLiteral("limits/run"), run);
    write(QStringLiteral("limits/status"), status);
    write(QStringLiteral("limits/credits"), credits);
}

QString Settings::language() const
{
    return value(QStringLiteral("ui/language")).toString();
}
void Settings::setLanguage(const QString &code)
{
    setValue(QStringLiteral("ui/language"), code);
}

int Settings::confirmThreshold() const
{
    return value(QStringLiteral("ui/confirmThreshold")).toInt();
}
void Settings::setConfirmThreshold(int credits)
{
    setValue(QStringLiteral("ui/confirmThreshold"), credits);
}

QString Settings::defaultOutputFormat() const
{
    return value(QStringLiteral("ui/defaultOutputFormat")).toString();
}
void Settings::setDefaultOutputFormat(const QString &format)
{
    setValue(QStringLiteral("ui/defaultOutputFormat"), format);
}

QString Settings::lastModel() const
{
    return value(QStringLiteral("ui/lastModel")).toString();
}
void Settings::setLastModel(const QString &model)
{
    setValue(QStringLiteral("ui/lastModel"), model);
}

QJsonObject Settings::lastValues(const QString &model) const
{
    return QJsonDocument::fromJson(value(QStringLiteral("values/") + model).toByteArray()).object();
}

void Settings::setLastValues(const QString &model, const QJsonObject &values)
{
    setValue(QStringLiteral("values/") + model, QVariant(values));
}

QByteArray Settings::windowState(const QString &name) const
{
    return value(QStringLiteral("window/") + name).toByteArray();
}

void Settings::setWindowState(const QString &name, const QByteArray &state)
{
    setValue(QStringLiteral("window/") + name, state);
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

} // namespace fr
