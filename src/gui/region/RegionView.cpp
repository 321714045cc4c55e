#include "gui/region/RegionView.h"

#include "core/assessment/Maturity.h"
#include "core/base/SaveFile.h"
#include "core/region/Importer.h"
#include "core/region/PeerBenchmark.h"
#include "core/region/RegionBusinessMetrics.h"
#include "gui/app/AppSettings.h"
#include "gui/app/Prompter.h"
#include "gui/app/Texts.h"
#include "gui/app/Workspace.h"
#include "gui/assessment/Exporter.h"
#include "gui/region/ImportDialog.h"
#include "gui/region/RegionHeatmapDelegate.h"
#include "gui/region/RegionHeatmapModel.h"
#include "gui/region/RegionShareChart.h"
#include "gui/region/SubmissionListModel.h"
#include "gui/region/SubmissionReviewPage.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/PageParts.h"
#include "gui/widgets/Theme.h"
#include "report/charts/HeatmapStyle.h"
#include "report/charts/TrendSparkline.h"
#include "report/document/ReportWriter.h"
#include "report/region/RegionDocument.h"
#include "report/region/RegionReportModel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ahplead {

namespace {

// A small square of a level's tint, with a border; "not scored" hatched as in the heatmap.
QPixmap swatch(int level, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.fillRect(QRectF(0, 0, size, size), HeatmapStyle::fill(level));
    if (HeatmapStyle::hatched(level))
        p.fillRect(QRectF(0, 0, size, size), QBrush(HeatmapStyle::hatch(), Qt::BDiagPattern));
    p.setPen(QPen(Theme::SecondaryText, 1));
    p.drawRect(QRectF(0.5, 0.5, size - 1, size - 1));
    return pixmap;
}

QTableView *makeSubmissionTable(QWidget *parent, const QString &name, const QString &accessibleName,
                                const QString &description)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setAccessibleDescription(description);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionsClickable(true);
    return view;
}

QString frameworkKey(const QString &id, const QString &version)
{
    return id + QLatin1Char(' ') + version;
}

} // namespace

