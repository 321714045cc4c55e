#include "gui/assessment/AssessmentView.h"

#include "gui/app/Texts.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/DomainNavigator.h"
#include "gui/assessment/DomainPage.h"
#include "gui/assessment/QuestionWidget.h"
#include "gui/assessment/ResultsPage.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/PageParts.h"
#include "gui/widgets/Theme.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ahplead {

namespace {

// Button captions name where they lead; long titles are shortened, the tooltip has all.
QString shortAssessmentTitle(const QString &title)
{
    constexpr int Max = 34;
    return title.size() <= Max ? title : QString(title.left(Max - 1).trimmed() + QChar(0x2026));
}

} // namespace

AssessmentView::AssessmentView(AssessmentSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("assessmentView"));
    m_session->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addWidget(buildBanner());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("walkthroughSplitter"));
    splitter->setChildrenCollapsible(false);
    m_navigator = new DomainNavigator(*m_session, splitter);
    m_stack = new QStackedWidget(splitter);
    m_pages.assign(m_session->framework().domains.size(), nullptr);
    m_results = new ResultsPage(*m_session, m_stack);
    m_stack->addWidget(m_results);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_navigator->sizeHint().width(), 900});
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    layout->addWidget(splitter, 1);
    layout->addWidget(buildFooter());

    // Tab order: sections list, then the page, then the buttons at the foot.
    setTabOrder(m_navigator, m_stack);
    setTabOrder(m_stack, m_previous);
    setTabOrder(m_previous, m_next);

    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            showPage(row, false);
    });
    connect(m_results, &ResultsPage::questionRequested, this, &AssessmentView::showQuestion);
    connect(m_results, &ResultsPage::markCompleteRequested, this, &AssessmentView::markCompleteRequested);
    connect(m_results, &ResultsPage::saveReportRequested, this, &AssessmentView::saveReportRequested);
    connect(m_results, &ResultsPage::printRequested, this, &AssessmentView::printRequested);
    connect(m_session, &AssessmentSession::changed, this, [this] {
        m_navigator->refresh();
        refreshProgress();
    });
    connect(m_session, &AssessmentSession::detailsChanged, this, &AssessmentView::refreshHeader);
    connect(m_session, &AssessmentSession::saveFailed, this,
            [this](const QString &, const QString &message) { showSaveProblem(message); });
    connect(m_session, &AssessmentSession::unsavedChanged, this, [this] {
        if (m_session->unsaved().isEmpty())
            m_banner->hide();
    });
    m_prepareTimer = new QTimer(this);
    m_prepareTimer->setSingleShot(true);
    m_prepareTimer->setInterval(40);
    connect(m_prepareTimer, &QTimer::timeout, this, &AssessmentView::prepareNext);
    refreshHeader();
    refreshProgress();
}

AssessmentView::~AssessmentView() = default;

void AssessmentView::setPrompter(Prompter &prompter)
{
    m_results->setPrompter(prompter);
}

void AssessmentView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The sections list keeps its natural width, but never more than a quarter of a narrow
    // window (at 200% on a laptop the questions need the room), unless the person moved it.
    if (!m_splitterMoved) {
        const int list = std::min(m_navigator->sizeHint().width(), std::max(width() / 4, 180));
        m_splitter->setSizes({list, std::max(width() - list, 1)});
    }
}

void AssessmentView::setPrepareAhead(bool on)
{
    m_prepareAhead = on;
    if (!on)
        m_prepareTimer->stop();
}

void AssessmentView::prepareNext()
{
    // The next section first, then the previous, then the rest in order: one per turn of
    // the event loop, so typing and clicking are never held up for long.
    const int sections = static_cast<int>(m_pages.size());
    std::vector<int> order;
    if (m_current + 1 < sections)
        order.push_back(m_current + 1);
    if (m_current - 1 >= 0 && m_current - 1 < sections)
        order.push_back(m_current - 1);
    for (int i = 0; i < sections; ++i)
        order.push_back(i);
    for (int index : order)
        if (index >= 0 && !m_pages[static_cast<std::size_t>(index)]) {
            prepare(domainPage(index));
            m_prepareTimer->start();
            return;
        }
}

void AssessmentView::prepare(DomainPage *page)
{
    // Styled and measured at the width it will be shown at: the labels remember their
    // heights (WrapLabel), so showing the page later needs no text laid out but what is painted.
    page->ensurePolished();
    const DomainPage *shown = currentDomainPage();
    const int width =
        shown ? shown->viewport()->width() : m_stack->width() - page->verticalScrollBar()->sizeHint().width();
    if (QWidget *content = page->widget(); content && width > 0)
        content->heightForWidth(width);
}

