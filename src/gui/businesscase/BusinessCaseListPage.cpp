#include "gui/businesscase/BusinessCaseListPage.h"

#include "gui/app/Texts.h"
#include "gui/app/WelcomeCard.h"
#include "gui/app/Workspace.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/PageParts.h"
#include "gui/widgets/Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace ahplead {

namespace {

constexpr int IdRole = Qt::UserRole;

// Enter opens the chosen case, as a double click does.
class CaseTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;
    std::function<void()> onActivate;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onActivate && currentItem()) {
            onActivate();
            return;
        }
        QTreeWidget::keyPressEvent(event);
    }
};

} // namespace

BusinessCaseListPage::BusinessCaseListPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("businessCaseList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    const PageParts::Header top =
        PageParts::header(this, tr("Business cases"),
                          tr("Draft the business case for creating or strengthening a chief AHP post, as section 3.1 "
                             "of the chief AHPs handbook asks: the organisation and its workforce, the case for "
                             "change, the options with their costs and benefits, and the risks."));
    QFrame *header = top.frame;
    QHBoxLayout *headerLayout = top.row;
    auto *back = new QToolButton(header);
    back->setObjectName(QStringLiteral("casesBackToStart"));
    back->setText(tr("All assessments"));
    back->setIcon(Icons::get(QStringLiteral("go-home")));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    back->setFocusPolicy(Qt::StrongFocus);
    back->setAccessibleName(tr("Back to all assessments"));
    Theme::setRole(back, "link");
    connect(back, &QToolButton::clicked, this, &BusinessCaseListPage::backRequested);
    headerLayout->addWidget(back, 0, Qt::AlignTop);
    layout->addWidget(header);

    auto *content = new QWidget(this);
    QLayout *buttons = buildButtons(content);
    buildList(content);
    PageParts::listBody(content, buttons, m_problem, m_body,
                        tr("Choose a business case and press Open (or Enter). Every change is saved as you make it; "
                           "\"Save as a file\" writes a copy you can send to someone with ahplead."));
    layout->addWidget(content, 1);

    connectButtons();
    reload();
}

QHBoxLayout *BusinessCaseListPage::buildButtons(QWidget *content)
{
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    m_new = PageParts::action(QStringLiteral("new-light"), tr("New business case…"), QStringLiteral("newCase"),
                              tr("Start a new business case, with the four options of the Green Book shortlist ready"),
                              content);
    Theme::setRole(m_new, "primary");
    m_open = PageParts::action(QStringLiteral("open"), tr("Open"), QStringLiteral("openCase"),
                               tr("Open the chosen business case (Enter)"), content);
    m_duplicate = PageParts::action(QStringLiteral("copy"), tr("Duplicate"), QStringLiteral("duplicateCase"),
                                    tr("Make a copy of the chosen business case, to try another version"), content);
    m_import = PageParts::action(QString(), tr("Import a file…"), QStringLiteral("importCase"),
                                 tr("Add a business case file (JSON) to the store"), content);
    m_export = PageParts::action(QStringLiteral("export"), tr("Save as a file…"), QStringLiteral("exportCase"),
                                 tr("Save the chosen business case as a file (JSON) to keep or send"), content);
    m_delete = PageParts::action(QStringLiteral("delete"), tr("Delete…"), QStringLiteral("deleteCase"),
                                 tr("Delete the chosen business case (you will be asked to confirm)"), content);
    for (QPushButton *b : {m_new, m_open, m_duplicate, m_import, m_export})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    return buttons;
}