RegionView::RegionView(Workspace &workspace, AppSettings &settings, Prompter &prompter, std::function<QString()> actor,
                       QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_settings(settings), m_prompter(prompter), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("regionView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_overview = new QWidget(m_stack);
    m_overview->setObjectName(QStringLiteral("regionOverview"));
    auto *v = new QVBoxLayout(m_overview);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    v->addWidget(buildHeader());
    auto *content = new QWidget(m_overview);
    auto *c = new QVBoxLayout(content);
    c->setContentsMargins(24, 12, 24, 12);
    c->setSpacing(10);
    c->addWidget(buildFilters());
    m_body = new QStackedWidget(content);
    m_tabs = new QTabWidget(m_body);
    m_tabs->setObjectName(QStringLiteral("regionTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildDashboard(), tr("&Dashboard"));
    m_tabs->addTab(buildRecommendations(), tr("&Recommendations"));
    m_tabs->addTab(buildSubmissions(), tr("Su&bmissions"));
    m_tabs->setAccessibleName(tr("Regional review pages"));
    m_body->addWidget(m_tabs);
    m_body->addWidget(buildEmpty());
    c->addWidget(m_body, 1);
    v->addWidget(content, 1);
    m_stack->addWidget(m_overview);

    m_review = new SubmissionReviewPage(workspace, settings, prompter, m_stack);
    m_stack->addWidget(m_review);
    connect(m_review, &SubmissionReviewPage::backRequested, this, &RegionView::showOverview);
    connect(m_review, &SubmissionReviewPage::reviewSaved, this, [this] { reload(); });
    // A colleague's import or review shows on the dashboard and the list as soon as it is made.
    connect(&m_workspace, &Workspace::changedElsewhere, this, [this] { reload(); });
    connect(&m_workspace, &Workspace::storeReplaced, this, [this] {
        m_stack->setCurrentWidget(m_overview);
        reload();
    });
}

RegionView::~RegionView() = default;

QWidget *RegionView::buildHeader()
{
    auto *header = new QFrame(this);
    Theme::setRole(header, "header");
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(24, 14, 24, 14);
    layout->setSpacing(10);
    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = Theme::label(tr("Regional review"), header, "title", false);
    title->setObjectName(QStringLiteral("regionTitle"));
    m_subtitle = Theme::label(QString(), header, "secondary");
    m_subtitle->setObjectName(QStringLiteral("regionSubtitle"));
    titles->addWidget(title);
    titles->addWidget(m_subtitle);
    auto *back = new QToolButton(header);
    back->setObjectName(QStringLiteral("regionBack"));
    back->setText(tr("All assessments"));
    back->setIcon(Icons::get(QStringLiteral("go-home")));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    back->setFocusPolicy(Qt::StrongFocus);
    Theme::setRole(back, "link");
    back->setAccessibleName(tr("Back to all assessments"));
    back->setToolTip(tr("Back to the list of assessments (Ctrl+W)"));
    connect(back, &QToolButton::clicked, this, &RegionView::backRequested);
    top->addLayout(titles, 1);
    top->addWidget(back, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    auto *files = new QPushButton(Icons::get(QStringLiteral("new-light")), tr("Import submission files…"), header);
    files->setObjectName(QStringLiteral("importSubmissionFiles"));
    Theme::setRole(files, "primary");
    files->setAccessibleDescription(tr("Choose one or more .ahplead files that trusts have sent. Each is checked "
                                       "and lands whole or not at all."));
    auto *folder = new QPushButton(Icons::get(QStringLiteral("open")), tr("Import a folder…"), header);
    folder->setObjectName(QStringLiteral("importSubmissionFolder"));
    folder->setAccessibleDescription(tr("Imports every .ahplead and .json file in a folder."));
    m_exportButton = new QPushButton(Icons::get(QStringLiteral("export")), tr("Export the summary"), header);
    m_exportButton->setObjectName(QStringLiteral("exportRegionSummary"));
    m_exportButton->setAccessibleDescription(tr("Saves the regional summary, with the filters chosen, as a PDF, a "
                                                "web page, a Word document or a spreadsheet."));
    auto *menu = new QMenu(m_exportButton);
    menu->setObjectName(QStringLiteral("exportRegionMenu"));
    connect(menu->addAction(tr("As a &PDF document…")), &QAction::triggered, this,
            [this] { exportSummary(ReportFormat::Pdf); });
    connect(menu->addAction(tr("As a &web page (HTML)…")), &QAction::triggered, this,
            [this] { exportSummary(ReportFormat::Html); });
    connect(menu->addAction(tr("As a W&ord document (DOCX)…")), &QAction::triggered, this,
            [this] { exportSummary(ReportFormat::Docx); });
    connect(menu->addAction(tr("As a &spreadsheet (CSV)…")), &QAction::triggered, this,
            [this] { exportSummary(ReportFormat::Csv); });
    m_exportButton->setMenu(menu);
    m_benchmarkButton = new QPushButton(tr("Export peer benchmark…"), header);
    m_benchmarkButton->setObjectName(QStringLiteral("exportPeerBenchmark"));
    m_benchmarkButton->setAccessibleDescription(
        tr("Saves the anonymised benchmark to share with trusts: no names or codes, and any group of fewer than %1 "
           "organisations is left out.")
            .arg(PeerBenchmark::MinimumGroup));
    buttons->addWidget(files);
    buttons->addWidget(folder);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_benchmarkButton);
    layout->addLayout(buttons);
    connect(files, &QPushButton::clicked, this, &RegionView::importFiles);
    connect(folder, &QPushButton::clicked, this, &RegionView::importFolder);
    connect(m_benchmarkButton, &QPushButton::clicked, this, &RegionView::exportBenchmark);
    return header;
}

QWidget *RegionView::buildFilters()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("regionFilters"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    // The lists share the width (and shrink with it, at 200% on a laptop): their full text
    // is in the list that drops down.
    auto labelled = [&](const QString &caption, QComboBox *combo, int stretch) {
        auto *label = new QLabel(caption, bar);
        label->setBuddy(combo);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        combo->setMaximumWidth(fontMetrics().averageCharWidth() * 60);
        layout->addWidget(label);
        layout->addWidget(combo, stretch);
        layout->addSpacing(10);
    };
    m_frameworkCombo = new QComboBox(bar);
    m_frameworkCombo->setObjectName(QStringLiteral("regionFramework"));
    m_frameworkCombo->setAccessibleName(tr("Assessment"));
    m_frameworkCombo->setAccessibleDescription(tr("Which assessment's submissions to show"));
    m_frameworkCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_frameworkCombo->setMinimumContentsLength(10);
    m_icsCombo = new QComboBox(bar);
    m_icsCombo->setObjectName(QStringLiteral("regionIcsFilter"));
    m_icsCombo->setAccessibleName(tr("Integrated care system"));
    m_icsCombo->setAccessibleDescription(tr("Show only the organisations of one integrated care system"));
    m_icsCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_icsCombo->setMinimumContentsLength(10);
    m_typeCombo = new QComboBox(bar);
    m_typeCombo->setObjectName(QStringLiteral("regionTypeFilter"));
    m_typeCombo->setAccessibleName(tr("Type of organisation"));
    m_typeCombo->setAccessibleDescription(tr("Show only organisations of one type"));
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_typeCombo->setMinimumContentsLength(10);
    labelled(tr("&Assessment:"), m_frameworkCombo, 4);
    labelled(tr("&Integrated care system:"), m_icsCombo, 2);
    labelled(tr("&Type:"), m_typeCombo, 1);
    m_count = Theme::label(QString(), bar, "secondary", false);
    m_count->setObjectName(QStringLiteral("regionCount"));
    layout->addWidget(m_count);

    connect(m_frameworkCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    auto filterChanged = [this] {
        if (m_filling)
            return;
        m_filter.ics = m_icsCombo->currentData().toString();
        m_filter.organisationType = m_typeCombo->currentData().toString();
        apply();
    };
    connect(m_icsCombo, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, filterChanged);
    return bar;
}

QWidget *RegionView::buildDashboard()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("regionDashboard"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    m_heatmapModel = new RegionHeatmapModel(this);
    m_heatmapProxy = new QSortFilterProxyModel(this);
    m_heatmapProxy->setSourceModel(m_heatmapModel);
    m_heatmapProxy->setSortRole(RegionHeatmapModel::SortRole);
    m_heatmap =
        makeSubmissionTable(page, QStringLiteral("regionHeatmap"), tr("Organisations by section score"),
                            tr("One row per organisation, from its latest submission: the overall score and each "
                               "section's score with its level in words, critical gaps, the trend across its "
                               "submissions and the review status. Press Enter to open the submission."));
    m_heatmap->setModel(m_heatmapProxy);
    m_heatmap->setItemDelegate(new RegionHeatmapDelegate(m_heatmap));
    m_heatmap->setShowGrid(false);
    m_heatmap->setAlternatingRowColors(true);
    m_heatmap->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_heatmap->verticalHeader()->setDefaultSectionSize(RegionHeatmapDelegate::rowHeight(fontMetrics()));
    m_heatmap->sortByColumn(RegionHeatmapModel::OrganisationColumn, Qt::AscendingOrder);
    layout->addWidget(m_heatmap, 1);

    // The key to the tints, in words as well; three to a row, so it fits a narrow window too.
    auto *legendRow = new QHBoxLayout;
    legendRow->setSpacing(8);
    legendRow->addWidget(Theme::label(tr("Key:"), page, "secondary", false), 0, Qt::AlignTop);
    auto *legend = new QGridLayout;
    legend->setHorizontalSpacing(6);
    legend->setVerticalSpacing(2);
    legendRow->addLayout(legend);
    legendRow->addStretch(1);
    const int box = fontMetrics().height();
    for (int level = 0; level <= Maturity::MaxLevel + 1; ++level) {
        const bool scored = level <= Maturity::MaxLevel;
        const QString name = scored ? Maturity::name(level) : tr("Not scored");
        QString range;
        if (!scored)
            range = tr("no applicable answers");
        else if (level == 0)
            range = tr("below %1").arg(Maturity::threshold(1));
        else if (level == Maturity::MaxLevel)
            range = tr("%1 and above").arg(Maturity::threshold(level));
        else
            range = tr("%1 to %2").arg(Maturity::threshold(level)).arg(Maturity::threshold(level + 1) - 1);
        auto *sw = new QLabel(page);
        sw->setPixmap(swatch(scored ? level : -1, box, devicePixelRatioF()));
        sw->setAccessibleName(name);
        const int row = level / 3;
        const int column = level % 3 * 2;
        legend->addWidget(sw, row, column);
        legend->addWidget(Theme::label(tr("%1 (%2)").arg(name, range), page, "secondary", false), row, column + 1);
    }
    legend->setColumnMinimumWidth(1, fontMetrics().averageCharWidth() * 26);
    legend->setColumnMinimumWidth(3, fontMetrics().averageCharWidth() * 26);
    layout->addLayout(legendRow);

    auto *detailRow = new QHBoxLayout;
    detailRow->setSpacing(12);
    m_detail = Theme::label(QString(), page);
    m_detail->setObjectName(QStringLiteral("regionRowDetail"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openLatest = new QPushButton(Icons::get(QStringLiteral("open")), tr("Open the latest submission"), page);
    m_openLatest->setObjectName(QStringLiteral("openLatestSubmission"));
    m_openLatest->setAccessibleDescription(tr("Shows the chosen organisation's latest submission, its answers and "
                                              "its review (or press Enter in the table)."));
    detailRow->addWidget(m_detail, 1);
    detailRow->addWidget(m_openLatest, 0, Qt::AlignTop);
    layout->addLayout(detailRow);

    connect(m_heatmap, &QTableView::activated, this, [this] { openCurrentHeatmapRow(); });
    connect(m_openLatest, &QPushButton::clicked, this, &RegionView::openCurrentHeatmapRow);
    connect(m_heatmap->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegionView::updateDetail);
    connect(m_heatmapProxy, &QAbstractItemModel::modelReset, this, &RegionView::updateDetail);
    return page;
}

QWidget *RegionView::buildRecommendations()
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("regionRecommendations"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget;
    Theme::setRole(page, "page");
    page->setAttribute(Qt::WA_StyledBackground, true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 12, 0, 12);
    layout->setSpacing(10);
    // The region in a few sentences first (kept off the dashboard so the table has the room).
    auto *glance = new QFrame(page);
    Theme::setRole(glance, "card");
    auto *g = new QVBoxLayout(glance);
    g->setContentsMargins(20, 16, 20, 16);
    g->setSpacing(8);
    g->addWidget(Theme::label(tr("The region at a glance"), glance, "heading"));
    m_glance = Theme::label(QString(), glance);
    m_glance->setObjectName(QStringLiteral("regionGlance"));
    m_glance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    g->addWidget(m_glance);
    layout->addWidget(glance);

    auto *card = new QFrame(page);
    Theme::setRole(card, "card");
    auto *c = new QVBoxLayout(card);
    c->setContentsMargins(20, 16, 20, 16);
    c->setSpacing(10);
    c->addWidget(Theme::label(tr("How many organisations meet each recommendation"), card, "heading"));
    m_shareIntro = Theme::label(QString(), card, "secondary");
    m_shareIntro->setObjectName(QStringLiteral("shareIntro"));
    c->addWidget(m_shareIntro);
    m_shareChart = new RegionShareChart(card);
    c->addWidget(m_shareChart);
    layout->addWidget(card);
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

QWidget *RegionView::buildSubmissions()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("regionSubmissions"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    auto *row = new QHBoxLayout;
    m_statusCombo = new QComboBox(page);
    m_statusCombo->setObjectName(QStringLiteral("regionStatusFilter"));
    m_statusCombo->setAccessibleName(tr("Review status"));
    m_statusCombo->setAccessibleDescription(tr("Show only submissions whose review stands here"));
    m_statusCombo->addItem(tr("Any status"), QString());
    for (const QString &s : SubmissionRecord::reviewStatuses())
        m_statusCombo->addItem(RegionReportModel::reviewStatusLabel(s), s);
    auto *label = new QLabel(tr("Review &status:"), page);
    label->setBuddy(m_statusCombo);
    m_openSubmission = new QPushButton(Icons::get(QStringLiteral("open")), tr("Open and review"), page);
    m_openSubmission->setObjectName(QStringLiteral("openSubmission"));
    m_openSubmission->setAccessibleDescription(tr("Shows the chosen submission's answers and its review (or press "
                                                  "Enter in the list)."));
    row->addWidget(label);
    row->addWidget(m_statusCombo);
    row->addStretch(1);
    row->addWidget(m_openSubmission);
    layout->addLayout(row);

    m_listModel = new SubmissionListModel(this);
    m_listProxy = new QSortFilterProxyModel(this);
    m_listProxy->setSourceModel(m_listModel);
    m_listProxy->setSortRole(SubmissionListModel::SortRole);
    m_list =
        makeSubmissionTable(page, QStringLiteral("submissionList"), tr("Submissions received"),
                            tr("Every submission received: organisation, integrated care system, type, when it was "
                               "submitted, revision, review status and overall score. Press Enter to open one."));
    m_list->setModel(m_listProxy);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);
    QHeaderView *h = m_list->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(SubmissionListModel::OrganisationColumn, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    const int em = fm.averageCharWidth();
    QFont headerFont = font();
    headerFont.setBold(true);
    m_list->setColumnWidth(
        SubmissionListModel::IcsColumn,
        std::max(em * 30, QFontMetrics(headerFont).horizontalAdvance(tr("Integrated care system")) + em * 5));
    m_list->setColumnWidth(SubmissionListModel::TypeColumn, fm.horizontalAdvance(tr("Integrated care board")) + em * 3);
    m_list->setColumnWidth(SubmissionListModel::SubmittedColumn,
                           fm.horizontalAdvance(QStringLiteral("30 Sep 2026, 16:30")) + em * 3);
    m_list->setColumnWidth(SubmissionListModel::RevisionColumn, fm.horizontalAdvance(tr("Revision")) + em * 5);
    m_list->setColumnWidth(SubmissionListModel::StatusColumn, fm.horizontalAdvance(tr("Review status")) + em * 5);
    m_list->setColumnWidth(SubmissionListModel::ScoreColumn, fm.horizontalAdvance(tr("100 (Established)")) + em * 4);
    m_list->sortByColumn(SubmissionListModel::OrganisationColumn, Qt::AscendingOrder);
    layout->addWidget(m_list, 1);

    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        SubmissionListModel::Filter f = m_listModel->filter();
        f.status = m_statusCombo->currentData().toString();
        m_listModel->setFilter(f);
    });
    connect(m_list, &QTableView::activated, this, [this] { openCurrentListRow(); });
    connect(m_openSubmission, &QPushButton::clicked, this, &RegionView::openCurrentListRow);
    return page;
}

QWidget *RegionView::buildEmpty()
{
    auto *card = new QFrame(m_body);
    card->setObjectName(QStringLiteral("regionEmpty"));
    m_empty = card;
    QVBoxLayout *layout = PageParts::card(
        card, tr("No submissions yet"),
        tr("Trusts send you their assessments as .ahplead files (in the app, File > Submit to region). Import them "
           "here with \"Import submission files…\" or, for a folder of them, \"Import a folder…\". Each file is "
           "checked: a changed or damaged file is rejected with the reason, and nothing from it is added."),
        QMargins(32, 28, 32, 28));
    layout->addStretch(1);
    return m_empty;
}

void RegionView::reload()
{
    const QString chosen = m_frameworkCombo->currentData().toString();
    const FrameworkLibrary *library = m_workspace.frameworks();
    const Framework *board = library ? library->latest(QStringLiteral("board")) : nullptr;

    // What was received of each framework version this program knows: one query each (a
    // handful), the rows the dashboard needs and nothing more. The shown one's rows are kept.
    struct Received {
        const Framework *framework;
        std::vector<SubmissionScores> rows;
    };
    std::vector<Received> received;
    QSet<qint64> organisations;
    int total = 0;
    QString problem;
    if (library) {
        for (const auto &fw : library->all()) {
            auto rows = m_workspace.store().receivedScores(fw->id, fw->version);
            if (!rows) {
                problem = rows.message();
                continue;
            }
            if (rows->empty())
                continue;
            total += int(rows->size());
            for (const SubmissionScores &r : rows.value())
                organisations.insert(r.organisationId);
            received.push_back({fw.get(), std::move(rows).value()});
        }
    }
    if (!problem.isEmpty())
        m_prompter.warn(this, tr("The submissions cannot be read"), tr("The list of submissions could not be read."),
                        problem);

    m_filling = true;
    m_frameworkCombo->clear();
    if (received.empty() && board)
        m_frameworkCombo->addItem(tr("%1, version %2").arg(Texts::frameworkLongName(board->id), board->version),
                                  frameworkKey(board->id, board->version));
    for (const Received &r : received)
        m_frameworkCombo->addItem(
            tr("%1, version %2").arg(Texts::frameworkLongName(r.framework->id), r.framework->version),
            frameworkKey(r.framework->id, r.framework->version));
    int index = m_frameworkCombo->findData(chosen);
    if (index < 0 && board)
        index = m_frameworkCombo->findData(frameworkKey(board->id, board->version));
    m_frameworkCombo->setCurrentIndex(std::max(index, 0));
    m_frameworkCombo->setEnabled(m_frameworkCombo->count() > 1);
    m_filling = false;

    m_framework = nullptr;
    m_scores.clear();
    const QString key = m_frameworkCombo->currentData().toString();
    for (Received &r : received)
        if (frameworkKey(r.framework->id, r.framework->version) == key) {
            m_framework = r.framework;
            m_scores = std::move(r.rows);
        }
    if (!m_framework && board && key == frameworkKey(board->id, board->version))
        m_framework = board;
    showFramework();

    QString subtitle = total == 0
                           ? tr("Submissions from trusts, their review and the region at a glance.")
                           : tr("%1 received from %2.")
                                 .arg(total == 1 ? tr("1 submission") : tr("%1 submissions").arg(total),
                                      organisations.size() == 1 ? tr("1 organisation")
                                                                : tr("%1 organisations").arg(organisations.size()));
    // Frameworks and their versions score differently, so they are never mixed in one view: say so.
    if (received.size() > 1)
        subtitle += QLatin1Char(' ') +
                    tr("They were answered on %n different frameworks or versions, shown one at a time: choose "
                       "the version in the list.",
                       nullptr, int(received.size()));
    m_subtitle->setText(subtitle);
    m_received = total;
    m_body->setCurrentWidget(total == 0 ? m_empty : static_cast<QWidget *>(m_tabs));
    m_exportButton->setEnabled(total > 0);
    m_benchmarkButton->setEnabled(total > 0);
}

void RegionView::showFramework()
{
    m_listModel->setRecords(m_scores);
    m_everyoneSummary = m_framework ? RegionSummary::build(*m_framework, m_scores) : RegionSummary();
    fillFilters(m_everyoneSummary);
    apply();
}

void RegionView::fillFilters(const RegionSummary &everyone)
{
    m_filling = true;
    m_icsCombo->clear();
    m_icsCombo->addItem(tr("All"), QString());
    for (const QString &ics : everyone.icsNames)
        m_icsCombo->addItem(ics, ics);
    m_typeCombo->clear();
    m_typeCombo->addItem(tr("All"), QString());
    for (const QString &type : everyone.organisationTypes)
        m_typeCombo->addItem(Texts::organisationType(type), type);
    // A filter whose value is gone (another store, another framework) falls back to all.
    const int ics = m_icsCombo->findData(m_filter.ics);
    const int type = m_typeCombo->findData(m_filter.organisationType);
    m_icsCombo->setCurrentIndex(std::max(ics, 0));
    m_typeCombo->setCurrentIndex(std::max(type, 0));
    m_filter.ics = m_icsCombo->currentData().toString();
    m_filter.organisationType = m_typeCombo->currentData().toString();
    m_filling = false;
}

void RegionView::setFilter(const QString &ics, const QString &organisationType)
{
    m_filling = true;
    m_icsCombo->setCurrentIndex(std::max(m_icsCombo->findData(ics), 0));
    m_typeCombo->setCurrentIndex(std::max(m_typeCombo->findData(organisationType), 0));
    m_filling = false;
    m_filter.ics = m_icsCombo->currentData().toString();
    m_filter.organisationType = m_typeCombo->currentData().toString();
    apply();
}

RegionReportModel RegionView::reportModel() const
{
    if (!m_framework)
        return {};
    // The document's author is this store's reviewer, not the assessor named in Settings.
    return RegionReportModel::build(*m_framework, m_summary, QDateTime::currentDateTimeUtc(),
                                    m_settings.reviewerName(m_workspace.store().path()));
}

void RegionView::apply()
{
    // Everything below works on the rows already read: no store query per filter or per row.
    const bool everyone = m_filter.ics.isEmpty() && m_filter.organisationType.isEmpty();
    m_summary = !m_framework ? RegionSummary()
                : everyone   ? m_everyoneSummary
                             : RegionSummary::build(*m_framework, m_scores, m_filter);
    RegionReportModel model = reportModel();
    const int shown = int(m_summary.organisations.size());
    const int all = int(m_everyoneSummary.organisations.size());
    // Written out: with no translation loaded, tr()'s %n gives no singular.
    const QString organisationsText = shown == 1 ? tr("1 organisation") : tr("%1 organisations").arg(shown);
    m_count->setText(shown == all ? organisationsText : tr("Showing %1 of %2 organisations").arg(shown).arg(all));
    m_glance->setText(model.atAGlance.join(QStringLiteral("\n\n")));
    m_shareIntro->setText(shown == 0 ? tr("No organisation matches the filters.")
                                     : tr("From the latest submission of each of the %1 shown; critical "
                                          "recommendations first, then those the fewest organisations meet.")
                                           .arg(organisationsText));
    m_shareChart->setBars(model.shareBars, model.shareChartDescription);
    m_heatmapModel->setReport(std::move(model));

    // Sized when the columns change (another framework), not at every filter: a person may
    // have widened one.
    if (m_heatmapModel->columnCount() != m_sizedColumns)
        sizeHeatmapColumns();

    SubmissionListModel::Filter f = m_listModel->filter();
    f.ics = m_filter.ics;
    f.type = m_filter.organisationType;
    m_listModel->setFilter(f);
    if (m_heatmapProxy->rowCount() > 0 && !m_heatmap->currentIndex().isValid())
        m_heatmap->setCurrentIndex(m_heatmapProxy->index(0, 0));
    updateDetail();
}

void RegionView::sizeHeatmapColumns()
{
    // Score columns as narrow as their words allow (headers wrap over up to three lines), so
    // the names keep most of the room; the trend has its sparkline and the change in words.
    QHeaderView *h = m_heatmap->horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    const int em = fm.averageCharWidth();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(RegionHeatmapModel::OrganisationColumn, QHeaderView::Stretch);
    h->setDefaultAlignment(Qt::AlignCenter);
    h->setMinimumSectionSize(em * 6);
    for (int col = RegionHeatmapModel::OverallColumn; col < m_heatmapModel->gapsColumn(); ++col) {
        int widest = fm.horizontalAdvance(tr("Not in place"));
        if (col == RegionHeatmapModel::OverallColumn) // "Emerging" over "held: 3 critical gaps"
            widest = std::max(widest, fm.horizontalAdvance(QStringLiteral("held: 10 critical gaps")));
        const QStringList lines =
            m_heatmapModel->headerData(col, Qt::Horizontal, Qt::DisplayRole).toString().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            widest = std::max(widest, bold.horizontalAdvance(line));
        m_heatmap->setColumnWidth(col, widest + em * 2);
    }
    m_heatmap->setColumnWidth(m_heatmapModel->gapsColumn(), bold.horizontalAdvance(tr("Critical")) + em * 4);
    const int sparkline = int(RegionHeatmapDelegate::rowHeight(fm) * 0.6 * TrendSparkline::Aspect);
    m_heatmap->setColumnWidth(m_heatmapModel->trendColumn(),
                              sparkline + fm.horizontalAdvance(tr("revision 10")) + em * 3);
    int review = 0;
    for (const QString &status : SubmissionRecord::reviewStatuses())
        review = std::max(review, fm.horizontalAdvance(RegionReportModel::reviewStatusLabel(status)));
    review = std::max(review, fm.horizontalAdvance(RegionHeatmapModel::overdueText(10)));
    m_heatmap->setColumnWidth(m_heatmapModel->reviewColumn(), review + em * 3);
    m_sizedColumns = m_heatmapModel->columnCount();
}

void RegionView::updateDetail()
{
    const QModelIndex current = m_heatmap->currentIndex();
    const RegionReportModel::OrganisationRow *row =
        current.isValid() ? m_heatmapModel->row(m_heatmapProxy->mapToSource(current).row()) : nullptr;
    m_openLatest->setEnabled(row != nullptr);
    if (!row) {
        m_detail->setText(m_heatmapProxy->rowCount() == 0 && m_received > 0 ? tr("No organisation matches the filters.")
                                                                            : QString());
        return;
    }
    QStringList gaps;
    for (const RegionReportModel::Gap &g : row->criticalGaps)
        gaps << tr("%1 (%2)").arg(g.title, g.statusText.toLower());
    m_detail->setText(tr("%1, revision %2 submitted %3 (%4). Critical gaps: %5. Trend: %6.")
                          .arg(row->name)
                          .arg(row->revision)
                          .arg(row->submittedText, row->reviewStatusText.toLower(),
                               gaps.isEmpty() ? tr("none") : gaps.join(QStringLiteral("; ")), row->trendText));
}

void RegionView::openCurrentHeatmapRow()
{
    const QModelIndex current = m_heatmap->currentIndex();
    if (current.isValid())
        openSubmission(current.data(RegionHeatmapModel::SubmissionIdRole).toLongLong());
}

void RegionView::openCurrentListRow()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        openSubmission(current.data(SubmissionListModel::IdRole).toLongLong());
}

bool RegionView::openSubmission(qint64 id)
{
    if (!id || !m_review->maybeSave() || !m_review->showSubmission(id))
        return false;
    m_stack->setCurrentWidget(m_review);
    m_review->backButton()->setFocus(Qt::OtherFocusReason);
    return true;
}

void RegionView::showOverview()
{
    m_stack->setCurrentWidget(m_overview);
    m_tabs->currentWidget()->setFocus(Qt::OtherFocusReason);
    if (m_tabs->currentIndex() == DashboardTab)
        m_heatmap->setFocus(Qt::OtherFocusReason);
    else if (m_tabs->currentIndex() == SubmissionsTab)
        m_list->setFocus(Qt::OtherFocusReason);
}

bool RegionView::showingSubmission() const
{
    return m_stack->currentWidget() == m_review;
}

bool RegionView::leave()
{
    return !showingSubmission() || m_review->maybeSave();
}

ImportDialog *RegionView::importDialog() const
{
    return m_importDialog.data();
}

ImportDialog *RegionView::importFiles()
{
    const QStringList files =
        m_prompter.chooseOpenFiles(this, tr("Import submission files"), m_settings.lastFolder(),
                                   tr("Submission files (*.ahplead);;ahplead files (*.ahplead *.json);;All files (*)"));
    return files.isEmpty() ? nullptr : importPaths(files);
}

ImportDialog *RegionView::importFolder()
{
    const QString folder = m_prompter.chooseFolder(this, tr("Import a folder of submissions"), m_settings.lastFolder());
    return folder.isEmpty() ? nullptr : importPaths({folder});
}

// A trust's own store, about to take other trusts' submissions for the first time: they are
// easier to review, share and back up in a regional store of their own (a shared store on a
// server already is one).
void RegionView::offerRegionalStore()
{
    const Store &store = m_workspace.store();
    if (store.shared())
        return;
    // A region's own store has no assessments: the submissions are read only for a trust's.
    const auto own = store.assessments();
    if (!own || own->empty())
        return;
    const auto received = store.submissions(QStringLiteral("received"));
    if (!received || !received->empty())
        return;
    const QDir folder = QFileInfo(store.path()).absoluteDir();
    QString path = folder.filePath(QStringLiteral("ahplead-region.sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("ahplead-region-%1.sqlite").arg(n));
    if (!m_prompter.confirm(
            this, tr("Keep the region's submissions in a store of their own?"),
            tr("This store holds your own trust's assessments. Other trusts' submissions are easier to review, "
               "share and back up in a regional store of their own."),
            tr("ahplead can make a new store, %1, and import into it. Your assessments stay where they are: to go "
               "back to them, use File > Use another store.")
                .arg(QDir::toNativeSeparators(path)),
            tr("Make a regional store"), tr("Import into this store")))
        return;
    emit storeSwitchRequested(path);
}

ImportDialog *RegionView::importPaths(const QStringList &paths)
{
    if (m_importDialog && !m_importDialog->isFinished())
        return m_importDialog; // one import at a time
    if (m_workspace.readOnly()) {
        m_prompter.warn(this, tr("Nothing was imported"), tr("The store is open read-only."),
                        tr("Open the store with write access (File > Use another store…) to import submissions."));
        return nullptr;
    }
    offerRegionalStore();
    const FrameworkLibrary *library = m_workspace.frameworks();
    if (!library) {
        m_prompter.warn(this, tr("Nothing was imported"), tr("The frameworks cannot be read."),
                        m_workspace.frameworksError());
        return nullptr;
    }
    QStringList missing;
    const QStringList files = Importer::expand(paths, &missing);
    if (files.isEmpty() && missing.isEmpty()) {
        m_prompter.inform(
            this, tr("Nothing to import"),
            tr("There are no .ahplead or .json files in %1.").arg(QDir::toNativeSeparators(paths.value(0))));
        return nullptr;
    }
    if (!paths.isEmpty()) {
        const QFileInfo first(paths.first());
        m_settings.setLastFolder(first.isDir() ? first.absoluteFilePath() : first.absolutePath());
    }
    if (m_importDialog)
        m_importDialog->deleteLater();
    auto *dialog = new ImportDialog(m_workspace.store().path(), *library, actor(), window());
    m_importDialog = dialog;
    connect(dialog, &ImportDialog::importFinished, this, [this] {
        reload();
        m_workspace.notifyAssessmentsChanged();
    });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
    dialog->start(files, missing);
    return dialog;
}

QString RegionView::exportSummary(ReportFormat format)
{
    if (!m_framework || m_summary.organisations.empty()) {
        m_prompter.warn(this, tr("There is nothing to export"),
                        m_received == 0 ? tr("No submissions have been imported yet.")
                                        : tr("No organisation matches the filters."),
                        QString());
        return {};
    }
    const QString filter = Exporter::filter(format);
    QString folder = m_settings.lastFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString extension = ReportWriter::extension(format);
    QString path =
        m_prompter.chooseSaveFile(this, tr("Export the regional summary"),
                                  QDir(folder).filePath(Texts::documentFileName(m_icsCombo->currentData().toString(),
                                                                                tr("regional summary"), extension)),
                                  filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    const Status written = ReportWriter::write(RegionDocument::build(reportModel()), format, path);
    if (!written) {
        m_prompter.warn(this, tr("The summary was not written"),
                        tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)), written.message());
        return {};
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    m_prompter.exported(this, tr("Regional summary saved"), path);
    return path;
}

QString RegionView::exportBenchmark()
{
    if (!m_framework || m_scores.empty()) {
        m_prompter.warn(this, tr("There is nothing to export"), tr("No submissions have been imported yet."),
                        QString());
        return {};
    }
    QString folder = m_settings.lastFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = m_prompter.chooseSaveFile(this, tr("Export the peer benchmark"),
                                             QDir(folder).filePath(QStringLiteral("peer-benchmark.json")),
                                             tr("Benchmark files (*.json)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    // The whole region, whatever the filters: the benchmark groups organisations by type itself.
    const RegionSummary region = RegionSummary::build(*m_framework, m_scores);
    auto metrics = RegionBusinessMetrics::latest(m_workspace.store(), region);
    if (!metrics) {
        m_prompter.warn(this, tr("The peer benchmark was not written"),
                        tr("The business-case metrics of the submissions could not be read."), metrics.message());
        return {};
    }
    const PeerBenchmark benchmark = PeerBenchmark::build(region, metrics.value());
    const Status written = SaveFile::write(path, benchmark.write());
    if (!written) {
        m_prompter.warn(this, tr("The peer benchmark was not written"),
                        tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)), written.message());
        return {};
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    QStringList groups;
    for (const BenchmarkGroup &g : benchmark.groups) {
        const QString name = g.organisationType == QLatin1String("all") ? tr("All organisations")
                                                                        : Texts::organisationType(g.organisationType);
        groups << (g.suppressed ? tr("%1: left out (fewer than %2)").arg(name).arg(PeerBenchmark::MinimumGroup)
                                : tr("%1: %2 organisations").arg(name).arg(g.organisations));
    }
    m_prompter.inform(this, tr("Peer benchmark written"),
                      tr("Wrote %1. It holds no names or codes; any group of fewer than %2 organisations is left "
                         "out.\n\n%3\n\nSend it to the trusts: they import it with File > Import a peer benchmark…")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(PeerBenchmark::MinimumGroup)
                          .arg(groups.join(QLatin1Char('\n'))));
    return path;
}

} // namespace ahplead
