// The regional dashboard for a made-up region: the right counts, filters, and drill-down to
// a submission; exporting the summary and the screenshots of it.
#include "gui/GuiFixture.h"
#include "gui/region/RegionTestSupport.h"

#include "core/assessment/Maturity.h"
#include "core/assessment/Scorer.h"
#include "gui/app/StartPage.h"
#include "gui/region/ImportDialog.h"
#include "gui/region/RegionHeatmapModel.h"
#include "gui/region/RegionShareChart.h"
#include "gui/region/RegionView.h"
#include "gui/region/SubmissionListModel.h"
#include "gui/region/SubmissionReviewPage.h"

#include <catch2/catch.hpp>

#include <limits>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>

#include <cmath>

using namespace ahplead;
using namespace ahplead::test;

namespace {

// Twelve trusts in two ICSs and three types; trust n sent (n % 3) + 1 revisions, each better
// than the last. What the dashboard should say is worked out here from the assessments.
struct GeneratedRegion {
    struct Trust {
        Assessment latest;
        int revisions = 0;
    };
    std::vector<Trust> trusts;
    int submissions = 0;

    explicit GeneratedRegion(const QString &inbox)
    {
        REQUIRE(QDir().mkpath(inbox));
        const QStringList types = {QStringLiteral("acute"), QStringLiteral("mental_health"),
                                   QStringLiteral("community")};
        for (int n = 1; n <= 12; ++n) {
            Trust t;
            t.revisions = n % 3 + 1;
            for (int r = 1; r <= t.revisions; ++r) {
                t.latest = regionTrust(n + r * 2, types[n % 3],
                                       n % 2 ? QStringLiteral("North ICS") : QStringLiteral("South ICS"));
                // Same organisation in every revision: the answers differ, the name does not.
                t.latest.organisation.name = QStringLiteral("Trust %1 NHS Trust").arg(n, 2, 10, QLatin1Char('0'));
                t.latest.organisation.odsCode = QStringLiteral("R%1").arg(n, 2, 10, QLatin1Char('0'));
                writeSubmission(inbox + QStringLiteral("/t%1-r%2.ahplead").arg(n).arg(r), t.latest, r,
                                QDateTime(QDate(2026, r, 1), QTime(9, 0), Qt::UTC));
                ++submissions;
            }
            trusts.push_back(t);
        }
    }
};

const Framework &board()
{
    return test::exampleFramework(QStringLiteral("board"));
}

int rowOf(RegionView &view, const QString &organisation)
{
    for (int row = 0; row < view.heatmapModel()->rowCount(); ++row)
        if (view.heatmapModel()->row(row)->name == organisation)
            return row;
    return -1;
}

} // namespace

