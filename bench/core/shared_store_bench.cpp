// Shared store figures (issue 16), against a PostgreSQL server. Not a test: it prints figures.
//
//   shared_store_bench dashboard STORE [RUNS]     open the store and build the regional dashboard's
//                                                 data (the board framework's received submissions
//                                                 and their summary), RUNS times (default 5)
//   shared_store_bench reviewers STORE P N        P reviewer processes at once, each making N review
//                                                 changes; checks that no saved change was lost and
//                                                 that every refused one was reported as a conflict
//   shared_store_bench reviewer STORE SEED N      one of those processes
//   shared_store_bench grant STORE USER REGION    give USER the reviewer role in REGION, as
//                                                 `ahplead-cli store grant` does
//
// bench/core/run_shared_store_bench.sh starts a throwaway server, imports 10,000 submissions with
// region_bench and runs these.
#include "core/assessment/FrameworkLibrary.h"
#include "core/region/RegionSummary.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace ahplead;

namespace {

std::unique_ptr<Store> opened(const QString &address, Store::Mode mode)
{
    auto store = Store::open(address, mode);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.message()));
        std::exit(1);
    }
    return std::move(store).value();
}

int dashboard(const QString &address, int runs)
{
    auto loaded = FrameworkLibrary::loadBundled();
    if (!loaded)
        return 1;
    const Framework &fw = *loaded->find(QStringLiteral("board"), QStringLiteral("1.0.0")); // region_bench's version
    std::vector<double> times;
    std::size_t submissions = 0;
    std::size_t organisations = 0;
    double reading = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto store = opened(address, Store::Mode::ReadOnly);
        auto rows = store->receivedScores(fw.id, fw.version);
        if (!rows) {
            std::fprintf(stderr, "%s\n", qPrintable(rows.message()));
            return 1;
        }
        reading = double(timer.nsecsElapsed()) / 1e6;
        const RegionSummary summary = RegionSummary::build(fw, rows.value(), RegionFilter{});
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        submissions = rows->size();
        organisations = summary.organisations.size();
    }
    std::sort(times.begin(), times.end());
    std::printf("dashboard: %zu submissions from %zu organisations; opening the store, reading and summarising: "
                "median %.0f ms, slowest %.0f ms of %d runs (the last run's reading alone %.0f ms)\n",
                submissions, organisations, times[times.size() / 2], times.back(), runs, reading);
    return 0;
}

// The region's 40 trusts' first submissions: a small set, so that reviewers working at once do
// meet on the same review.
std::vector<qint64> reviewedSet(Store &store)
{
    auto all = store.submissions(QStringLiteral("received"));
    if (!all) {
        std::fprintf(stderr, "%s\n", qPrintable(all.message()));
        std::exit(1);
    }
    std::vector<qint64> ids;
    for (const SubmissionRecord &s : all.value())
        ids.push_back(s.id);
    std::sort(ids.begin(), ids.end());
    ids.resize(std::min<std::size_t>(ids.size(), 40));
    return ids;
}

int reviewer(const QString &address, quint32 seed, int changes)
{
    auto store = opened(address, Store::Mode::ReadWrite);
    const std::vector<qint64> ids = reviewedSet(*store);
    QRandomGenerator random(seed);
    const QStringList statuses = SubmissionRecord::reviewStatuses();
    int saved = 0;
    int conflicts = 0;
    int failed = 0;
    for (int i = 0; i < changes; ++i) {
        const qint64 id = ids[random.bounded(int(ids.size()))];
        // As a reviewer does: open the submission (its review's version), then save a change to it.
        auto opened = store->submission(id);
        if (!opened) {
            ++failed;
            continue;
        }
        const Status result =
            store->setReview(id, statuses[random.bounded(int(statuses.size()))],
                             {{QString(), QStringLiteral("Reviewer %1, change %2").arg(seed).arg(i), {}, {}}},
                             QStringLiteral("reviewer %1").arg(seed), {}, opened->reviewVersion);
        if (result)
            ++saved;
        else if (result.message().contains(QStringLiteral("after you opened it")))
            ++conflicts;
        else {
            ++failed;
            std::fprintf(stderr, "%s\n", qPrintable(result.message()));
        }
    }
    std::printf("%d %d %d\n", saved, conflicts, failed);
    return 0;
}

