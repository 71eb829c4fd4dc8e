#pragma once

#include "SlotPreflight.h"
#include "core/catalog/ParamSpec.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QMimeData;
class QToolButton;

namespace fr {

namespace composer {
class SlotPreview;
}

// One image input of the chosen model. Takes a file (drop, browse, paste), image data from a
// browser or the clipboard, an http(s) link, or saved:NAME where the input accepts it, and
// checks every file before any credit is spent.
//
// The value only changes to input that passed the check: a refused drop leaves the previous
// value in place and shows why in the slot until the user dismisses it, clears the slot or
// gives other input. A refusal counts as a problem (problem()), so the composer does not
// generate with an image the user meant to replace.
class ImageSlot : public QFrame
{
    Q_OBJECT

public:
    explicit ImageSlot(const ParamSpec &spec, QWidget *parent = nullptr);

    QString param() const { return m_spec.name; }
    const ParamSpec &spec() const { return m_spec; }

    // A local file path, an http(s) URL, saved:NAME, or empty.
    QString value() const { return m_value; }
    // Checks the value like any other input; a local file is accepted once its check passes.
    void setValue(const QString &value);
    void clear();

    QString problem() const { return m_problem; }
    bool isBusy() const { return m_busy; }
    void dismissProblem();

    // Why the slot is not used right now (empty: it is). The value is kept, but greyed out.
    void setDisabledReason(const QString &reason);
    QString disabledReason() const { return m_disabledReason; }
    // A validation issue about this input, worded for the user (empty: none).
    void setIssue(const QString &issue);
    QString issue() const { return m_issue; }

    void setUploadEdge(int maxEdge);
    int uploadEdge() const { return m_uploadEdge; }
    // The lines describing the current value, e.g. "6000×4000 · 8.2 MB", "→ uploads 2000×1333
    // JPEG".
    QString summary() const;

    void paste();
    void browse();

signals:
    void valueChanged(const QString &param, const QString &value);
    void stateChanged(const QString &param);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void takeMime(const QMimeData *mime);
    void takeText(const QString &text);
    void startFileCheck(const QString &path);
    void startPastedCheck(const QMimeData *mime);
    void watch(QFuture<composer::SlotCheck> future, const QString &value);
    void acceptLink(const QString &url);
    void acceptSaved(const QString &value);
    void commit(const QString &value, const composer::SlotCheck &info);
    void refuse(const QString &reason);
    void setBusy(bool busy, const QString &what = QString());
    void refresh();
    QString emptyHint() const;

    const ParamSpec m_spec;
    QString m_value;
    composer::SlotCheck m_info; // facts about the current file value
    QString m_problem;
    QString m_issue;
    QString m_disabledReason;
    QString m_busyWhat;
    bool m_busy = false;
    bool m_dragHover = false;
    int m_generation = 0; // bumped by every new input; late checks of older input are dropped
    int m_uploadEdge = 2000;

    QLabel *m_title = nullptr;
    QLabel *m_tag = nullptr;
    QToolButton *m_clearButton = nullptr;
    composer::SlotPreview *m_preview = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QWidget *m_problemRow = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_issueLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_savedEdit = nullptr;
};

} // namespace fr