TEST_CASE("The dashboard shows the right counts for a generated region, filters by ICS and type, and drills down",
          "[gui][region][dashboard]")
{
    GuiFixture f;
    const GeneratedRegion region(f.path(QStringLiteral("inbox")));
    f.window().showRegion();
    RegionView &view = *f.window().regionView();
    ImportDialog *dialog = importAndWait(view, {f.path(QStringLiteral("inbox"))});
    REQUIRE(dialog->report().count(Importer::Outcome::Imported) == region.submissions);
    dialog->accept();
    settle();

    // One row per organisation, from its latest submission; every submission counted once.
    RegionHeatmapModel &heatmap = *view.heatmapModel();
    REQUIRE(heatmap.rowCount() == 12);
    CHECK(view.summary().submissions == region.submissions);
    CHECK(view.submissionModel()->rowCount() == region.submissions);
    CHECK(view.countLabel()->text() == QStringLiteral("12 organisations"));

    // Each row's figures are the trust's latest answers scored, and its trend has every revision.
    const Framework &fw = board();
    for (const GeneratedRegion::Trust &t : region.trusts) {
        const int row = rowOf(view, t.latest.organisation.name);
        REQUIRE(row >= 0);
        const ScoreCard card = Scorer::score(fw, t.latest);
        INFO(t.latest.organisation.name.toStdString());
        CHECK(heatmap.index(row, RegionHeatmapModel::OverallColumn).data().toString() ==
              QString::number(std::lround(*card.overallScore)));
        for (std::size_t d = 0; d < card.domains.size(); ++d) {
            const QModelIndex cell = heatmap.index(row, RegionHeatmapModel::FirstDomainColumn + int(d));
            CHECK(cell.data().toString() == QString::number(std::lround(*card.domains[d].score)));
            CHECK(cell.data(RegionHeatmapModel::LevelRole).toInt() == card.domains[d].level);
            // The level is written as well as tinted.
            CHECK(cell.data(RegionHeatmapModel::SecondLineRole).toString() == Maturity::name(card.domains[d].level));
        }
        CHECK(heatmap.index(row, heatmap.trendColumn()).data(RegionHeatmapModel::TrendRole).toList().size() ==
              t.revisions);
        CHECK(heatmap.row(row)->criticalGaps.size() == std::size_t(card.criticalGaps.size()));
    }

    // For each recommendation, the organisations meeting it, counted from the latest answers.
    const auto &bars = view.shareChart()->bars();
    REQUIRE(bars.size() == fw.recommendations.size());
    for (const ShareChart::Bar &bar : bars) {
        const Recommendation *rec = nullptr;
        for (const Recommendation &r : fw.recommendations)
            if (r.title == bar.label)
                rec = &r;
        REQUIRE(rec);
        int met = 0;
        for (const GeneratedRegion::Trust &t : region.trusts)
            met += Scorer::score(fw, t.latest).recommendation(rec->id)->status == RecommendationStatus::Met ? 1 : 0;
        INFO(bar.label.toStdString());
        CHECK(bar.organisations == 12);
        CHECK(bar.met == met);
    }
    CHECK_FALSE(view.shareChart()->accessibleDescription().isEmpty());

    // Filters: the North ICS has the six odd-numbered trusts; mental health trusts among them are 1, 7.
    view.icsFilter()->setCurrentIndex(view.icsFilter()->findData(QStringLiteral("North ICS")));
    CHECK(heatmap.rowCount() == 6);
    CHECK(view.countLabel()->text() == QStringLiteral("Showing 6 of 12 organisations"));
    int northSubmissions = 0;
    for (const GeneratedRegion::Trust &t : region.trusts)
        northSubmissions += t.latest.organisation.ics == QStringLiteral("North ICS") ? t.revisions : 0;
    CHECK(view.submissionModel()->rowCount() == northSubmissions);
    view.typeFilter()->setCurrentIndex(view.typeFilter()->findData(QStringLiteral("mental_health")));
    REQUIRE(heatmap.rowCount() == 2);
    QStringList names{heatmap.row(0)->name, heatmap.row(1)->name};
    names.sort();
    CHECK(names == QStringList{QStringLiteral("Trust 01 NHS Trust"), QStringLiteral("Trust 07 NHS Trust")});
    CHECK(view.shareChart()->bars().front().organisations == 2);
    view.setFilter(QString(), QString());
    CHECK(heatmap.rowCount() == 12);

    // Drill-down: Enter (or a double click) on a row opens that organisation's latest submission.
    view.tabs()->setCurrentIndex(RegionView::DashboardTab);
    QTableView *table = view.heatmap();
    const int row = rowOf(view, QStringLiteral("Trust 05 NHS Trust"));
    table->setFocus();
    table->setCurrentIndex(view.heatmapProxy()->mapFromSource(heatmap.index(row, 0)));
    CHECK(view.rowDetail()->text().startsWith(QStringLiteral("Trust 05 NHS Trust, revision 3")));
    QTest::keyClick(table, Qt::Key_Return);
    settle();
    REQUIRE(view.showingSubmission());
    CHECK(view.reviewPage()->titleLabel()->text() == QStringLiteral("Trust 05 NHS Trust"));
    CHECK(view.reviewPage()->record()->revision == 3);
    CHECK(view.reviewPage()->record()->id == heatmap.row(row)->submissionId);
    click(view.reviewPage()->backButton());
    settle();
    CHECK_FALSE(view.showingSubmission());

    // Sorting by a column sorts by the figures, not by their text.
    table->sortByColumn(RegionHeatmapModel::OverallColumn, Qt::DescendingOrder);
    // By the level shown, then by score.
    double previous = std::numeric_limits<double>::max();
    int previousLevel = 4;
    for (int r = 0; r < view.heatmapProxy()->rowCount(); ++r) {
        const QModelIndex overall = view.heatmapProxy()->index(r, RegionHeatmapModel::OverallColumn);
        const double key = overall.data(RegionHeatmapModel::SortRole).toDouble();
        const int level = overall.data(RegionHeatmapModel::LevelRole).toInt();
        CHECK(key <= previous);
        CHECK(level <= previousLevel);
        previous = key;
        previousLevel = level;
    }
}

