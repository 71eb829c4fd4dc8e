#include "ViewerPanel.h"

#include "ProvenanceText.h"
#include "ZoomView.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace fr {

ViewerPanel::ViewerPanel(QWidget *parent) : QWidget(parent), m_view(new ZoomView(this))
{
    m_toolbar = new QWidget(this);
    m_toolbar->setObjectName(QStringLiteral("viewerToolbar"));
    auto *bar = new QHBoxLayout(m_toolbar);
    bar->setContentsMargins(8, 4, 8, 4);
    bar->setSpacing(2);

    QToolButton *fit = addButton(tr("Fit"), tr("Fit the image in the view (0)"));
    QToolButton *actual = addButton(tr("100 %"), tr("Show actual pixels (1)"));
    QToolButton *zoomOut = addButton(QStringLiteral("−"), tr("Zoom out (-)"));
    QToolButton *zoomIn = addButton(QStringLiteral("+"), tr("Zoom in (+)"));
    m_previous = addButton(QStringLiteral("‹"), tr("Previous result (Left)"));
    m_next = addButton(QStringLiteral("›"), tr("Next result (Right)"));
    m_position = new QLabel(m_toolbar);
    m_position->setObjectName(QStringLiteral("viewerPosition"));
    m_position->setMinimumWidth(56);
    m_position->setAlignment(Qt::AlignCenter);
    m_fileLabel = new QLabel(m_toolbar);
    m_fileLabel->setObjectName(QStringLiteral("viewerFileName"));
    m_fileLabel->setForegroundRole(QPalette::PlaceholderText);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    bar->addWidget(fit);
    bar->addWidget(actual);
    bar->addSpacing(6);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addStretch(1);
    bar->addWidget(m_fileLabel);
    bar->addStretch(1);
    bar->addWidget(m_previous);
    bar->addWidget(m_position);
    bar->addWidget(m_next);

    m_captionLabel = new QLabel(this);
    m_captionLabel->setObjectName(QStringLiteral("viewerCaption"));
    m_captionLabel->setContentsMargins(12, 6, 12, 8);
    m_captionLabel->setTextFormat(Qt::PlainText);
    m_captionLabel->setMinimumWidth(1); // elided by hand; never widens the panel

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_captionLabel);

    connect(fit, &QToolButton::clicked, m_view, &ZoomView::fit);
    connect(actual, &QToolButton::clicked, m_view, &ZoomView::actualSize);
    connect(zoomOut, &QToolButton::clicked, m_view, &ZoomView::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_view, &ZoomView::zoomIn);
    connect(m_previous, &QToolButton::clicked, this, &ViewerPanel::previous);
    connect(m_next, &QToolButton::clicked, this, &ViewerPanel::next);

    setFocusProxy(m_view);
    updateButtons();
}

ViewerPanel::~ViewerPanel() = default;

QToolButton *ViewerPanel::addButton(const QString &text, const QString &tip)
{
    auto *button = new QToolButton(m_toolbar);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    // The view keeps the keyboard, so arrows always step through results.
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumWidth(28);
    return button;
}

void ViewerPanel::setImages(const QStringList &paths, int current)
{
    m_paths = paths;
    m_current = paths.isEmpty() ? -1 : std::clamp(current, 0, int(paths.size()) - 1);
    showCurrent();
}

void ViewerPanel::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_paths.size() || index == m_current)
        return;
    m_current = index;
    showCurrent();
}

void ViewerPanel::next()
{
    setCurrentIndex(m_current + 1);
}

void ViewerPanel::previous()
{
    setCurrentIndex(m_current - 1);
}

void ViewerPanel::first()
{
    setCurrentIndex(0);
}

void ViewerPanel::last()
{
    setCurrentIndex(int(m_paths.size()) - 1);
}

void ViewerPanel::showCurrent()
{
    const QString path = currentPath();
    m_view->setImagePath(path);
    // Decoding the neighbours now makes the next arrow press instant.
    m_view->preload({m_paths.value(m_current + 1), m_paths.value(m_current - 1)});

    const QJsonObject sidecar = readSidecar(path);
    m_caption = sidecar.isEmpty() ? QString() : provenanceSummary(sidecar);
    m_fileLabel->setText(QFileInfo(path).fileName());
    m_captionLabel->setToolTip(m_caption);
    m_captionLabel->setVisible(!m_caption.isEmpty());
    updateCaptionText();
    updateButtons();
    emit currentChanged(path);
}

void ViewerPanel::updateCaptionText()
{
    const int room = m_captionLabel->width() - m_captionLabel->contentsMargins().left() -
                     m_captionLabel->contentsMargins().right();
    m_captionLabel->setText(
        m_captionLabel->fontMetrics().elidedText(m_caption, Qt::ElideRight, std::max(room, 40)));
}

void ViewerPanel::updateButtons()
{
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current >= 0 && m_current + 1 < m_paths.size());
    m_position->setText(m_paths.isEmpty() ? QString()
                                          : tr("%1 / %2").arg(m_current + 1).arg(m_paths.size()));
}

void ViewerPanel::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        break;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        next();
        break;
    case Qt::Key_Home:
        first();
        break;
    case Qt::Key_End:
        last();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ViewerPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateCaptionText();
}

} // namespace fr
