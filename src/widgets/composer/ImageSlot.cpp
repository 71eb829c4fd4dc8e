#include "ImageSlot.h"

#include "core/images/WorkerPool.h"

#include "ComposerStyle.h"
#include "ComposerText.h"
#include "SlotPreview.h"
#include "core/catalog/Validation.h"

#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fr {

using composer::hasImageData;
using composer::isHttp;
using composer::rawImageData;
using composer::SlotCheck;
using composer::SlotPreview;

namespace {

// The folder the last browse ended in, shared by all slots of the session.
QString &lastBrowseDir()
{
    static QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return dir;
}

void setElided(QLabel *label, const QString &text)
{
    label->setProperty("fullText", text);
    const int width = qMax(40, label->width());
    label->setText(label->fontMetrics().elidedText(text, Qt::ElideMiddle, width));
}

} // namespace

ImageSlot::ImageSlot(const ParamSpec &spec, QWidget *parent) : QFrame(parent), m_spec(spec)
{
    const QString label = ComposerText::label(spec);
    setObjectName(QStringLiteral("imageSlot_") + spec.name);
    setAccessibleName(tr("%1 image").arg(label));
    setToolTip(spec.displayHelp());
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    m_title = new QLabel(label, this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tag = new QLabel(spec.required ? tr("Required") : tr("Optional"), this);
    composer::makeCaption(m_tag);
    m_clearButton = new QToolButton(this);
    m_clearButton->setIcon(composer::clearIcon(palette()));
    m_clearButton->setAutoRaise(true);
    m_clearButton->setIconSize(QSize(12, 12));
    m_clearButton->setToolTip(tr("Clear (Delete)"));
    m_clearButton->setAccessibleName(tr("Clear the %1 image").arg(label));
    m_clearButton->setFocusPolicy(Qt::NoFocus);
    m_clearButton->setFixedSize(20, 20);
    // Hidden on an empty slot, but its room is kept so every card's header has one height.
    QSizePolicy keepRoom = m_clearButton->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_clearButton->setSizePolicy(keepRoom);
    connect(m_clearButton, &QToolButton::clicked, this, &ImageSlot::clear);
    header->addWidget(m_title);
    header->addWidget(m_tag, 0, Qt::AlignBaseline);
    header->addStretch();
    header->addWidget(m_clearButton);
    layout->addLayout(header);

    m_preview = new SlotPreview(this);
    m_preview->setAccessibleName(tr("%1 image: drop, paste or click to browse").arg(label));
    m_preview->onClicked = [this] {
        setFocus(Qt::MouseFocusReason);
        browse();
    };
    layout->addWidget(m_preview);

    m_nameLabel = new QLabel(this);
    m_nameLabel->setMinimumWidth(40);
    m_nameLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detailLabel = new QLabel(this);
    composer::makeCaption(m_detailLabel);
    m_detailLabel->setWordWrap(true);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_detailLabel);

    m_problemRow = new QWidget(this);
    auto *problemLayout = new QHBoxLayout(m_problemRow);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->setSpacing(4);
    m_problemLabel = new QLabel(m_problemRow);
    composer::makeError(m_problemLabel);
    m_problemLabel->setAccessibleName(tr("%1 image problem").arg(label));
    auto *dismiss = new QToolButton(m_problemRow);
    dismiss->setIcon(composer::clearIcon(palette()));
    dismiss->setIconSize(QSize(10, 10));
    dismiss->setAutoRaise(true);
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss the %1 image problem").arg(label));
    connect(dismiss, &QToolButton::clicked, this, &ImageSlot::dismissProblem);
    problemLayout->addWidget(m_problemLabel, 1);
    problemLayout->addWidget(dismiss, 0, Qt::AlignTop);
    layout->addWidget(m_problemRow);

    m_issueLabel = new QLabel(this);
    composer::makeError(m_issueLabel);
    layout->addWidget(m_issueLabel);

    m_reasonLabel = new QLabel(this);
    composer::makeCaption(m_reasonLabel);
    m_reasonLabel->setWordWrap(true);
    QFont reasonFont = m_reasonLabel->font();
    reasonFont.setItalic(true);
    m_reasonLabel->setFont(reasonFont);
    layout->addWidget(m_reasonLabel);

    if (spec.acceptsSaved) {
        m_savedEdit = new QLineEdit(this);
        m_savedEdit->setPlaceholderText(tr("or a saved model's name"));
        m_savedEdit->setToolTip(tr("A model saved in your FASHN Studio account (saved:NAME)."));
        m_savedEdit->setAccessibleName(tr("Saved model name for %1").arg(label));
        m_savedEdit->setClearButtonEnabled(true);
        connect(m_savedEdit, &QLineEdit::editingFinished, this, [this] {
            const QString name = m_savedEdit->text().trimmed();
            if (name.isEmpty()) {
                if (classifyImageValue(m_value) == ImageValueForm::Saved)
                    clear();
                return;
            }
            const QString value = QStringLiteral("saved:") + name;
            if (value != m_value)
                setValue(value);
        });
        layout->addWidget(m_savedEdit);
    }
    layout->addStretch(1); // cards of a grid row share one height; the room goes below
    refresh();
}