// The tree stays behind m_body so that an empty store can show the welcome in its place.
void BusinessCaseListPage::buildList(QWidget *content)
{
    m_body = new QStackedWidget(content);
    auto *tree = new CaseTree(m_body);
    m_list = tree;
    m_list->setObjectName(QStringLiteral("caseList"));
    m_list->setAccessibleName(tr("Business cases"));
    m_list->setAccessibleDescription(tr("The business cases in the store. Choose one and press Enter to open it."));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Title"), tr("Organisation"), tr("Last changed")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *columns = m_list->header();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(0, QHeaderView::Stretch);
    columns->setSectionResizeMode(1, QHeaderView::Interactive);
    columns->setSectionResizeMode(2, QHeaderView::Interactive);
    const QFontMetrics fm = fontMetrics();
    columns->resizeSection(1, fm.horizontalAdvance(QStringLiteral("Northfield and Riverside NHS Foundation Trust")) +
                                  fm.averageCharWidth() * 4);
    columns->resizeSection(2, fm.horizontalAdvance(QStringLiteral("30 Sep 2026, 16:30")) + fm.averageCharWidth() * 4);
    tree->onActivate = [this] {
        if (qint64 id = selectedCase())
            emit openRequested(id);
    };
    m_body->addWidget(m_list);
}

void BusinessCaseListPage::connectButtons()
{
    connect(m_new, &QPushButton::clicked, this, &BusinessCaseListPage::newRequested);
    connect(m_import, &QPushButton::clicked, this, &BusinessCaseListPage::importRequested);
    PageParts::forChosen(m_open, this, &BusinessCaseListPage::selectedCase, &BusinessCaseListPage::openRequested);
    PageParts::forChosen(m_duplicate, this, &BusinessCaseListPage::selectedCase,
                         &BusinessCaseListPage::duplicateRequested);
    PageParts::forChosen(m_export, this, &BusinessCaseListPage::selectedCase, &BusinessCaseListPage::exportRequested);
    PageParts::forChosen(m_delete, this, &BusinessCaseListPage::selectedCase, &BusinessCaseListPage::deleteRequested);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (qint64 id = item->data(0, IdRole).toLongLong())
            emit openRequested(id);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &BusinessCaseListPage::updateButtons);
    connect(&m_workspace, &Workspace::storeReplaced, this, &BusinessCaseListPage::reload);
}

QWidget *BusinessCaseListPage::buildWelcome()
{
    return WelcomeCard::forPage(WelcomeCard::Kind::BusinessCases, m_body, this, &BusinessCaseListPage::newRequested,
                                &BusinessCaseListPage::exampleRequested);
}

void BusinessCaseListPage::reload()
{
    const qint64 keep = selectedCase();
    m_list->clear();
    auto cases = m_workspace.store().businessCases();
    m_problem->setVisible(!cases);
    if (!cases) {
        m_problem->setText(tr("The list of business cases cannot be read: %1").arg(cases.message()));
    } else {
        for (const BusinessCaseSummary &s : cases.value()) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0, s.title.isEmpty() ? tr("Untitled business case") : s.title);
            item->setText(1, s.organisation.isEmpty() ? tr("No organisation named") : s.organisation);
            item->setText(2, Texts::dateTime(s.updatedAt));
            item->setData(0, IdRole, s.id);
            item->setToolTip(0, item->text(0));
        }
    }
    if (caseCount() == 0 && cases) {
        if (!m_welcome)
            m_body->addWidget(m_welcome = buildWelcome());
        m_body->setCurrentWidget(m_welcome);
    } else {
        m_body->setCurrentWidget(m_list);
    }
    if (keep)
        select(keep);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

int BusinessCaseListPage::caseCount() const
{
    return m_list->topLevelItemCount();
}

bool BusinessCaseListPage::showingWelcome() const
{
    return m_welcome && m_body->currentWidget() == m_welcome;
}

qint64 BusinessCaseListPage::selectedCase() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void BusinessCaseListPage::select(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            m_list->scrollToItem(m_list->currentItem());
            return;
        }
}

void BusinessCaseListPage::updateButtons()
{
    const bool chosen = selectedCase() != 0;
    const bool writable = !m_workspace.readOnly();
    m_new->setEnabled(writable);
    m_import->setEnabled(writable);
    m_open->setEnabled(chosen);
    m_export->setEnabled(chosen);
    m_duplicate->setEnabled(chosen && writable);
    m_delete->setEnabled(chosen && writable);
}

void BusinessCaseListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    (showingWelcome() ? static_cast<QWidget *>(m_new) : m_list)->setFocus(Qt::OtherFocusReason);
}

} // namespace ahplead
