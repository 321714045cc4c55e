#include "gui/app/StartPage.h"

#include "gui/app/WelcomeCard.h"
#include "gui/app/Workspace.h"
#include "gui/assessment/AssessmentListModel.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/PageParts.h"
#include "gui/widgets/Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace ahplead {

namespace {

// Enter opens the chosen assessment, as a double click does.
class AssessmentTree : public QTreeView {
public:
    using QTreeView::QTreeView;
    std::function<void()> onActivate;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onActivate &&
            currentIndex().parent().isValid()) {
            onActivate();
            return;
        }
        QTreeView::keyPressEvent(event);
    }
};

} // namespace

StartPage::StartPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new AssessmentListModel(workspace, this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    const PageParts::Header header =
        PageParts::header(this, tr("Chief AHP leadership self-assessment"),
                          tr("Assess how your trust, your integrated care system or you yourself measure up to the "
                             "national guidance on chief allied health professional (AHP) leadership, and see what "
                             "to do next."),
                          tr("ahplead"));
    layout->addWidget(header.frame);

    auto *content = new QWidget(this);
    QLayout *buttons = buildButtons(content);
    buildList(content);
    QVBoxLayout *contentLayout = PageParts::listBody(
        content, buttons, m_problem, m_body,
        tr("Choose an assessment and press Open (or Enter). \"Start from previous\" copies its answers into a new "
           "assessment of the same organisation, each flagged for you to review."));

    contentLayout->addLayout(buildStoreRow(content));
    layout->addWidget(content, 1);

    connectButtons();
    reload();
}

QHBoxLayout *StartPage::buildButtons(QWidget *content)
{
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    m_new = PageParts::action(QStringLiteral("new-light"), tr("New assessment…"), QStringLiteral("newAssessment"),
                              tr("Start a new assessment (Ctrl+N)"), content);
    Theme::setRole(m_new, "primary");
    m_open = PageParts::action(QStringLiteral("open"), tr("Open"), QStringLiteral("openAssessment"),
                               tr("Open the chosen assessment (Enter)"), content);
    m_fromPrevious =
        PageParts::action(QStringLiteral("copy"), tr("Start from previous…"), QStringLiteral("startFromPrevious"),
                          tr("Start a new assessment of the same organisation with the chosen one's "
                             "answers, each flagged for review"),
                          content);
    m_delete = PageParts::action(QStringLiteral("delete"), tr("Delete…"), QStringLiteral("deleteAssessment"),
                                 tr("Delete the chosen assessment (you will be asked to confirm)"), content);
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_fromPrevious);
    auto *cases = PageParts::action(QStringLiteral("results"), tr("Business cases…"), QStringLiteral("businessCases"),
                                    tr("Draft the business case for a chief AHP post (Ctrl+B)"), content);
    connect(cases, &QPushButton::clicked, this, &StartPage::businessCasesRequested);
    buttons->addWidget(cases);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    return buttons;
}

// The tree stays behind m_body so that an empty store can show the welcome in its place.
void StartPage::buildList(QWidget *content)
{
    m_body = new QStackedWidget(content);
    auto *tree = new AssessmentTree(m_body);
    m_list = tree;
    m_list->setObjectName(QStringLiteral("assessmentList"));
    m_list->setAccessibleName(tr("Assessments"));
    m_list->setAccessibleDescription(tr("Organisations and their assessments. Choose one and press Enter to open it."));
    m_list->setModel(m_model);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setExpandsOnDoubleClick(false);
    // Widths from the font, not from the contents: measuring every row would score every
    // assessment in the store before the list could show.
    QHeaderView *columns = m_list->header();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(AssessmentListModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    auto fit = [&](int column, const QString &widest) {
        const int text =
            std::max(fm.horizontalAdvance(widest),
                     fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) +
                         fm.averageCharWidth() * 2);
        columns->resizeSection(column, text + fm.averageCharWidth() * 3);
    };
    fit(AssessmentListModel::TypeColumn, tr("Integrated care system"));
    fit(AssessmentListModel::VersionColumn, QStringLiteral("10.10.10"));
    fit(AssessmentListModel::StatusColumn, tr("12 assessments"));
    fit(AssessmentListModel::AnsweredColumn, tr("66 of 66"));
    fit(AssessmentListModel::ChangedColumn, QStringLiteral("30 Sep 2026, 16:30"));
    fit(AssessmentListModel::ScoreColumn, tr("100 (Established)"));
    tree->onActivate = [this] {
        if (qint64 id = selectedAssessment())
            emit openRequested(id);
    };
    m_body->addWidget(m_list);
}