void ImageSlot::setValue(const QString &value)
{
    const QString v = value.trimmed();
    switch (classifyImageValue(v)) {
    case ImageValueForm::Empty:
        clear();
        return;
    case ImageValueForm::HttpUrl:
        acceptLink(v);
        return;
    case ImageValueForm::Saved:
        acceptSaved(v);
        return;
    case ImageValueForm::LocalFile:
        startFileCheck(
            v.startsWith(QLatin1String("file:"), Qt::CaseInsensitive) ? QUrl(v).toLocalFile() : v);
        return;
    case ImageValueForm::DataUri:
        // Already in wire form (e.g. restored from a request); nothing local to check.
        ++m_generation;
        commit(v, {});
        return;
    case ImageValueForm::Other:
        takeText(v);
        return;
    }
}

void ImageSlot::clear()
{
    ++m_generation;
    const bool had = !m_value.isEmpty();
    m_value.clear();
    m_info = {};
    m_problem.clear();
    m_busy = false;
    if (m_savedEdit)
        m_savedEdit->clear();
    refresh();
    if (had)
        emit valueChanged(m_spec.name, m_value);
    emit stateChanged(m_spec.name);
}

void ImageSlot::dismissProblem()
{
    if (m_problem.isEmpty())
        return;
    m_problem.clear();
    refresh();
    emit stateChanged(m_spec.name);
}

void ImageSlot::setDisabledReason(const QString &reason)
{
    if (reason == m_disabledReason)
        return;
    m_disabledReason = reason;
    const bool enabled = reason.isEmpty();
    // The reason stays readable: only the parts that take input are disabled.
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_tag),
                       static_cast<QWidget *>(m_preview), static_cast<QWidget *>(m_clearButton),
                       static_cast<QWidget *>(m_nameLabel), static_cast<QWidget *>(m_detailLabel)})
        w->setEnabled(enabled);
    if (m_savedEdit)
        m_savedEdit->setEnabled(enabled);
    setAcceptDrops(enabled);
    refresh();
    update();
}

void ImageSlot::setIssue(const QString &issue)
{
    if (issue == m_issue)
        return;
    m_issue = issue;
    refresh();
}

void ImageSlot::setUploadEdge(int maxEdge)
{
    if (maxEdge == m_uploadEdge)
        return;
    m_uploadEdge = maxEdge;
    refresh();
}

QString ImageSlot::summary() const
{
    return m_detailLabel->text();
}

void ImageSlot::paste()
{
    if (const QMimeData *mime = QGuiApplication::clipboard()->mimeData())
        takeMime(mime);
}

void ImageSlot::browse()
{
    if (!m_disabledReason.isEmpty())
        return;
    const QString label = ComposerText::label(m_spec);
    QString dir = lastBrowseDir();
    if (classifyImageValue(m_value) == ImageValueForm::LocalFile)
        dir = QFileInfo(m_value).absolutePath();
    auto *dialog =
        new QFileDialog(this, tr("Choose the %1 image").arg(label), dir,
                        tr("Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;"
                           "All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        lastBrowseDir() = QFileInfo(file).absolutePath();
        setValue(file);
    });
    dialog->open();
}

// Order matters: a local file wins; a browser drag that carries both the picture and its
// address is taken as data (a local copy needs no cookies and cannot change under us); a bare
// link is kept as a link.
void ImageSlot::takeMime(const QMimeData *mime)
{
    if (!mime)
        return;
    if (mime->hasUrls() && !mime->urls().isEmpty()) {
        const QList<QUrl> urls = mime->urls();
        if (urls.size() > 1) {
            refuse(tr("%1 files were given; a slot takes one image at a time.").arg(urls.size()));
            return;
        }
        const QUrl url = urls.first();
        if (url.isLocalFile()) {
            startFileCheck(url.toLocalFile());
            return;
        }
        if (hasImageData(mime)) {
            startPastedCheck(mime);
            return;
        }
        if (isHttp(url)) {
            acceptLink(url.toString());
            return;
        }
        refuse(tr("%1: links can't be sent to FASHN; use an image file or an http(s) link.")
                   .arg(url.scheme()));
        return;
    }
    if (hasImageData(mime)) {
        startPastedCheck(mime);
        return;
    }
    if (mime->hasText()) {
        takeText(mime->text());
        return;
    }
    refuse(tr("That is not an image, a file or a link."));
}

