#include "gui/businesscase/BusinessCaseEditor.h"

#include "core/businesscase/BusinessCaseWriter.h"

#include "gui/businesscase/CaseCheckPage.h"
#include "gui/businesscase/CaseFiguresPage.h"
#include "gui/businesscase/CaseNavigator.h"
#include "gui/businesscase/CasePage.h"
#include "gui/businesscase/CaseSections.h"
#include "gui/businesscase/CaseSession.h"
#include "gui/businesscase/CaseTexts.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/PageParts.h"
#include "gui/widgets/Theme.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ahplead {

namespace {

QString shortCaseTitle(const QString &title)
{
    constexpr int Max = 30;
    return title.size() <= Max ? title : QString(title.left(Max - 1).trimmed() + QChar(0x2026));
}

// Whether the case holds anything under PREFIXES beyond what an untouched case has there: a
// part the author has not started is "to do", not ticked as if finished.
bool partFilled(const nlohmann::ordered_json &written, const QStringList &prefixes)
{
    static const nlohmann::ordered_json untouched = BusinessCaseWriter::toJson(BusinessCase{});
    for (const QString &prefix : prefixes) {
        const nlohmann::ordered_json::json_pointer at(prefix.toStdString());
        const bool here = written.contains(at);
        if (here != untouched.contains(at) || (here && written.at(at) != untouched.at(at)))
            return true;
    }
    return false;
}

// The look of a field with a problem: a red frame, on top of the words beside it.
const char *const EditorStyle = R"(
QLineEdit[problem="true"], QPlainTextEdit[problem="true"], QAbstractSpinBox[problem="true"],
QComboBox[problem="true"] { border: 2px solid #d5281b; }
QAbstractSpinBox, QComboBox { padding: 3px; }
)";

} // namespace

BusinessCaseEditor::BusinessCaseEditor(CaseSession *session, CaseLinkPage::Finder finder, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("businessCaseEditor"));
    setStyleSheet(QString::fromLatin1(EditorStyle));
    m_session->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addWidget(buildBanner());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("caseSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_navigator = new CaseNavigator(m_splitter);
    m_stack = new QStackedWidget(m_splitter);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    layout->addWidget(m_splitter, 1);
    layout->addWidget(buildFooter());

    buildPages(finder);
    connect(m_check, &CaseCheckPage::problemChosen, this, &BusinessCaseEditor::showProblem);
    connect(m_check, &CaseCheckPage::exportRequested, this, &BusinessCaseEditor::exportRequested);
    connect(m_check, &CaseCheckPage::exportFileRequested, this, &BusinessCaseEditor::exportFileRequested);

    setTabOrder(m_navigator, m_stack);
    setTabOrder(m_stack, m_previous);
    setTabOrder(m_previous, m_next);
    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != currentPage())
            showPage(row);
    });
    connect(m_session, &CaseSession::changed, this, &BusinessCaseEditor::refresh);
    connect(m_session, &CaseSession::saveFailed, this, [this](const QString &message) {
        m_bannerText->setText(tr("Your last change could not be saved, so it is only in this window for now. It is "
                                 "kept in the form; press \"Try again\" to save it. What went wrong: %1")
                                  .arg(message));
        m_banner->show();
    });
    connect(m_session, &CaseSession::unsavedChanged, this, [this] {
        if (!m_session->unsaved())
            m_banner->hide();
    });

    addShortcuts();

    refresh();
    showPage(0);
}

void BusinessCaseEditor::buildPages(const CaseLinkPage::Finder &finder)
{
    // The order of the inputs of issue 5, with the case for change beside the strategic
    // context it belongs to and the figures straight after the options they come from.
    const QStringList order{
        QStringLiteral("about"),           QStringLiteral("leadership"), QStringLiteral("context"),
        QStringLiteral("case-for-change"), QStringLiteral("workforce"),  QStringLiteral("workforce-metrics"),
        QStringLiteral("quality-metrics"), QStringLiteral("leads"),      QStringLiteral("ics"),
        QStringLiteral("care-models"),     QStringLiteral("cqc"),        QStringLiteral("qeia"),
        QStringLiteral("risks"),           QStringLiteral("options"),    QStringLiteral("figures"),
        QStringLiteral("delivery"),        QStringLiteral("check")};
    for (const QString &id : order) {
        CasePage *page = nullptr;
        if (id == QLatin1String("case-for-change"))
            page = m_link = new CaseLinkPage(*m_session, finder, m_stack);
        else if (id == QLatin1String("figures"))
            page = m_figures = new CaseFiguresPage(*m_session, m_stack);
        else if (id == QLatin1String("check"))
            page = m_check = new CaseCheckPage(*m_session, m_stack);
        else
            page = CaseSections::make(id, *m_session, m_stack);
        m_pages.push_back(page);
        m_stack->addWidget(page);
        m_navigator->addPart(page->title());
    }
}