TEST_CASE("The regional summary is exported as CSV, PDF, a web page and a Word document with the filters applied",
          "[gui][region][dashboard]")
{
    GuiFixture f;
    const GeneratedRegion region(f.path(QStringLiteral("inbox")));
    f.window().showRegion();
    RegionView &view = *f.window().regionView();
    importAndWait(view, {f.path(QStringLiteral("inbox"))})->accept();
    view.setFilter(QStringLiteral("South ICS"), QString());
    REQUIRE(view.heatmapModel()->rowCount() == 6);

    f.prompter().files.push_back(f.path(QStringLiteral("south.csv")));
    REQUIRE(view.exportSummary(ReportFormat::Csv) == f.path(QStringLiteral("south.csv")));
    const QString csv = QString::fromUtf8(readFile(f.path(QStringLiteral("south.csv"))));
    for (const GeneratedRegion::Trust &t : region.trusts)
        CHECK(csv.contains(t.latest.organisation.name) == (t.latest.organisation.ics == QStringLiteral("South ICS")));

    f.prompter().files.push_back(f.path(QStringLiteral("south")));
    REQUIRE(view.exportSummary(ReportFormat::Pdf) == f.path(QStringLiteral("south.pdf")));
    CHECK(readFile(f.path(QStringLiteral("south.pdf"))).startsWith("%PDF-"));
    f.prompter().files.push_back(f.path(QStringLiteral("south.html")));
    f.window().action(QStringLiteral("regionHtmlAction"))->trigger();
    settle();
    const QString html = QString::fromUtf8(readFile(f.path(QStringLiteral("south.html"))));
    CHECK(html.contains(QStringLiteral("Trust 02 NHS Trust")));
    CHECK_FALSE(html.contains(QStringLiteral("Trust 01 NHS Trust")));
    f.prompter().files.push_back(f.path(QStringLiteral("south.docx")));
    f.window().action(QStringLiteral("regionDocxAction"))->trigger();
    settle();
    CHECK(f.prompter().last(QStringLiteral("chooseSaveFile"))->details == QStringLiteral("Word document (*.docx)"));
    CHECK(readFile(f.path(QStringLiteral("south.docx"))).startsWith("PK"));
}

TEST_CASE("An empty region says how to begin", "[gui][region][dashboard]")
{
    GuiFixture f;
    f.window().showRegion();
    RegionView &view = *f.window().regionView();
    QWidget *empty = view.findChild<QWidget *>(QStringLiteral("regionEmpty"));
    REQUIRE(empty);
    CHECK(empty->isVisible());
    CHECK_FALSE(view.tabs()->isVisible());
    CHECK(view.heatmapModel()->rowCount() == 0);
    // Nothing to export is said plainly, without asking for a file.
    CHECK(view.exportSummary(ReportFormat::Csv).isEmpty());
    REQUIRE(f.prompter().last(QStringLiteral("warn")));
    CHECK(f.prompter().last(QStringLiteral("warn"))->text == QStringLiteral("No submissions have been imported yet."));
    CHECK(f.prompter().count(QStringLiteral("chooseSaveFile")) == 0);
    f.window().showStart();
    CHECK(f.window().startPage()->isVisible());
}