void ImageSlot::takeText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.contains(QLatin1Char('\n'))) {
        refuse(tr("Several lines were given; a slot takes one image at a time."));
        return;
    }
    const ImageValueForm form = classifyImageValue(t);
    if (form == ImageValueForm::HttpUrl) {
        acceptLink(t);
    } else if (form == ImageValueForm::Saved) {
        acceptSaved(t);
    } else if (t.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        startFileCheck(QUrl(t).toLocalFile());
    } else if (!t.isEmpty() && QDir::isAbsolutePath(t) && !t.contains(QLatin1String("://"))) {
        startFileCheck(t);
    } else if (t.contains(QLatin1Char(':')) && QUrl(t).isValid() && !QUrl(t).scheme().isEmpty()) {
        refuse(tr("%1: links can't be sent to FASHN; use an image file or an http(s) link.")
                   .arg(QUrl(t).scheme()));
    } else {
        refuse(tr("That text is not an image link or a file path."));
    }
}

void ImageSlot::startFileCheck(const QString &path)
{
    const int edge = m_uploadEdge;
    setBusy(true, QFileInfo(path).fileName());
    watch(QtConcurrent::run(workerPool(),
                            [path, edge] { return composer::checkImageFile(path, edge); }),
          path);
}

void ImageSlot::startPastedCheck(const QMimeData *mime)
{
    // Copied now: the drag's or the clipboard's data is gone once this returns.
    QString suffix;
    const QByteArray raw = rawImageData(mime, &suffix);
    const QImage image = raw.isEmpty() ? qvariant_cast<QImage>(mime->imageData()) : QImage();
    const int edge = m_uploadEdge;
    setBusy(true, tr("pasted image"));
    watch(QtConcurrent::run(workerPool(),
                            [raw, suffix, image, edge] {
                                return composer::checkPastedImage(raw, suffix, image, edge);
                            }),
          QString());
}

void ImageSlot::watch(QFuture<SlotCheck> future, const QString &value)
{
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<SlotCheck>(this);
    connect(watcher, &QFutureWatcher<SlotCheck>::finished, this,
            [this, watcher, generation, value] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // the slot was given other input meanwhile
                const SlotCheck check = watcher->result();
                m_busy = false;
                if (check.ok()) {
                    commit(value.isEmpty() ? check.path : value, check);
                } else if (check.writeFailed) {
                    refuse(tr("The pasted image could not be saved to the cache folder."));
                } else if (check.folder) {
                    refuse(tr("\"%1\" is a folder; drop a single image file.").arg(check.fileName));
                } else {
                    refuse(ComposerText::imageProblem(check.problem, check.fileName));
                }
            });
    watcher->setFuture(future);
}

void ImageSlot::acceptLink(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() || !isHttp(parsed)) {
        refuse(tr("This link is not a valid web address."));
        return;
    }
    ++m_generation;
    commit(parsed.toString(), {});
}

void ImageSlot::acceptSaved(const QString &value)
{
    if (!m_spec.acceptsSaved) {
        refuse(tr("This input does not take a saved model; use an image."));
        return;
    }
    if (value.trimmed().size() <= 6) {
        refuse(tr("Name the saved model after saved:."));
        return;
    }
    ++m_generation;
    commit(value.trimmed(), {});
}

void ImageSlot::commit(const QString &value, const SlotCheck &info)
{
    const bool changed = value != m_value;
    m_value = value;
    m_info = info;
    m_problem.clear();
    m_busy = false;
    if (m_savedEdit) {
        const bool saved = classifyImageValue(value) == ImageValueForm::Saved;
        m_savedEdit->setText(saved ? value.mid(6) : QString());
    }
    refresh();
    if (changed)
        emit valueChanged(m_spec.name, m_value);
    emit stateChanged(m_spec.name);
}

void ImageSlot::refuse(const QString &reason)
{
    ++m_generation;
    m_busy = false;
    m_problem = reason;
    refresh();
    emit stateChanged(m_spec.name);
}

void ImageSlot::setBusy(bool busy, const QString &what)
{
    ++m_generation;
    m_busy = busy;
    m_busyWhat = what;
    m_problem.clear();
    refresh();
    emit stateChanged(m_spec.name);
}

QString ImageSlot::emptyHint() const
{
    const QString label = ComposerText::inSentence(ComposerText::label(m_spec));
    static const QString vowels = QStringLiteral("aeiou");
    if (!label.isEmpty() && vowels.contains(label.front()))
        return tr("Drop an %1 photo here, paste, or click to browse").arg(label);
    return tr("Drop a %1 photo here, paste, or click to browse").arg(label);
}