struct Tally {
    qint64 versions = 0;
    qint64 reviewLines = 0;
};

Tally tally(const QString &address)
{
    auto store = opened(address, Store::Mode::ReadOnly);
    Tally t;
    for (qint64 id : reviewedSet(*store))
        t.versions += store->submission(id).value().reviewVersion;
    for (const AuditEntry &e : store->auditLog().value())
        t.reviewLines += e.action == QLatin1String("review") ? 1 : 0;
    return t;
}

int reviewers(const QString &address, int processes, int changes)
{
    const Tally before = tally(address);
    std::vector<std::unique_ptr<QProcess>> running;
    QElapsedTimer timer;
    timer.start();
    for (int p = 0; p < processes; ++p) {
        running.push_back(std::make_unique<QProcess>());
        running.back()->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        running.back()->start(QCoreApplication::applicationFilePath(),
                              {QStringLiteral("reviewer"), address, QString::number(p + 1), QString::number(changes)});
    }
    int saved = 0;
    int conflicts = 0;
    int failed = 0;
    for (auto &process : running) {
        if (!process->waitForFinished(600000) || process->exitCode() != 0) {
            std::fprintf(stderr, "a reviewer process failed\n");
            return 1;
        }
        const QStringList counts = QString::fromLatin1(process->readAllStandardOutput()).split(QLatin1Char(' '));
        saved += counts.value(0).toInt();
        conflicts += counts.value(1).toInt();
        failed += counts.value(2).toInt();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const Tally after = tally(address);
    // Every saved change raised its review's version by one and wrote one audit line: a change
    // lost under another would leave the versions short of the saves.
    const qint64 raised = after.versions - before.versions;
    const qint64 logged = after.reviewLines - before.reviewLines;
    const bool whole = raised == saved && logged == saved && saved + conflicts + failed == processes * changes;
    std::printf("reviewers: %d processes x %d changes on %d reviews in %.1f s (%.0f changes/s): saved %d, refused as "
                "conflicts (each reported with who and when) %d, failed otherwise %d; versions raised %lld, review "
                "lines in the audit log %lld: %s\n",
                processes, changes, 40, seconds, double(processes * changes) / seconds, saved, conflicts, failed,
                static_cast<long long>(raised), static_cast<long long>(logged),
                whole && failed == 0 ? "no lost update" : "LOST OR UNREPORTED CHANGES");
    return whole && failed == 0 ? 0 : 1;
}

int grant(const QString &address, const QString &user, const QString &region)
{
    const Status given = opened(address, Store::Mode::ReadWrite)
                             ->grant(user, QStringLiteral("reviewer"), region, QStringLiteral("bench"));
    if (!given)
        std::fprintf(stderr, "%s\n", qPrintable(given.message()));
    return given ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("dashboard"))
        return dashboard(args[2], args.size() > 3 ? args[3].toInt() : 5);
    if (args.size() == 5 && args[1] == QLatin1String("reviewers"))
        return reviewers(args[2], args[3].toInt(), args[4].toInt());
    if (args.size() == 5 && args[1] == QLatin1String("reviewer"))
        return reviewer(args[2], args[3].toUInt(), args[4].toInt());
    if (args.size() == 5 && args[1] == QLatin1String("grant"))
        return grant(args[2], args[3], args[4]);
    std::fprintf(stderr, "usage: shared_store_bench dashboard STORE [RUNS] | reviewers STORE P N | "
                         "reviewer STORE SEED N | grant STORE USER REGION\n");
    return 2;
}
