#pragma once

#include "core/catalog/ModelSpec.h"
#include "core/catalog/Validation.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>
#include <vector>

class QGridLayout;

namespace fr {

// The non-image parameters of a model, built at run time from its catalog description: one
// editor per parameter kind (enum: combo box, integer: spin box or, past the int range, a
// digits-only line edit, boolean: check box, text: a text box with a length counter). Nothing
// here knows a parameter by name; what an editor needs it reads from the ParamSpec.
//
// values() holds every parameter whose editor has a value, defaults included, so a request
// says exactly what the form shows. Parameters left unset (an optional choice on "Automatic",
// empty text, an empty number) are absent: the request builder omits them and FASHN decides.
class ParameterForm : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterForm(QWidget *parent = nullptr);
    ~ParameterForm() override;

    void setModel(const ModelSpec *spec);
    const ModelSpec *model() const { return m_spec; }

    QJsonObject values() const;
    // Replaces the form's state: parameters absent from values take their default (or unset).
    void setValues(const QJsonObject &values);
    void resetToDefaults();

    // Issues about parameters of this form are shown under their field; others are ignored.
    void setIssues(const QList<ValidationIssue> &issues);
    // param -> why it is disabled; parameters not in the map are enabled.
    void setDisabledParams(const QMap<QString, QString> &reasons);

    // The seed: a parameter whose range is a random-number space (wider than an int). Locked,
    // it stays as it is; unlocked, every Generate gets a new one.
    bool hasSeed() const;
    bool seedLocked() const { return m_seedLocked; }
    void setSeedLocked(bool locked);
    void rerollSeedIfUnlocked();
    void rollSeed();

    QStringList params() const;
    QWidget *editor(const QString &param) const;
    QString issueText(const QString &param) const;
    QString infoText(const QString &param) const;

    static bool isSeedLike(const ParamSpec &spec);

signals:
    void valuesChanged();

private:
    struct Row;
    Row *row(const QString &param) const;
    void build();
    void addRow(QGridLayout *grid, int gridRow, const ParamSpec &spec);
    void setRowValue(Row &row, const QJsonValue &value);
    QJsonValue rowValue(const Row &row) const;
    void updateCounter(Row &row);
    void changed();

    const ModelSpec *m_spec = nullptr;
    QWidget *m_content = nullptr;
    std::vector<std::unique_ptr<Row>> m_rows;
    bool m_seedLocked = true;
    bool m_loading = false; // setValues in progress: one valuesChanged at the end
};

} // namespace fr
