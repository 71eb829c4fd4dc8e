#pragma once

#include "ModelSpec.h"

#include <QMap>
#include <QStringList>

namespace fr {

// Every model the app knows. The bundled description (resources/catalog) is read first; a file
// of the same model name in the override folder replaces it, so users can correct prices
// without a new build.
class ModelCatalog
{
public:
    // The user's override folder: <AppConfigLocation>/catalog.
    static QString defaultOverrideDir();
    // Bundled catalog plus overrides from overrideDir (empty: none). Problems with override
    // files are reported in *warnings and the bundled model is kept.
    static ModelCatalog load(const QString &overrideDir, QStringList *warnings = nullptr);
    static ModelCatalog bundled() { return load(QString()); }

    bool addFile(const QString &path, QString *error);
    void add(const ModelSpec &spec);

    QStringList modelNames() const { return m_order; }
    const ModelSpec *model(const QString &name) const;
    bool isEmpty() const { return m_models.isEmpty(); }

private:
    QMap<QString, ModelSpec> m_models;
    QStringList m_order;
};

} // namespace fr
