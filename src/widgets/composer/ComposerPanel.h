#pragma once

#include "core/catalog/Pricing.h"
#include "core/catalog/Validation.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QToolButton;

namespace fr {

class CostBar;
class ImageSlot;
class ModelCatalog;
class ModelSpec;
class ParameterForm;
class Settings;

// The left side of the studio: choose a model, fill its image slots and parameters, see the
// price and generate. It keeps one draft (model + values) that every edit updates and that is
// remembered per model in Settings. Every rule it shows (which inputs exclude which, what is
// required, what it costs) is read from the catalog through fr::validate and fr::estimatePrice.
class ComposerPanel : public QWidget
{
    Q_OBJECT

public:
    ComposerPanel(const ModelCatalog *catalog, Settings *settings, QWidget *parent = nullptr);
    ~ComposerPanel() override;

    QString currentModel() const { return m_model; }
    // What Generate sends: the draft without inputs that are kept but not used (e.g. a face
    // image while a model image is set).
    QJsonObject currentValues() const;
    // Everything the user set for this model, used or not (what is remembered).
    QJsonObject draftValues() const { return m_draft; }
    void setModel(const QString &name);

    void setImageValue(const QString &param, const QString &value);
    // Puts path into the model-photo input (model_image, else the first image input whose name
    // says model). Returns false when the current model has none.
    bool useAsModelImage(const QString &path);
    bool pasteIntoFocusedSlot();

    void setBalance(int credits);
    void setSessionSpent(int credits);
    bool canGenerate() const;
    QStringList blockers() const { return m_blockers; }
    PriceBreakdown estimate() const;

    // `slots` is a Qt keyword in this project (signals/slots macros are on), hence imageSlots.
    QList<ImageSlot *> imageSlots() const { return m_slots; }
    ImageSlot *slot(const QString &param) const;
    ParameterForm *form() const { return m_form; }
    CostBar *costBar() const { return m_costBar; }

    // The long edge images are prepared to for these values (FASHN advises 2000 px, 6000 px for
    // 4k output).
    static int uploadEdgeFor(const ModelSpec &spec, const QJsonObject &values);
    // Inputs unused for these values, with the reason: excluded by another input that is set,
    // or a setting that qualifies an image input that is not used.
    static QMap<QString, QString> unusedInputs(const ModelSpec &spec, const QJsonObject &draft);

signals:
    void generateRequested(const QString &model, const QJsonObject &values);
    void modelChanged(const QString &model);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const ModelSpec *spec() const;
    void switchModel(const QString &name);
    void buildSlots(const ModelSpec &spec);
    void layOutSlots(bool force = false);
    void refreshDraft();
    void generate();
    QString automaticNote(const ModelSpec &spec, const QJsonObject &values,
                          const PriceBreakdown &price) const;
    QStringList extraNotes(const ModelSpec &spec, const QJsonObject &values) const;

    const ModelCatalog *m_catalog;
    Settings *m_settings;
    QString m_model;
    QJsonObject m_draft;
    QJsonObject m_sent;
    QMap<QString, QString> m_pendingRestore; // restored files still being checked
    QStringList m_blockers;
    bool m_restoring = false;
    int m_columns = 0;

    QComboBox *m_modelCombo = nullptr;
    QLabel *m_description = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_slotArea = nullptr;
    QGridLayout *m_slotGrid = nullptr;
    QList<ImageSlot *> m_slots;
    ParameterForm *m_form = nullptr;
    QToolButton *m_resetButton = nullptr;
    CostBar *m_costBar = nullptr;
};

} // namespace fr