void BusinessCaseEditor::addShortcuts()
{
    // Moving between parts, as in the assessment walk-through.
    auto shortcut = [this](const QList<QKeySequence> &keys, void (BusinessCaseEditor::*slot)()) {
        auto *a = new QAction(this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)},
             &BusinessCaseEditor::nextPage);
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)},
             &BusinessCaseEditor::previousPage);
}

BusinessCaseEditor::~BusinessCaseEditor() = default;

QWidget *BusinessCaseEditor::buildHeader()
{
    auto *header = new QFrame(this);
    Theme::setRole(header, "header");
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(12);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    Theme::setRole(m_title, "heading");
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("caseSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    Theme::setRole(m_subtitle, "secondary");
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    layout->addLayout(titles, 1);
    auto *pdf = new QPushButton(Icons::get(QStringLiteral("export")), tr("Save as PDF…"), header);
    pdf->setObjectName(QStringLiteral("headerExportPdf"));
    pdf->setToolTip(tr("Write the business case document as a PDF (it must have no problems left)"));
    connect(pdf, &QPushButton::clicked, this, [this] { emit exportRequested(ReportFormat::Pdf); });
    layout->addWidget(pdf, 0, Qt::AlignTop);
    auto *back = new QToolButton(header);
    back->setObjectName(QStringLiteral("backToCases"));
    back->setText(tr("All business cases"));
    back->setIcon(Icons::get(QStringLiteral("go-home")));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    Theme::setRole(back, "link");
    back->setFocusPolicy(Qt::StrongFocus);
    back->setToolTip(tr("Back to the list of business cases. Your changes are already saved."));
    back->setAccessibleName(tr("Back to all business cases"));
    connect(back, &QToolButton::clicked, this, &BusinessCaseEditor::backRequested);
    layout->addWidget(back, 0, Qt::AlignTop);
    return header;
}

QWidget *BusinessCaseEditor::buildBanner()
{
    QPushButton *retry = nullptr;
    m_banner = PageParts::saveBanner(this, QStringLiteral("caseSaveProblem"), QStringLiteral("retryCaseSave"),
                                     tr("Saves the business case again."), m_bannerText, retry);
    connect(retry, &QPushButton::clicked, this, [this] { m_session->retryUnsaved(); });
    return m_banner;
}

QWidget *BusinessCaseEditor::buildFooter()
{
    QWidget *footer = PageParts::footer(
        this, {QStringLiteral("casePrevious"), QStringLiteral("caseNext"), QStringLiteral("casePosition")}, m_previous,
        m_next, m_position);
    connect(m_previous, &QPushButton::clicked, this, &BusinessCaseEditor::previousPage);
    connect(m_next, &QPushButton::clicked, this, &BusinessCaseEditor::nextPage);
    return footer;
}

void BusinessCaseEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The parts list keeps its natural width, but never more than a quarter of a narrow window.
    if (!m_splitterMoved) {
        const int list = std::min(m_navigator->sizeHint().width(), std::max(width() / 4, 160));
        m_splitter->setSizes({list, std::max(width() - list, 1)});
    }
}

void BusinessCaseEditor::hideEvent(QHideEvent *event)
{
    // Typing is saved before the editor goes out of sight.
    commitPendingEdits();
    QWidget::hideEvent(event);
}

int BusinessCaseEditor::currentPage() const
{
    return m_stack->currentIndex();
}

CasePage *BusinessCaseEditor::page(int index) const
{
    return index >= 0 && index < pageCount() ? m_pages[std::size_t(index)] : nullptr;
}

int BusinessCaseEditor::indexOf(const QString &id) const
{
    for (int i = 0; i < pageCount(); ++i)
        if (m_pages[std::size_t(i)]->id() == id)
            return i;
    return -1;
}