TEST_CASE("The app's screenshots include the regional dashboard, the import summary and a review",
          "[gui][region][screenshot]")
{
    QTemporaryDir dir;
    const ProcessResult result = run(QStringLiteral(AHPLEAD_SCREENSHOTS_PATH), {dir.path()}, {});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    for (const QString &name : {QStringLiteral("region-dashboard.png"), QStringLiteral("region-import.png"),
                                QStringLiteral("region-review.png")}) {
        INFO(name.toStdString());
        const QImage image(dir.filePath(name));
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() >= 400);
    }
}

namespace {

// A one-organisation summary of the board framework, built by hand.
RegionSummary summaryOf(const RegionOrganisation &org)
{
    RegionSummary s;
    s.frameworkId = board().id;
    s.frameworkVersion = board().version;
    for (const Domain &d : board().domains) {
        s.domainIds << d.id;
        s.domainTitles << d.title;
    }
    s.organisations.push_back(org);
    s.submissions = 1;
    return s;
}

RegionOrganisation organisationScored(std::optional<double> overall, int level)
{
    RegionOrganisation o;
    o.organisation.name = QStringLiteral("Trust 01 NHS Trust");
    o.organisation.type = QStringLiteral("acute");
    o.latestSubmissionId = 1;
    o.submittedAt = QStringLiteral("2026-11-01T09:00:00Z");
    o.reviewStatus = QStringLiteral("in_review");
    o.overallScore = overall;
    o.overallLevel = level;
    o.domainScores.assign(board().domains.size(), 47.0);
    o.statuses.assign(board().recommendations.size(), RecommendationStatus::Met);
    o.trend.push_back({1, 1, o.submittedAt, overall});
    return o;
}

} // namespace

