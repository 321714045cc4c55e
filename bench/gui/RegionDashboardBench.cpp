// The regional review's dashboard with a big region (issue 6), printed, not asserted:
//
//   region_dashboard_bench STORE [--runs N]
//
// STORE holds received submissions, for example 10,000 made by bench/core:
//   build/bench/core/region_bench generate /tmp/inbox 10000
//   build/bench/core/region_bench import /tmp/inbox /tmp/region.sqlite
//   build/bench/gui/region_dashboard_bench /tmp/region.sqlite
//
// Times, offscreen, what a regional team waits for: opening the regional review (one store
// query per framework version, the aggregation, the report model's words, the table and list
// models), a change
// of filter (aggregation and models again, no store query), opening a submission from the
// dashboard, and the first paint of the dashboard table. Medians of N runs (default 5), with
// the peak memory of the whole run.
#include "gui/app/AppSettings.h"
#include "gui/app/MainWindow.h"
#include "gui/app/Prompter.h"
#include "gui/app/Workspace.h"
#include "gui/region/RegionHeatmapModel.h"
#include "gui/region/RegionView.h"
#include "gui/region/SubmissionReviewPage.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"
#include "tools/screenshots/SilentPrompter.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace ahplead;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: region_dashboard_bench STORE [--runs N]\n");
        return 2;
    }
    const int runs =
        args.indexOf(QStringLiteral("--runs")) > 0 ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt() : 5;
    initResources();
    Theme::apply(app);
    auto store = Store::open(args[1]);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.message()));
        return 1;
    }
    Workspace workspace(std::move(store.value()));
    if (!workspace.frameworks()) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.frameworksError()));
        return 1;
    }
    QTemporaryDir scratch;
    AppSettings settings(scratch.filePath(QStringLiteral("settings.ini")));
    SilentPrompter prompter;
    MainWindow window(workspace, settings, prompter);
    window.resize(1200, 820);
    window.show();
    settle();

    std::vector<double> open, filter, drill, paint;
    QElapsedTimer timer;
    for (int run = 0; run < std::max(runs, 1); ++run) {
        timer.start();
        window.showRegion();
        open.push_back(double(timer.nsecsElapsed()) / 1e6);
        RegionView *region = window.regionView();
        timer.start();
        region->heatmap()->repaint();
        paint.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (region->icsFilter()->count() > 1) {
            timer.start();
            region->icsFilter()->setCurrentIndex(1);
            region->icsFilter()->setCurrentIndex(0);
            filter.push_back(double(timer.nsecsElapsed()) / 2e6);
        }
        const QModelIndex first = region->heatmapProxy()->index(0, 0);
        if (first.isValid()) {
            timer.start();
            region->openSubmission(first.data(RegionHeatmapModel::SubmissionIdRole).toLongLong());
            settle();
            drill.push_back(double(timer.nsecsElapsed()) / 1e6);
            region->showOverview();
        }
        window.showStart();
        settle();
    }
    RegionView *region = window.regionView();
    std::printf("region_dashboard_bench: %d submissions from %d organisations, %d runs\n",
                region->summary().submissions, region->heatmapModel()->rowCount(), std::max(runs, 1));
    std::printf("  open the regional review (store query, aggregation, models):   median %.0f ms\n", median(open));
    std::printf("  change a filter (aggregation and models, no store query):        median %.0f ms\n", median(filter));
    std::printf("  paint the dashboard table:                                        median %.1f ms\n", median(paint));
    std::printf("  open a submission from the dashboard (answers, scores, review):   median %.0f ms\n", median(drill));
    std::printf("  peak memory %.0f MB\n", peakMegabytes());
    return 0;
}