void ImageSlot::refresh()
{
    const ImageValueForm form = classifyImageValue(m_value);
    QString name;
    QStringList details;
    if (m_busy) {
        m_preview->showBusy(tr("Checking %1…").arg(m_busyWhat));
    } else if (form == ImageValueForm::Empty) {
        m_preview->showEmpty(emptyHint());
    } else if (form == ImageValueForm::HttpUrl) {
        m_preview->showPlaceholder(SlotPreview::Mode::Link, tr("Web link"), QUrl(m_value).host());
        name = m_value;
        details << tr("Sent to FASHN as a link");
    } else if (form == ImageValueForm::Saved) {
        m_preview->showPlaceholder(SlotPreview::Mode::Saved, m_value.mid(6), tr("saved model"));
        name = m_value;
        details << tr("A model saved in your FASHN Studio account");
    } else if (form == ImageValueForm::DataUri) {
        m_preview->showPlaceholder(SlotPreview::Mode::Link, tr("Embedded image"), tr("data URI"));
        details << tr("Sent as it is");
    } else {
        m_preview->showImage(m_info.thumbnail);
        name = m_info.fileName.isEmpty() ? QFileInfo(m_value).fileName() : m_info.fileName;
        if (m_info.sourceSize.isValid()) {
            details << tr("%1 · %2").arg(ComposerText::pixels(m_info.sourceSize),
                                         ComposerText::bytes(m_info.fileBytes));
            const QString format = m_info.uploadMime == "image/png" ? tr("PNG") : tr("JPEG");
            details << tr("→ uploads %1 %2")
                           .arg(ComposerText::pixels(
                                    composer::uploadSize(m_info.sourceSize, m_uploadEdge)),
                                format);
        }
    }
    m_preview->setDropHighlight(m_dragHover);
    setElided(m_nameLabel, name);
    m_nameLabel->setToolTip(name);
    m_nameLabel->setVisible(!name.isEmpty() && !m_busy);
    m_detailLabel->setText(details.join(QLatin1Char('\n')));
    m_detailLabel->setVisible(!details.isEmpty() && !m_busy);
    m_clearButton->setVisible(!m_value.isEmpty() || !m_problem.isEmpty() || m_busy);

    QString problem = m_problem;
    if (!problem.isEmpty() && !m_value.isEmpty())
        problem += QLatin1Char(' ') + tr("The previous image is kept.");
    m_problemLabel->setText(problem);
    m_problemRow->setVisible(!m_problem.isEmpty());
    m_issueLabel->setText(m_issue);
    m_issueLabel->setVisible(!m_issue.isEmpty() && m_problem.isEmpty() && !m_busy);
    m_reasonLabel->setText(m_disabledReason);
    m_reasonLabel->setVisible(!m_disabledReason.isEmpty());

    QStringList description{name};
    description << details;
    if (!m_problem.isEmpty())
        description << m_problem;
    if (!m_disabledReason.isEmpty())
        description << m_disabledReason;
    description.removeAll(QString());
    setAccessibleDescription(description.join(QLatin1String(". ")));
}

void ImageSlot::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!m_disabledReason.isEmpty() || !mime ||
        !(mime->hasUrls() || mime->hasText() || hasImageData(mime))) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    m_dragHover = true;
    m_preview->setDropHighlight(true);
}

void ImageSlot::dragMoveEvent(QDragMoveEvent *event)
{
    event->acceptProposedAction();
}

void ImageSlot::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dragHover = false;
    m_preview->setDropHighlight(false);
    QFrame::dragLeaveEvent(event);
}

void ImageSlot::dropEvent(QDropEvent *event)
{
    m_dragHover = false;
    m_preview->setDropHighlight(false);
    if (!m_disabledReason.isEmpty()) {
        event->ignore();
        return;
    }
    takeMime(event->mimeData());
    event->acceptProposedAction();
}

void ImageSlot::keyPressEvent(QKeyEvent *event)
{
    if (!m_disabledReason.isEmpty()) {
        QFrame::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        clear();
        event->accept();
    } else if (event->matches(QKeySequence::Paste)) {
        paste();
        event->accept();
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
               event->key() == Qt::Key_Space) {
        browse();
        event->accept();
    } else {
        QFrame::keyPressEvent(event);
    }
}

void ImageSlot::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    QFrame::mousePressEvent(event);
}

void ImageSlot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(box, 8, 8);
    p.fillPath(shape, composer::cardFill(pal));
    const bool focused = hasFocus();
    const bool problem = !m_problem.isEmpty();
    QColor border = composer::cardBorder(pal);
    if (problem)
        border = composer::mix(border, composer::errorText(pal), 0.6);
    else if (focused)
        border = pal.color(QPalette::Highlight);
    p.setPen(QPen(border, focused || problem ? 1.5 : 1.0));
    p.drawPath(shape);
}

void ImageSlot::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    setElided(m_nameLabel, m_nameLabel->property("fullText").toString());
}

} // namespace fr