CasePage *BusinessCaseEditor::page(const QString &id) const
{
    return page(indexOf(id));
}

void BusinessCaseEditor::showPage(const QString &id)
{
    showPage(indexOf(id));
}

void BusinessCaseEditor::showPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    // Typing is saved before its page goes out of sight.
    m_session->commitPendingEdits();
    m_stack->setCurrentIndex(index);
    if (m_navigator->currentRow() != index) {
        const QSignalBlocker block(m_navigator);
        m_navigator->setCurrentRow(index);
    }
    refreshFooter();
}

void BusinessCaseEditor::nextPage()
{
    showPage(currentPage() + 1);
}

void BusinessCaseEditor::previousPage()
{
    showPage(currentPage() - 1);
}

void BusinessCaseEditor::showProblem(const QString &pointer)
{
    for (int i = 0; i < pageCount(); ++i) {
        CasePage *p = m_pages[std::size_t(i)];
        for (const QString &prefix : p->prefixes())
            if (CaseSession::isUnder(pointer, prefix)) {
                showPage(i);
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                p->showPointer(pointer);
                return;
            }
    }
}

void BusinessCaseEditor::commitPendingEdits()
{
    m_session->commitPendingEdits();
}

void BusinessCaseEditor::assessmentsChanged()
{
    m_link->invalidate();
    refresh();
}

void BusinessCaseEditor::refresh()
{
    for (CasePage *p : m_pages)
        p->refresh();
    const nlohmann::ordered_json written = BusinessCaseWriter::toJson(m_session->businessCase());
    for (int i = 0; i < pageCount(); ++i) {
        CasePage *p = m_pages[std::size_t(i)];
        if (p == m_figures) {
            m_navigator->setStatus(i, m_figures->summary(), false, true);
        } else if (p == m_link) {
            m_navigator->setStatus(i, m_link->summary(), false, true);
        } else {
            const int problems =
                p == m_check ? int(m_session->problems().size()) : m_session->problemCount(p->prefixes());
            if (problems > 0)
                m_navigator->setStatus(i, CaseTexts::count(problems, tr("1 problem to fix"), tr("%1 problems to fix")),
                                       true);
            else if (p != m_check && !partFilled(written, p->prefixes()))
                // A part with nothing in it has no problems, but is not done either.
                m_navigator->setStatus(i, tr("To do: nothing entered yet"), false, true);
            else
                m_navigator->setStatus(i, tr("Nothing to fix"), false);
        }
    }
    refreshHeader();
}

void BusinessCaseEditor::refreshHeader()
{
    const BusinessCase &bc = m_session->businessCase();
    m_title->setText(bc.title.trimmed().isEmpty() ? tr("Untitled business case") : bc.title.trimmed());
    QStringList sub;
    sub << (bc.organisation.name.trimmed().isEmpty() ? tr("No organisation named yet")
                                                     : bc.organisation.name.trimmed());
    sub << CaseTexts::label(bc.status);
    if (m_session->readOnly())
        sub << tr("read-only: nothing can be changed");
    else
        sub << tr("every change is saved as you make it");
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));
    if (window() && window()->isVisible() && isVisible())
        window()->setWindowTitle(tr("%1 - ahplead").arg(m_title->text()));
}

void BusinessCaseEditor::refreshFooter()
{
    const int current = currentPage();
    m_previous->setEnabled(current > 0);
    if (current > 0) {
        const QString title = m_pages[std::size_t(current - 1)]->title();
        m_previous->setText(tr("Previous: %1").arg(shortCaseTitle(title)));
        m_previous->setToolTip(tr("Go to the previous part, %1 (Ctrl+Page Up or Alt+Left)").arg(title));
    } else {
        m_previous->setText(tr("Previous"));
        m_previous->setToolTip(tr("This is the first part"));
    }
    if (current + 1 < pageCount()) {
        const QString title = m_pages[std::size_t(current + 1)]->title();
        m_next->setText(tr("Next: %1").arg(shortCaseTitle(title)));
        m_next->setToolTip(tr("Go to the next part, %1 (Ctrl+Page Down or Alt+Right)").arg(title));
        m_next->setVisible(true);
    } else {
        m_next->setVisible(false);
    }
    m_position->setText(tr("Part %1 of %2").arg(current + 1).arg(pageCount()));
}

} // namespace ahplead
