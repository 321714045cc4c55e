// Figures for the desktop app (issue 3), printed, not asserted:
//
//   gui_bench [--runs N] [--assessments N] [--keep DIR] [--only start|sections|memory]
//
// 1. Cold start: `ahplead --store <example store> --quit-after-show` against bare_window
//    (QApplication + QMainWindow, shown, then quit), both started the same way (fork/exec,
//    offscreen, alternating, N runs each); medians, best runs and the ratio of the medians.
// 2. Section switching with the largest framework (board, 66 questions): the time from
//    asking for a section to its being painted, first visit (the page is built) and return
//    visits, for every section.
// 3. Peak memory (maximum resident set) with a store of 1,000 assessments made through
//    core's Store API: of `ahplead --quit-after-show`, and of a child that shows the start
//    page, scores every assessment in the list, opens one and visits every page.
#include "core/assessment/AssessmentReader.h"
#include "core/base/DataPaths.h"
#include "gui/app/AppSettings.h"
#include "gui/app/MainWindow.h"
#include "gui/app/Prompter.h"
#include "gui/app/StartPage.h"
#include "gui/app/Workspace.h"
#include "gui/assessment/AssessmentListModel.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"
#include "tools/screenshots/SilentPrompter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

using namespace ahplead;

namespace {

struct RunResult {
    double ms = 0;    // wall time
    double cpuMs = 0; // user + system time: what the machine's other work cannot inflate much
    long maxRssKb = 0;
    int exitCode = -1;
};

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// Programs are started by a small helper process forked before this one has grown: Linux
// counts a process's peak memory from before its exec (ru_maxrss), so a child spawned from
// this bench, tens of megabytes in, would be charged this bench's memory as well.
struct Spawner {
    int commands = -1;
    int results = -1;
};
Spawner spawner;

struct Outcome {
    double ms;
    double cpuMs;
    long maxRssKb;
    int exitCode;
};

[[noreturn]] void spawnerLoop(int commands, int results)
{
    for (;;) {
        std::uint32_t size = 0;
        if (read(commands, &size, sizeof size) != static_cast<ssize_t>(sizeof size))
            _exit(0);
        std::vector<char> buffer(size);
        std::size_t got = 0;
        while (got < size) {
            const ssize_t n = read(commands, buffer.data() + got, size - got);
            if (n <= 0)
                _exit(0);
            got += static_cast<std::size_t>(n);
        }
        std::vector<char *> argv;
        for (std::size_t i = 0; i < size; i += std::strlen(buffer.data() + i) + 1)
            argv.push_back(buffer.data() + i);
        argv.push_back(nullptr);
        timespec start{};
        timespec end{};
        clock_gettime(CLOCK_MONOTONIC, &start);
        pid_t pid = 0;
        Outcome outcome{0, 0, 0, -1};
        if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) == 0) {
            int status = 0;
            rusage usage{};
            wait4(pid, &status, 0, &usage);
            clock_gettime(CLOCK_MONOTONIC, &end);
            const double cpu = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                               (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
            outcome = {(end.tv_sec - start.tv_sec) * 1e3 + (end.tv_nsec - start.tv_nsec) / 1e6, cpu, usage.ru_maxrss,
                       WIFEXITED(status) ? WEXITSTATUS(status) : -1};
        }
        if (write(results, &outcome, sizeof outcome) != static_cast<ssize_t>(sizeof outcome))
            _exit(0);
    }
}

void startSpawner()
{
    int commands[2];
    int results[2];
    if (pipe(commands) != 0 || pipe(results) != 0)
        return;
    if (fork() == 0) {
        close(commands[1]);
        close(results[0]);
        spawnerLoop(commands[0], results[1]);
    }
    close(commands[0]);
    close(results[1]);
    spawner = {commands[1], results[0]};
}

