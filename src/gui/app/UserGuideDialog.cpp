#include "gui/app/UserGuideDialog.h"

#include "core/base/DataPaths.h"
#include "gui/widgets/ScreenFit.h"
#include "gui/widgets/Theme.h"
#include "report/document/Html.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTimer>
#include <QVBoxLayout>

#include <vector>

namespace ahplead {

namespace {

const QString kGuide = QStringLiteral("user-guide.md");

// GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.
QString slug(const QString &heading)
{
    static const QRegularExpression dropped(QStringLiteral("[^\\w\\- ]"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString text = heading.trimmed().toLower();
    text.remove(dropped);
    text.replace(QLatin1Char(' '), QLatin1Char('-'));
    return text;
}

bool isPicture(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") ||
           suffix == QLatin1String("svg");
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent, const QString &docsDir)
    : QDialog(parent), m_docsDir(docsDir.isEmpty() ? DataPaths::docsDir() : docsDir)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("ahplead user guide"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);

    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setEnabled(false);
    auto *contents = new QPushButton(tr("&Contents"), this);
    contents->setObjectName(QStringLiteral("contentsButton"));
    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find in the guide"));
    m_findEdit->setAccessibleName(tr("Find in the guide"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_findStatus = new QLabel(this);
    m_findStatus->setObjectName(QStringLiteral("findStatus"));
    Theme::setRole(m_findStatus, "secondary");

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(false);
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // fitting pictures must not toggle it
    // A size for reading at length: a step up from the controls' text.
    QFont reading = m_browser->font();
    reading.setPointSizeF(reading.pointSizeF() * 1.15);
    m_browser->document()->setDefaultFont(reading);
    m_browser->document()->setDocumentMargin(fontMetrics().averageCharWidth() * 3);
    m_browser->document()->setUndoRedoEnabled(false);
    m_browser->viewport()->installEventFilter(this);
    // Pictures are scaled again once a resize pauses, not for every step of the drag.
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(60);
    connect(m_fitTimer, &QTimer::timeout, this, &UserGuideDialog::fitImages);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(contents);
    bar->addStretch();
    bar->addWidget(m_findStatus);
    bar->addWidget(m_findEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideDialog::follow);
    connect(m_back, &QPushButton::clicked, this, &UserGuideDialog::goBack);
    connect(contents, &QPushButton::clicked, this, [this] {
        if (QFileInfo(m_page.toLocalFile()).fileName() == kGuide)
            m_browser->verticalScrollBar()->setValue(0);
        else
            open(kGuide);
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(m_findEdit->text()); });
    connect(m_findEdit, &QLineEdit::textChanged, m_findStatus, &QLabel::clear);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Large enough to read a page with its pictures, never larger than the screen.
    QSize size(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 44);
    resize(ScreenFit::bounded(this, size, parent));

    open(kGuide);
    m_browser->setFocus();
}

UserGuideDialog *UserGuideDialog::showOver(QWidget *from, const QString &link)
{
    QWidget *window = from->window();
    auto *guide = window->findChild<UserGuideDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guide)
        guide = new UserGuideDialog(window);
    if (!link.isEmpty())
        guide->open(link);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

bool UserGuideDialog::open(const QString &link)
{
    follow(QUrl(link));
    return !m_page.isEmpty();
}

void UserGuideDialog::follow(const QUrl &link)
{
    const QString scheme = link.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto")) {
        QDesktopServices::openUrl(link); // the only links that cannot work offline
        return;
    }
    if (link.path().isEmpty() && link.hasFragment()) {
        m_browser->scrollToAnchor(link.fragment());
        return;
    }
    const QUrl base = m_page.isEmpty() ? QUrl::fromLocalFile(m_docsDir + QLatin1Char('/')) : m_page;
    QUrl target = base.resolved(link);
    const QString fragment = target.fragment();
    target.setFragment({});
    const QString path = target.toLocalFile();
    if (isPicture(path)) {
        showPicture(path);
        return;
    }
    if (!path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
        if (QFileInfo::exists(path))
            QDesktopServices::openUrl(target);
        return;
    }
    if (!m_page.isEmpty() && target != m_page)
        m_history.append(m_page);
    if (target == m_page) {
        if (!fragment.isEmpty())
            m_browser->scrollToAnchor(fragment);
        return;
    }
    load(target, fragment);
    m_back->setEnabled(!m_history.isEmpty());
}

bool UserGuideDialog::load(const QUrl &page, const QString &fragment)
{
    const QString path = page.toLocalFile();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMissing(path);
        return false;
    }
    const QString markdown = QString::fromUtf8(file.readAll());
    // Pictures are named relative to the page ("images/start.png").
    m_browser->setSearchPaths({QFileInfo(path).absolutePath()});
    m_browser->setMarkdown(markdown);
    m_page = page;
    m_fittedWidth = 0;
    addHeadingAnchors();
    fitImages();
    if (fragment.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
    else
        m_browser->scrollToAnchor(fragment);
    m_findStatus->clear();
    return true;
}

void UserGuideDialog::showMissing(const QString &path)
{
    m_page.clear();
    m_browser->setHtml(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
            .arg(Html::escape(tr("The user guide is missing")),
                 Html::escape(
                     tr("It should be in %1, but that file could not be read.").arg(QDir::toNativeSeparators(path))),
                 Html::escape(tr("Installing ahplead again puts it back. The guide is also in ahplead's source, "
                                 "as docs/user-guide.md."))));
}

void UserGuideDialog::goBack()
{
    if (m_history.isEmpty())
        return;
    const QUrl previous = m_history.takeLast();
    load(previous, {});
    m_back->setEnabled(!m_history.isEmpty());
}

void UserGuideDialog::addHeadingAnchors()
{
    QTextDocument *doc = m_browser->document();
    QSet<QString> used;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.length() <= 1)
            continue;
        const QString base = slug(block.text());
        QString name = base;
        for (int n = 1; used.contains(name); ++n) // GitHub numbers repeats: "-1", "-2"
            name = QStringLiteral("%1-%2").arg(base).arg(n);
        used.insert(name);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames({name});
        cursor.mergeCharFormat(anchor);
    }
}

void UserGuideDialog::fitImages()
{
    QTextDocument *doc = m_browser->document();
    const int width = m_browser->viewport()->width();
    if (width <= 0 || width == m_fittedWidth)
        return;
    m_fittedWidth = width;
    struct Picture {
        int position;
        int length;
        QTextImageFormat format;
    };
    std::vector<Picture> pictures;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        qreal indent = block.blockFormat().leftMargin() + block.blockFormat().indent() * doc->indentWidth();
        if (const QTextList *list = block.textList())
            indent += list->format().indent() * doc->indentWidth();
        const qreal room = width - 2 * doc->documentMargin() - indent - 4;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QString file = QDir(QFileInfo(m_page.toLocalFile()).absolutePath()).filePath(image.name());
            auto original = m_pictures.find(file);
            if (original == m_pictures.end())
                original = m_pictures.insert(file, QImage(file));
            if (original->isNull())
                continue;
            const QSizeF natural = original->deviceIndependentSize();
            const qreal fitted = qMin(natural.width(), qMax<qreal>(room, 80));
            image.setWidth(fitted);
            image.setHeight(natural.height() * fitted / natural.width());
            // Scaled here, smoothly, once per width: the text view would draw it scaled
            // without smoothing, and the words in the screenshots would break up.
            const qreal ratio = m_browser->devicePixelRatioF();
            QImage scaled = original->scaled(QSizeF(image.width() * ratio, image.height() * ratio).toSize(),
                                             Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            scaled.setDevicePixelRatio(ratio);
            doc->addResource(QTextDocument::ImageResource, QUrl(image.name()), scaled);
            pictures.push_back({fragment.position(), fragment.length(), image});
        }
    }
    for (const Picture &picture : pictures) {
        QTextCursor cursor(doc);
        cursor.setPosition(picture.position);
        cursor.setPosition(picture.position + picture.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(picture.format);
    }
}

void UserGuideDialog::showPicture(const QString &path)
{
    const QPixmap pixmap(path);
    if (pixmap.isNull())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("pictureDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 - ahplead user guide").arg(QFileInfo(path).fileName()));
    auto *label = new QLabel(dialog);
    label->setPixmap(pixmap);
    label->setAccessibleName(QFileInfo(path).completeBaseName());
    auto *area = new QScrollArea(dialog);
    area->setWidget(label);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(area, 1);
    layout->addWidget(buttons);
    dialog->resize((pixmap.deviceIndependentSize().toSize() + QSize(60, 100)).boundedTo(size()));
    dialog->show();
}

bool UserGuideDialog::find(const QString &text)
{
    if (text.isEmpty())
        return false;
    bool found = m_browser->find(text);
    if (!found) { // wrap round to the top
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

bool UserGuideDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        m_fitTimer->start();
    return QDialog::eventFilter(watched, event);
}

} // namespace ahplead
