#include "ModelCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStandardPaths>

namespace fr {

QString ModelCatalog::defaultOverrideDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/catalog");
}

ModelCatalog ModelCatalog::load(const QString &overrideDir, QStringList *warnings)
{
    ModelCatalog catalog;
    // Bundled files are a build input: a broken one is a bug, caught by the catalog tests.
    const QStringList bundled = QDir(QStringLiteral(":/catalog"))
                                    .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : bundled) {
        QString error;
        if (!catalog.addFile(QStringLiteral(":/catalog/") + file, &error) && warnings)
            warnings->append(error);
    }
    if (overrideDir.isEmpty())
        return catalog;
    const QDir dir(overrideDir);
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QString error;
        if (!catalog.addFile(dir.filePath(file), &error) && warnings)
            warnings->append(error);
    }
    return catalog;
}

bool ModelCatalog::addFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    QString specError;
    const ModelSpec spec = ModelSpec::fromJson(doc.object(), &specError);
    if (!spec.isValid()) {
        *error = QStringLiteral("%1: %2").arg(path, specError);
        return false;
    }
    add(spec);
    return true;
}

void ModelCatalog::add(const ModelSpec &spec)
{
    if (!m_models.contains(spec.name()))
        m_order << spec.name();
    m_models.insert(spec.name(), spec);
}

const ModelSpec *ModelCatalog::model(const QString &name) const
{
    auto it = m_models.constFind(name);
    return it == m_models.constEnd() ? nullptr : &it.value();
}

} // namespace fr