// Starts PROGRAM with ARGS and waits; wall time from spawn to exit, and the child's peak RSS.
RunResult measure(const QString &program, const QStringList &args)
{
    QByteArray command = QFile::encodeName(program) + '\0';
    for (const QString &a : args)
        command += a.toLocal8Bit() + '\0';
    const std::uint32_t size = static_cast<std::uint32_t>(command.size());
    Outcome outcome{0, 0, 0, -1};
    if (write(spawner.commands, &size, sizeof size) != static_cast<ssize_t>(sizeof size) ||
        write(spawner.commands, command.constData(), size) != static_cast<ssize_t>(size) ||
        read(spawner.results, &outcome, sizeof outcome) != static_cast<ssize_t>(sizeof outcome))
        return {};
    return {outcome.ms, outcome.cpuMs, outcome.maxRssKb, outcome.exitCode};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QApplication::processEvents();
}

// A store of COUNT assessments: 4 a year for COUNT / 4 organisations, mostly board
// self-assessments with some individual and system ones, answers varied from the examples.
bool makeStore(const QString &path, int count)
{
    auto store = Store::open(path);
    auto library = FrameworkLibrary::loadBundled();
    if (!store || !library) {
        std::fprintf(stderr, "cannot set up: %s\n", qPrintable(!store ? store.message() : library.message()));
        return false;
    }
    QHash<QString, Assessment> examples;
    for (const QString &kind : {QStringLiteral("board"), QStringLiteral("individual"), QStringLiteral("system")}) {
        auto a = AssessmentReader::read(
            DataPaths::examplesDir() + QLatin1Char('/') + kind + QStringLiteral("-example.json"), library.value());
        if (!a) {
            std::fprintf(stderr, "%s\n", qPrintable(a.message()));
            return false;
        }
        examples.insert(kind, a.value());
    }
    QRandomGenerator random(20261014);
    const AnswerValue values[] = {AnswerValue::NotInPlace, AnswerValue::Partial, AnswerValue::InPlace};
    for (int i = 0; i < count; ++i) {
        const QString kind = i % 7 == 3   ? QStringLiteral("system")
                             : i % 5 == 2 ? QStringLiteral("individual")
                                          : QStringLiteral("board");
        Assessment a = examples.value(kind);
        const int org = i / 4;
        a.organisation.name = QStringLiteral("Benchmark NHS Trust %1").arg(org + 1, 3, 10, QLatin1Char('0'));
        a.organisation.odsCode = QStringLiteral("B%1").arg(org + 1, 3, 10, QLatin1Char('0'));
        a.title = QStringLiteral("%1 self-assessment %2").arg(kind).arg(2020 + i % 4);
        a.createdAt = QDateTime(QDate(2020 + i % 4, 10, 1), QTime(9, 0), Qt::UTC);
        a.updatedAt = a.createdAt.addDays(14);
        for (Answer &answer : a.answers)
            if (answer.value != AnswerValue::NotApplicable)
                answer.value = values[random.bounded(3)];
        if (auto id = store.value()->addAssessment(a, QStringLiteral("bench"), QStringLiteral("import")); !id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.message()));
            return false;
        }
    }
    return true;
}

// The child of benchmark 3: what a person does with a big store, then its own peak memory.
int exercise(const QString &storePath, const QString &settingsPath)
{
    auto store = Store::open(storePath);
    if (!store)
        return 1;
    Workspace workspace(std::move(store.value()));
    AppSettings settings(settingsPath);
    SilentPrompter prompter;
    MainWindow window(workspace, settings, prompter);
    window.show();
    settle();
    AssessmentListModel *model = window.startPage()->model();
    qint64 first = 0;
    for (int g = 0; g < model->rowCount(); ++g)
        for (int r = 0; r < model->rowCount(model->index(g, 0)); ++r) {
            const QModelIndex index = model->index(r, AssessmentListModel::ScoreColumn, model->index(g, 0));
            model->data(index, Qt::DisplayRole); // every score in the list worked out
            if (!first)
                first = model->assessmentId(index);
        }
    window.startPage()->list()->scrollToBottom();
    settle();
    window.openAssessment(first);
    for (int i = 0; i < window.assessmentView()->pageCount(); ++i) {
        window.assessmentView()->showPage(i);
        settle();
    }
    window.showStart();
    settle();
    return 0; // the parent reads the peak from wait4()
}

