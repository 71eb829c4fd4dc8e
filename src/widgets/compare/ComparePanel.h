#pragma once

#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace fr {

class WipeView;
class ZoomView;

// Two to four results side by side, or two under a wipe divider. Zoom and pan follow the
// user across every pane: zooming one pane zooms all to the same spot. Each pane is labelled
// with what differs between the results (compareLabels), so "seed 42" stands over one and
// "seed 7" over the other. Keys: Esc closes, W toggles the wipe, F fits all, 1 shows 100 %.
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { SideBySide, Wipe };
    static constexpr int kMaxPanes = 4;

    explicit ComparePanel(QWidget *parent = nullptr);
    ~ComparePanel() override;

    // Results (with sidecars) or input pictures (without); beyond kMaxPanes are ignored.
    void setImages(const QStringList &paths);
    QStringList images() const { return m_paths; }
    QStringList labels() const { return m_labels; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool canWipe() const { return m_paths.size() == 2; }
    void toggleWipe();

    void fitAll();
    void actualSizeAll();

    // The side-by-side panes' views, in order, and the wipe view: for tests and the window.
    QList<ZoomView *> paneViews() const;
    WipeView *wipeView() const { return m_wipe; }

signals:
    void closeRequested();
    void modeChanged(fr::ComparePanel::Mode mode);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The view every pane shows, kept relative to each pane's fit so images of different
    // sizes show the same part of the picture.
    struct SharedView
    {
        bool fit = true;
        double relativeZoom = 1.0;
        QPointF center{0.5, 0.5};
    };

    struct Pane
    {
        QWidget *frame = nullptr;
        QLabel *label = nullptr;
        QLabel *file = nullptr;
        ZoomView *view = nullptr;
    };

    QToolButton *addToolButton(const QString &text, const QString &tip);
    Pane makePane(int index);
    QList<ZoomView *> allViews() const;
    void followUser(ZoomView *source);
    void apply(ZoomView *view) const;
    void updateModeButtons();
    void updatePaneAreaPalette();

    QStringList m_paths;
    QStringList m_labels;
    QList<Pane> m_panes;
    QWidget *m_paneArea = nullptr;
    QStackedWidget *m_stack = nullptr;
    WipeView *m_wipe = nullptr;
    QLabel *m_title = nullptr;
    QAbstractButton *m_sideBySideButton = nullptr;
    QAbstractButton *m_wipeButton = nullptr;
    Mode m_mode = Mode::SideBySide;
    SharedView m_shared;
};

} // namespace fr