QWidget *AssessmentView::buildHeader()
{
    auto *header = new QFrame(this);
    Theme::setRole(header, "header");
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(6);
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    m_headerTop = top;
    auto *back = new QToolButton(header);
    back->setObjectName(QStringLiteral("backToStart"));
    back->setText(tr("All assessments"));
    back->setIcon(Icons::get(QStringLiteral("go-home")));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    Theme::setRole(back, "link");
    back->setFocusPolicy(Qt::StrongFocus);
    back->setToolTip(tr("Back to the list of assessments (Ctrl+W). Your answers are already saved."));
    back->setAccessibleName(tr("Back to all assessments"));
    connect(back, &QToolButton::clicked, this, &AssessmentView::backRequested);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("assessmentTitle"));
    Theme::setRole(m_title, "heading");
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(header);
    Theme::setRole(m_subtitle, "secondary");
    m_subtitle->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    top->addLayout(titles, 1);
    m_revise = new QPushButton(Icons::get(QStringLiteral("copy")), tr("Make a new revision to change it"), header);
    m_revise->setObjectName(QStringLiteral("reviseAssessment"));
    m_revise->setToolTip(tr("This revision was submitted and is kept as it was sent. A new revision starts with "
                            "the same answers and can be changed."));
    m_revise->hide();
    connect(m_revise, &QPushButton::clicked, this, &AssessmentView::reviseRequested);
    top->addWidget(m_revise, 0, Qt::AlignTop);
    m_upgrade = new QPushButton(header);
    m_upgrade->setObjectName(QStringLiteral("upgradeAssessment"));
    m_upgrade->hide();
    connect(m_upgrade, &QPushButton::clicked, this, &AssessmentView::upgradeRequested);
    top->addWidget(m_upgrade, 0, Qt::AlignTop);
    top->addWidget(back, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto *progressRow = new QHBoxLayout;
    progressRow->setSpacing(10);
    m_progress = new QProgressBar(header);
    m_progress->setObjectName(QStringLiteral("overallProgress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(fontMetrics().height() * 2 / 3);
    m_progress->setAccessibleName(tr("Questions answered"));
    m_progressLabel = new QLabel(header);
    m_progressLabel->setObjectName(QStringLiteral("overallProgressText"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressLabel);
    layout->addLayout(progressRow);
    return header;
}

QWidget *AssessmentView::buildBanner()
{
    QPushButton *retry = nullptr;
    m_banner = PageParts::saveBanner(this, QStringLiteral("saveProblem"), QStringLiteral("retrySave"),
                                     tr("Saves the answers that could not be saved."), m_bannerText, retry);
    connect(retry, &QPushButton::clicked, this, [this] { m_session->retryUnsaved(); });
    return m_banner;
}

QWidget *AssessmentView::buildFooter()
{
    QWidget *footer = PageParts::footer(
        this, {QStringLiteral("previousPage"), QStringLiteral("nextPage"), QStringLiteral("pagePosition")}, m_previous,
        m_next, m_position);
    connect(m_previous, &QPushButton::clicked, this, &AssessmentView::previousPage);
    connect(m_next, &QPushButton::clicked, this, &AssessmentView::nextPage);
    return footer;
}

void AssessmentView::addHeaderWidget(QWidget *widget)
{
    widget->setParent(m_title->parentWidget());
    // Before "All assessments", which stays last.
    m_headerTop->insertWidget(m_headerTop->count() - 1, widget, 0, Qt::AlignTop);
}

void AssessmentView::setPrevious(const Assessment &previous, const ScoreCard &card)
{
    m_results->setPrevious(previous, card);
}

int AssessmentView::pageCount() const
{
    return static_cast<int>(m_pages.size()) + 1;
}

bool AssessmentView::onResults() const
{
    return m_current == pageCount() - 1;
}

DomainPage *AssessmentView::domainPage(int index)
{
    if (index < 0 || index >= static_cast<int>(m_pages.size()))
        return nullptr;
    if (!m_pages[static_cast<std::size_t>(index)]) {
        auto *page = new DomainPage(*m_session, index, m_stack);
        m_stack->insertWidget(index, page);
        m_pages[static_cast<std::size_t>(index)] = page;
        // A page made now joins the end of the window's Tab order; after its last question,
        // Tab should reach Previous and Next before it wraps to the top.
        if (QWidget *last = page->lastTabStop()) {
            setTabOrder(last, m_previous);
            setTabOrder(m_previous, m_next);
        }
    }
    return m_pages[static_cast<std::size_t>(index)];
}

DomainPage *AssessmentView::currentDomainPage() const
{
    return m_current >= 0 && m_current < static_cast<int>(m_pages.size()) ? m_pages[static_cast<std::size_t>(m_current)]
                                                                          : nullptr;
}

void AssessmentView::showPage(int index, bool focusFirst)
{
    index = std::clamp(index, 0, pageCount() - 1);
    // A note being typed is saved before its page goes out of sight.
    m_session->commitPendingEdits();
    const bool changed = index != m_current;
    m_current = index;
    if (DomainPage *page = domainPage(index)) {
        m_stack->setCurrentWidget(page);
    } else {
        m_stack->setCurrentWidget(m_results);
        if (m_results->isStale()) // already on screen, with a rebuild still queued
            m_results->refresh();
    }
    if (m_navigator->currentRow() != index) {
        const QSignalBlocker block(m_navigator);
        m_navigator->setCurrentRow(index);
    }
    refreshFooter();
    // Lay the page out now, so it can scroll to the question the keyboard lands on.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (focusFirst) {
        if (DomainPage *page = currentDomainPage())
            page->focusFirstQuestion();
        else
            m_results->setFocus(Qt::OtherFocusReason);
    }
    if (m_prepareAhead)
        m_prepareTimer->start();
    if (changed)
        emit pageChanged(index);
}

void AssessmentView::nextPage()
{
    if (m_current < pageCount() - 1)
        showPage(m_current + 1);
}

void AssessmentView::previousPage()
{
    if (m_current > 0)
        showPage(m_current - 1);
}

void AssessmentView::nextUnanswered()
{
    const auto &domains = m_session->framework().domains;
    const int n = static_cast<int>(domains.size());
    const int start = std::max(m_current, 0);
    for (int step = 0; step < n; ++step) {
        const int d = (start + step) % n;
        for (const Question &q : domains[static_cast<std::size_t>(d)].questions)
            if (!m_session->answer(q.id)) {
                showQuestion(q.id);
                return;
            }
    }
    showResults();
}

void AssessmentView::showQuestion(const QString &questionId)
{
    const auto &domains = m_session->framework().domains;
    for (std::size_t d = 0; d < domains.size(); ++d)
        for (const Question &q : domains[d].questions)
            if (q.id == questionId) {
                showPage(static_cast<int>(d), false);
                m_pages[d]->showQuestion(questionId);
                return;
            }
}

void AssessmentView::commitPendingEdits()
{
    m_session->commitPendingEdits();
}

void AssessmentView::refreshHeader()
{
    const Assessment &a = m_session->assessment();
    m_title->setText(a.organisation.name);
    QString sub = a.title.isEmpty() ? Texts::frameworkLongName(a.frameworkId) : a.title;
    sub += QStringLiteral(" · ") + Texts::status(a.status);
    if (a.revision > 1)
        sub += QStringLiteral(" · ") + tr("revision %1").arg(a.revision);
    if (m_session->locked())
        sub += QStringLiteral(" · ") + tr("submitted and locked: answers cannot be changed");
    else if (m_session->readOnly())
        sub += QStringLiteral(" · ") + tr("read-only: answers cannot be changed");
    // A new revision needs a store that can be written to.
    m_revise->setVisible(m_session->locked() && !m_session->readOnlyStore());
    m_subtitle->setText(sub);
}

void AssessmentView::offerUpgrade(const QString &version)
{
    m_upgrade->setText(tr("Move to version %1").arg(Texts::frameworkVersion(version)));
    m_upgrade->setToolTip(tr("A newer version of this framework follows the national guidance more closely. Moving "
                             "makes a new draft with every answer carried over; this assessment stays as it is."));
    m_upgrade->setVisible(!version.isEmpty() && !m_session->readOnlyStore());
}

void AssessmentView::refreshProgress()
{
    const int total = m_session->framework().questionCount();
    const int answered = m_session->answeredCount();
    m_progress->setRange(0, total);
    m_progress->setValue(answered);
    const QString text = tr("%1 of %2 questions answered").arg(answered).arg(total);
    m_progressLabel->setText(text);
    m_progress->setAccessibleDescription(text);
}

void AssessmentView::refreshFooter()
{
    const auto &domains = m_session->framework().domains;
    const int sections = static_cast<int>(domains.size());
    m_previous->setEnabled(m_current > 0);
    if (m_current > 0) {
        const QString title =
            m_current - 1 < sections ? domains[static_cast<std::size_t>(m_current - 1)].title : QString();
        m_previous->setText(tr("Previous: %1").arg(shortAssessmentTitle(title)));
        m_previous->setToolTip(tr("Go to the previous section, %1 (Ctrl+Page Up or Alt+Left)").arg(title));
    } else {
        m_previous->setText(tr("Previous"));
        m_previous->setToolTip(tr("This is the first section"));
    }
    if (m_current + 1 < sections) {
        const QString title = domains[static_cast<std::size_t>(m_current + 1)].title;
        m_next->setText(tr("Next: %1").arg(shortAssessmentTitle(title)));
        m_next->setToolTip(tr("Go to the next section, %1 (Ctrl+Page Down or Alt+Right)").arg(title));
        m_next->setVisible(true);
    } else if (m_current + 1 == sections) {
        m_next->setText(tr("See the results"));
        m_next->setToolTip(tr("Go to the results (Ctrl+Page Down or Alt+Right)"));
        m_next->setVisible(true);
    } else {
        m_next->setVisible(false);
    }
    m_position->setText(m_current < sections ? tr("Section %1 of %2").arg(m_current + 1).arg(sections) : tr("Results"));
}

void AssessmentView::showSaveProblem(const QString &message)
{
    m_bannerText->setText(tr("Your last change could not be saved, so it is only in this window for now. It is "
                             "kept in the form; press \"Try again\" to save it. What went wrong: %1")
                              .arg(message));
    m_banner->show();
}

} // namespace ahplead
