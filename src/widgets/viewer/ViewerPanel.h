#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace fr {

class ZoomView;

// One result at a time, large: a ZoomView, a compact toolbar and a caption saying how the
// result was made (from its sidecar). Left/Right and Page Up/Down step through the list,
// Home/End jump to its ends; the neighbours are decoded in the background meanwhile.
class ViewerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ViewerPanel(QWidget *parent = nullptr);
    ~ViewerPanel() override;

    void setImages(const QStringList &paths, int current);
    QStringList images() const { return m_paths; }
    int currentIndex() const { return m_current; }
    QString currentPath() const { return m_paths.value(m_current); }
    void setCurrentIndex(int index);

    void next();
    void previous();
    void first();
    void last();

    ZoomView *zoomView() const { return m_view; }
    // The caption's full text (the label may show it elided).
    QString caption() const { return m_caption; }

signals:
    void currentChanged(const QString &path);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QToolButton *addButton(const QString &text, const QString &tip);
    void showCurrent();
    void updateCaptionText();
    void updateButtons();

    ZoomView *m_view = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_captionLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QWidget *m_toolbar = nullptr;
    QStringList m_paths;
    int m_current = -1;
    QString m_caption;
};

} // namespace fr
