#pragma once

#include <QImage>
#include <QPixmap>
#include <QWidget>
#include <functional>

namespace fr::composer {

// The picture area of an image slot: the teaching empty state, the thumbnail, or a placeholder
// for a link or a saved model. It only paints; the slot owns the state.
class SlotPreview : public QWidget
{
public:
    enum class Mode { Empty, Busy, Image, Link, Saved };

    explicit SlotPreview(QWidget *parent = nullptr);

    void showEmpty(const QString &hint);
    void showBusy(const QString &text);
    void showImage(const QImage &thumbnail);
    void showPlaceholder(Mode mode, const QString &headline, const QString &detail);
    void setDropHighlight(bool on);
    Mode mode() const { return m_mode; }

    std::function<void()> onClicked;

    QSize sizeHint() const override { return {200, 130}; }
    QSize minimumSizeHint() const override { return {120, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    Mode m_mode = Mode::Empty;
    QString m_text;
    QString m_detail;
    QImage m_thumbnail;
    QPixmap m_scaled;  // the thumbnail at the current size, corners cut; rebuilt on resize
    QPoint m_scaledAt; // where m_scaled goes, in device pixels
    bool m_highlight = false;
};

} // namespace fr::composer
