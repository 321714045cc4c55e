#pragma once

#include "core/region/RegionSummary.h"
#include "core/store/Store.h"
#include "report/document/ReportWriter.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace ahplead {

class AppSettings;
class Framework;
class ImportDialog;
class Prompter;
class RegionHeatmapModel;
class RegionShareChart;
class SubmissionListModel;
class SubmissionReviewPage;
struct RegionReportModel;
class Workspace;

// The regional review: what a regional team sees of the submissions trusts have sent them.
// Import submission files (or a folder of them); the dashboard (a heatmap of organisations by
// section score with their critical gaps, trends and review status; how many organisations
// meet each recommendation), filtered by integrated care system and type of organisation;
// the list of submissions; and, opened from either, one submission with its answers and
// the region's review. Exports the regional summary (HTML, PDF, CSV) and the peer benchmark.
//
// The received submissions are read from the store in one query each time the store changes
// (an import, a review); filtering and re-aggregating work on them in memory (RegionSummary).
class RegionView : public QWidget {
    Q_OBJECT

public:
    enum Tab { DashboardTab, RecommendationsTab, SubmissionsTab };

    RegionView(Workspace &workspace, AppSettings &settings, Prompter &prompter, std::function<QString()> actor,
               QWidget *parent = nullptr);
    ~RegionView() override;

    // Rereads the received submissions (keeps the filters and the framework chosen).
    void reload();

    // Import: asks for files (or a folder), then imports them with progress and a summary.
    ImportDialog *importFiles();
    ImportDialog *importFolder();
    ImportDialog *importPaths(const QStringList &paths);
    ImportDialog *importDialog() const;

    // Asks where, then writes the regional summary (with the filters applied) or the
    // peer benchmark (the whole region); returns the path written, or empty.
    QString exportSummary(ReportFormat format);
    QString exportBenchmark();

    // The filters, as a person chooses them (empty: all).
    void setFilter(const QString &ics, const QString &organisationType);
    const RegionSummary &summary() const { return m_summary; }
    const Framework *framework() const { return m_framework; }
    // The report model for the summary as filtered, built as an export would.
    RegionReportModel reportModel() const;

    // Opens one submission (answers and review); false when it cannot be read.
    bool openSubmission(qint64 id);
    void showOverview();
    bool showingSubmission() const;
    // Before the region is left: offers to save a review being written. False to stay.
    bool leave();

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *heatmap() const { return m_heatmap; }
    RegionHeatmapModel *heatmapModel() const { return m_heatmapModel; }
    QSortFilterProxyModel *heatmapProxy() const { return m_heatmapProxy; }
    QTableView *submissionList() const { return m_list; }
    SubmissionListModel *submissionModel() const { return m_listModel; }
    QSortFilterProxyModel *submissionProxy() const { return m_listProxy; }
    QComboBox *frameworkChoice() const { return m_frameworkCombo; }
    QComboBox *icsFilter() const { return m_icsCombo; }
    QComboBox *typeFilter() const { return m_typeCombo; }
    QComboBox *statusFilter() const { return m_statusCombo; }
    RegionShareChart *shareChart() const { return m_shareChart; }
    SubmissionReviewPage *reviewPage() const { return m_review; }
    QLabel *glance() const { return m_glance; }
    QLabel *countLabel() const { return m_count; }
    QLabel *rowDetail() const { return m_detail; }
    QWidget *overview() const { return m_overview; }

signals:
    void backRequested();
    // PATH, a new store, should be opened in place of this one; the view stays on show.
    void storeSwitchRequested(const QString &path);

private:
    // Offers to import into a new regional store instead of a trust's own, and opens it if taken.
    void offerRegionalStore();
    QWidget *buildHeader();
    QWidget *buildFilters();
    QWidget *buildDashboard();
    QWidget *buildRecommendations();
    QWidget *buildSubmissions();
    QWidget *buildEmpty();
    void showFramework();
    void fillFilters(const RegionSummary &everyone);
    void apply();
    void sizeHeatmapColumns();
    void updateDetail();
    void openCurrentHeatmapRow();
    void openCurrentListRow();
    QString actor() const { return m_actor(); }

    Workspace &m_workspace;
    AppSettings &m_settings;
    Prompter &m_prompter;
    std::function<QString()> m_actor;

    int m_received = 0;                     // received submissions, of every framework
    std::vector<SubmissionScores> m_scores; // of the chosen framework version
    const Framework *m_framework = nullptr;
    RegionFilter m_filter;
    RegionSummary m_everyoneSummary; // before filtering (the filter lists come from it)
    RegionSummary m_summary;         // as filtered

    QStackedWidget *m_stack = nullptr;
    QWidget *m_overview = nullptr;
    SubmissionReviewPage *m_review = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_benchmarkButton = nullptr;
    QStackedWidget *m_body = nullptr;
    QWidget *m_empty = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_frameworkCombo = nullptr;
    QComboBox *m_icsCombo = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_glance = nullptr;
    QTableView *m_heatmap = nullptr;
    RegionHeatmapModel *m_heatmapModel = nullptr;
    QSortFilterProxyModel *m_heatmapProxy = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_openLatest = nullptr;
    RegionShareChart *m_shareChart = nullptr;
    QLabel *m_shareIntro = nullptr;
    QTableView *m_list = nullptr;
    SubmissionListModel *m_listModel = nullptr;
    QSortFilterProxyModel *m_listProxy = nullptr;
    QPushButton *m_openSubmission = nullptr;
    QPointer<ImportDialog> m_importDialog;
    bool m_filling = false;
    int m_sizedColumns = -1;
};

} // namespace ahplead