void coldStart(const QString &exampleStore, const QString &settings, int runs)
{
    std::vector<double> bare;
    std::vector<double> app;
    std::vector<double> bareCpu;
    std::vector<double> appCpu;
    for (int i = 0; i < runs + 1; ++i) {
        const RunResult b = measure(QStringLiteral(AHPLEAD_BARE_WINDOW_PATH), {});
        const RunResult a = measure(QStringLiteral(AHPLEAD_GUI_PATH),
                                    {QStringLiteral("--store"), exampleStore, QStringLiteral("--settings"), settings,
                                     QStringLiteral("--quit-after-show")});
        if (a.exitCode != 0 || b.exitCode != 0) {
            std::printf("  a run failed (exit codes: ahplead %d, bare_window %d)\n", a.exitCode, b.exitCode);
            return;
        }
        if (i == 0)
            continue; // the first pair warms the disk cache for both
        bare.push_back(b.ms);
        app.push_back(a.ms);
        bareCpu.push_back(b.cpuMs);
        appCpu.push_back(a.cpuMs);
    }
    const double mb = median(bare);
    const double ma = median(app);
    std::printf("1. Cold start to the first shown window (%d runs each, alternating, offscreen)\n", runs);
    std::printf("   bare QApplication + QMainWindow: median %6.1f ms, best %6.1f ms\n", mb,
                *std::min_element(bare.begin(), bare.end()));
    std::printf("   ahplead with the example store:  median %6.1f ms, best %6.1f ms\n", ma,
                *std::min_element(app.begin(), app.end()));
    std::printf("   ratio of medians: %.2fx, of best runs: %.2fx (target: at most 3x)\n", ma / mb,
                *std::min_element(app.begin(), app.end()) / *std::min_element(bare.begin(), bare.end()));
    std::printf("   CPU time (user + system), medians: bare %.1f ms, ahplead %.1f ms, ratio %.2fx\n\n", median(bareCpu),
                median(appCpu), median(appCpu) / median(bareCpu));
}