TEST_CASE("A capped overall level says why beside it instead of a score the key would band otherwise",
          "[gui][region][dashboard]")
{
    RegionOrganisation o = organisationScored(47.0, 1); // 47 alone is Developing; held at Emerging
    for (const Recommendation &r : board().recommendations)
        if (r.critical && o.criticalGaps.size() < 3)
            o.criticalGaps << r.id;
    REQUIRE(o.criticalGaps.size() == 3);
    RegionHeatmapModel model;
    model.setReport(RegionReportModel::build(board(), summaryOf(o), QDateTime::currentDateTimeUtc(), QString()));
    const QModelIndex overall = model.index(0, RegionHeatmapModel::OverallColumn);
    CHECK(overall.data(Qt::DisplayRole).toString() == QStringLiteral("Emerging"));
    CHECK(overall.data(RegionHeatmapModel::SecondLineRole).toString() == QStringLiteral("held: 3 critical gaps"));
    CHECK(overall.data(RegionHeatmapModel::LevelRole).toInt() == 1);
    CHECK(overall.data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Overall: Held at Emerging: 3 critical gaps; the score alone, 47, gives Developing."));
    CHECK(model.index(0, model.reviewColumn()).data(Qt::DisplayRole).toString() == QStringLiteral("In review"));
    CHECK(model.headerData(model.reviewColumn(), Qt::Horizontal, Qt::DisplayRole).toString() ==
          QStringLiteral("Review"));
}

TEST_CASE("A provisional submission shows as provisional on the dashboard, with no level", "[gui][region][dashboard]")
{
    RegionOrganisation o = organisationScored(std::nullopt, -1);
    RegionSummary s = summaryOf(o);
    // As RegionSummary::build marks it: no overall score stored, though domains were scored.
    s.organisations.front().provisional = true;
    RegionHeatmapModel model;
    model.setReport(RegionReportModel::build(board(), s, QDateTime::currentDateTimeUtc(), QString()));
    const QModelIndex overall = model.index(0, RegionHeatmapModel::OverallColumn);
    CHECK(overall.data(RegionHeatmapModel::SecondLineRole).toString() == QStringLiteral("Provisional"));
    CHECK(overall.data(RegionHeatmapModel::LevelRole).toInt() == -1);
    CHECK(model.report().atAGlance.join(QLatin1Char(' ')).contains(QStringLiteral("1 provisional")));
}

TEST_CASE("A section under half answered shows its score so far but no level on the dashboard",
          "[gui][region][dashboard]")
{
    RegionOrganisation o = organisationScored(std::nullopt, -1);
    o.provisional = true;
    o.domainProvisional.assign(o.domainScores.size(), false);
    o.domainProvisional[0] = true;
    RegionHeatmapModel model;
    model.setReport(RegionReportModel::build(board(), summaryOf(o), QDateTime::currentDateTimeUtc(), QString()));
    const QModelIndex first = model.index(0, RegionHeatmapModel::OverallColumn + 1);
    CHECK(first.data(Qt::DisplayRole).toString() == QStringLiteral("47"));
    CHECK(first.data(RegionHeatmapModel::SecondLineRole).toString() == QStringLiteral("Provisional"));
    CHECK(first.data(RegionHeatmapModel::LevelRole).toInt() == -1);
    const QModelIndex second = model.index(0, RegionHeatmapModel::OverallColumn + 2);
    CHECK(second.data(RegionHeatmapModel::SecondLineRole).toString() == QStringLiteral("Developing"));
}

TEST_CASE("The overall column sorts a level held down by critical gaps with that level, not with its score",
          "[gui][region][dashboard]")
{
    RegionOrganisation held = organisationScored(47.0, 1); // held at Emerging
    held.criticalGaps << board().recommendations.front().id;
    RegionOrganisation developing = organisationScored(41.0, 2);
    developing.organisation.name = QStringLiteral("Trust 02 NHS Trust");
    RegionSummary s = summaryOf(held);
    s.organisations.push_back(developing);
    RegionHeatmapModel model;
    model.setReport(RegionReportModel::build(board(), s, QDateTime::currentDateTimeUtc(), QString()));
    const double heldKey =
        model.index(0, RegionHeatmapModel::OverallColumn).data(RegionHeatmapModel::SortRole).toDouble();
    const double developingKey =
        model.index(1, RegionHeatmapModel::OverallColumn).data(RegionHeatmapModel::SortRole).toDouble();
    CHECK(developingKey > heldKey); // Developing at 41 ranks above Emerging held at 47
}

TEST_CASE("The regional review shows under each trust's review status how many of its actions are overdue",
          "[gui][region][dashboard]")
{
    RegionOrganisation o = organisationScored(62.0, 3);
    o.overdueActions = 2;
    RegionHeatmapModel model;
    model.setReport(RegionReportModel::build(board(), summaryOf(o), QDateTime::currentDateTimeUtc(), QString()));
    const QModelIndex review = model.index(0, model.reviewColumn());
    CHECK(review.data(Qt::DisplayRole).toString() == QStringLiteral("In review"));
    CHECK(review.data(RegionHeatmapModel::SecondLineRole).toString() == QStringLiteral("2 actions overdue"));
    CHECK(review.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 actions overdue")));

    o.overdueActions = 0;
    model.setReport(RegionReportModel::build(board(), summaryOf(o), QDateTime::currentDateTimeUtc(), QString()));
    CHECK(model.index(0, model.reviewColumn()).data(RegionHeatmapModel::SecondLineRole).toString().isEmpty());
}
