#pragma once

#include <QDialog>
#include <QJsonObject>

class QTextBrowser;

namespace fr {

// How a result was made, from its sidecar, in words: model, every parameter, the inputs with
// their file names and SHA-256, seed, prediction id, credits and times. "Copy JSON" puts the
// sidecar itself on the clipboard. Non-modal: several can stay open beside the gallery.
class ProvenanceDialog : public QDialog
{
    Q_OBJECT
public:
    ProvenanceDialog(const QString &imagePath, const QJsonObject &sidecar,
                     QWidget *parent = nullptr);

    // The readable form as HTML (exposed for tests).
    static QString toHtml(const QString &imagePath, const QJsonObject &sidecar);
    QString json() const;

private:
    QJsonObject m_sidecar;
    QTextBrowser *m_text = nullptr;
};

} // namespace fr