QHBoxLayout *StartPage::buildStoreRow(QWidget *content)
{
    auto *storeRow = new QHBoxLayout;
    m_storeLabel = new QLabel(content);
    m_storeLabel->setObjectName(QStringLiteral("storeLocation"));
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeLabel->setWordWrap(true);
    Theme::setRole(m_storeLabel, "secondary");
    auto *change = new QToolButton(content);
    change->setText(tr("Use another store…"));
    Theme::setRole(change, "link");
    change->setAutoRaise(true);
    change->setFocusPolicy(Qt::StrongFocus);
    change->setToolTip(tr("Open or create another store file"));
    connect(change, &QToolButton::clicked, this, &StartPage::changeStoreRequested);
    storeRow->addWidget(m_storeLabel, 1);
    storeRow->addWidget(change);
    return storeRow;
}

void StartPage::connectButtons()
{
    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    PageParts::forChosen(m_open, this, &StartPage::selectedAssessment, &StartPage::openRequested);
    PageParts::forChosen(m_fromPrevious, this, &StartPage::selectedAssessment, &StartPage::startFromPreviousRequested);
    PageParts::forChosen(m_delete, this, &StartPage::selectedAssessment, &StartPage::deleteRequested);
    connect(m_list, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (qint64 id = m_model->assessmentId(index))
            emit openRequested(id);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &StartPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StartPage::updateButtons);
    connect(&m_workspace, &Workspace::assessmentsChanged, this, &StartPage::reload);
}

QWidget *StartPage::buildWelcome()
{
    return WelcomeCard::forPage(WelcomeCard::Kind::Assessments, m_body, this, &StartPage::newRequested,
                                &StartPage::exampleRequested);
}

void StartPage::reload()
{
    const qint64 keep = selectedAssessment();
    const QString problem = m_model->reload();
    m_problem->setText(problem.isEmpty() ? QString() : tr("The list of assessments cannot be read: %1").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    m_list->expandAll();
    if (m_model->assessmentCount() == 0 && problem.isEmpty()) {
        if (!m_welcome) // built only for an empty store
            m_body->addWidget(m_welcome = buildWelcome());
        m_body->setCurrentWidget(m_welcome);
    } else {
        m_body->setCurrentWidget(m_list);
    }
    // The file, or the shared store and the database user it is open as.
    const QString path = m_workspace.store().description();
    m_storeLabel->setText(m_workspace.readOnly() ? tr("Store: %1 (open read-only: nothing can be changed)").arg(path)
                                                 : tr("Store: %1").arg(path));
    if (keep)
        select(keep);
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
    updateButtons();
}

void StartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The keyboard starts on the list (Enter opens), or on "New assessment" when it is empty.
    if (!window()->focusWidget())
        (showingWelcome() ? m_new : static_cast<QWidget *>(m_list))->setFocus(Qt::OtherFocusReason);
    // The window shows first; the frameworks (for scores and question counts) are parsed
    // once it is on screen. A queued call runs after the window's first paint.
    if (!m_workspace.frameworksLoaded())
        QTimer::singleShot(0, this, [this] {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_workspace.frameworks();
                    m_model->frameworksReady();
                },
                Qt::QueuedConnection);
        });
}

bool StartPage::showingWelcome() const
{
    return m_welcome && m_body->currentWidget() == m_welcome;
}

qint64 StartPage::selectedAssessment() const
{
    return m_model->assessmentId(m_list->currentIndex());
}

void StartPage::select(qint64 id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

void StartPage::updateButtons()
{
    const bool chosen = selectedAssessment() != 0;
    const bool writable = !m_workspace.readOnly();
    m_open->setEnabled(chosen);
    m_fromPrevious->setEnabled(chosen && writable);
    m_delete->setEnabled(chosen && writable);
    m_new->setEnabled(writable);
}

} // namespace ahplead