void sectionSwitching(const QString &exampleStore, const QString &settingsPath, bool prepareAhead)
{
    auto store = Store::open(exampleStore);
    if (!store)
        return;
    Workspace workspace(std::move(store.value()));
    AppSettings settings(settingsPath);
    SilentPrompter prompter;
    MainWindow window(workspace, settings, prompter);
    window.resize(1200, 820);
    window.show();
    settle();
    const qint64 id = workspace.store().assessments()->front().id;
    window.openAssessment(id);
    AssessmentView *view = window.assessmentView();
    view->setPrepareAhead(prepareAhead);
    view->showPage(view->pageCount() - 1); // start on the results, so every section is new
    settle();
    if (prepareAhead) // a person reading the results for a second or so
        QTest::qWait(1000);
    const int sections = view->pageCount() - 1;
    std::vector<double> cpu;
    auto timeSwitch = [&](int page) {
        QElapsedTimer t;
        t.start();
        const double cpuStart = threadCpuMs();
        view->showPage(page);
        settle();
        window.repaint(); // painted, as a person would see it
        cpu.push_back(threadCpuMs() - cpuStart);
        return t.nsecsElapsed() / 1e6;
    };
    std::vector<double> first;
    std::vector<double> again;
    for (int i = 0; i < sections; ++i)
        first.push_back(timeSwitch(i));
    for (int round = 0; round < 3; ++round)
        for (int i = sections - 1; i >= 0; --i)
            again.push_back(timeSwitch(i));
    const double results = timeSwitch(sections);
    if (prepareAhead)
        std::printf("   b) as used: later sections prepared while the first one is read\n");
    else
        std::printf("2. Switching sections, board framework (%d questions in %d sections), to painted\n"
                    "   a) every section built on demand (preparing ahead switched off)\n",
                    workspace.frameworks()->latest(QStringLiteral("board"))->questionCount(), sections);
    std::printf("   first visit:");
    for (double ms : first)
        std::printf(" %.1f", ms);
    std::printf(" ms\n   worst first visit %.1f ms; return visits: median %.1f ms, worst %.1f ms\n",
                *std::max_element(first.begin(), first.end()), median(again),
                *std::max_element(again.begin(), again.end()));
    std::printf("   to the results page: %.1f ms (target for sections: under 50 ms)\n", results);
    std::printf("   CPU time of the first visits:");
    for (int i = 0; i < sections; ++i)
        std::printf(" %.1f", cpu[static_cast<std::size_t>(i)]);
    std::printf(" ms\n%s", prepareAhead ? "\n" : "");
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool child = argc > 1 && std::strcmp(argv[1], "--exercise") == 0;
    if (!child)
        startSpawner(); // first, while this process is still small
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ahplead-bench"));
    initResources();
    Theme::apply(app);
    const QStringList args = QCoreApplication::arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    if (args.contains(QStringLiteral("--exercise")))
        return exercise(option(QStringLiteral("--exercise"), {}), option(QStringLiteral("--settings"), {}));

    const int runs = option(QStringLiteral("--runs"), QStringLiteral("15")).toInt();
    const int count = option(QStringLiteral("--assessments"), QStringLiteral("1000")).toInt();
    QTemporaryDir scratch;
    QString dir = option(QStringLiteral("--keep"), scratch.path());
    QDir().mkpath(dir);
    const QString settings = QDir(dir).filePath(QStringLiteral("settings.ini"));

    const QString exampleStore = QDir(dir).filePath(QStringLiteral("example.sqlite"));
    QFile::remove(exampleStore);
    {
        auto store = Store::open(exampleStore);
        auto library = FrameworkLibrary::loadBundled();
        auto example =
            AssessmentReader::read(DataPaths::examplesDir() + QStringLiteral("/board-example.json"), library.value());
        if (!store || !example || !store.value()->addAssessment(example.value(), QStringLiteral("bench"))) {
            std::fprintf(stderr, "cannot make the example store\n");
            return 1;
        }
    }
    const QString only = option(QStringLiteral("--only"), QString()); // start, sections or memory
    std::printf("ahplead GUI benchmarks (Qt %s)\n\n", qVersion());
    if (only.isEmpty() || only == QLatin1String("start"))
        coldStart(exampleStore, settings, runs);
    if (only.isEmpty() || only == QLatin1String("sections")) {
        sectionSwitching(exampleStore, settings, false);
        sectionSwitching(exampleStore, settings, true);
    }
    if (!only.isEmpty() && only != QLatin1String("memory"))
        return 0;

    const QString bigStore = QDir(dir).filePath(QStringLiteral("big.sqlite"));
    QFile::remove(bigStore);
    QElapsedTimer made;
    made.start();
    if (!makeStore(bigStore, count))
        return 1;
    std::printf("3. Peak memory with a store of %d assessments (made through Store in %.1f s, %.1f MB on disk)\n",
                count, made.elapsed() / 1000.0, QFileInfo(bigStore).size() / 1e6);
    const RunResult start =
        measure(QStringLiteral(AHPLEAD_GUI_PATH), {QStringLiteral("--store"), bigStore, QStringLiteral("--settings"),
                                                   settings, QStringLiteral("--quit-after-show")});
    std::printf("   ahplead start to first window: %.1f MB peak (%.0f ms)\n", start.maxRssKb / 1024.0, start.ms);
    const RunResult use = measure(QCoreApplication::applicationFilePath(),
                                  {QStringLiteral("--exercise"), bigStore, QStringLiteral("--settings"), settings});
    std::printf("   scoring every assessment in the list, opening one and visiting every page: %.1f MB peak "
                "(%.0f ms)\n   (target: at most 120 MB)\n",
                use.maxRssKb / 1024.0, use.ms);
    return 0;
}
