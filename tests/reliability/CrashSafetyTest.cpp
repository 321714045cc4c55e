// An acknowledged answer survives the process being killed at any moment (design.md:
// synchronous=FULL, one transaction per change). crash_writer saves answers in a loop and
// prints each after Store::saveAnswer returned; this test kills it with SIGKILL at random
// moments and, after every kill, checks the store is sound and holds every printed answer.
#include "core/region/SubmissionFile.h"
#include "core/region/Submitter.h"
#include "reliability/CrashPlan.h"
#include "reliability/ReliabilitySupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <thread>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace ahplead;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// Starts PROGRAM with its output going to files: what it printed before the kill is then
// all there, with no pipe to fill up or drain.
pid_t spawn(const QString &program, const QStringList &args, const QString &outPath, const QString &errPath)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = QFile::encodeName(outPath);
    const QByteArray err = QFile::encodeName(errPath);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(rc == 0);
    return pid;
}

// Lines the helper finished printing (a line cut short by the kill does not count).
QStringList completeLines(const QString &path)
{
    QByteArray bytes = test::readFile(path);
    const qsizetype end = bytes.lastIndexOf('\n');
    bytes.truncate(end + 1);
    return QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// How long crash_writer takes from start to an open store (its "open" line), on a copy of
// the store at STOREPATH so the copy's saves do not count.
int startUpMicros(const QString &storePath, qint64 assessmentId, QTemporaryDir &dir, const QStringList &questions)
{
    const QString scratch = dir.filePath(QStringLiteral("start-up.sqlite"));
    REQUIRE(QFile::copy(storePath, scratch));
    const QString out = dir.filePath(QStringLiteral("start-up-out.txt"));
    QStringList args{scratch, QString::number(assessmentId), QStringLiteral("0")};
    args << questions;
    const auto started = std::chrono::steady_clock::now();
    const pid_t pid =
        spawn(QStringLiteral(AHPLEAD_CRASH_WRITER), args, out, dir.filePath(QStringLiteral("start-up-err.txt")));
    while (!test::readFile(out).startsWith("open\n") &&
           std::chrono::steady_clock::now() - started < std::chrono::seconds(60))
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    const auto took = std::chrono::steady_clock::now() - started;
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    REQUIRE(test::readFile(out).startsWith("open\n"));
    return int(std::chrono::duration_cast<std::chrono::microseconds>(took).count());
}

struct Saved {
    int run = -1;
    int index = -1;
};

} // namespace

TEST_CASE("Every answer acknowledged before a SIGKILL is in the store afterwards, and the store stays sound", "[crash]")
{
    // At least KILLS kills, and at least SAVING of them while answers are being saved (a slow
    // start, as under the sanitizers, puts more of them before the store is open).
    const int kills = envInt("AHPLEAD_CRASH_KILLS", 120);
    const int saving = envInt("AHPLEAD_CRASH_KILLS_SAVING", 100);
    const unsigned seed = qEnvironmentVariableIsSet("AHPLEAD_CRASH_SEED") ? unsigned(envInt("AHPLEAD_CRASH_SEED", 0))
                                                                          : std::random_device{}();
    // The seed goes to the output first, so any failure can be replayed with AHPLEAD_CRASH_SEED.
    std::cout << "crash test: seed " << seed << " (replay with AHPLEAD_CRASH_SEED=" << seed << "), " << kills
              << " kills" << std::endl;
    INFO("seed " << seed);
    std::mt19937 random(seed);

    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("crash.sqlite"));
    qint64 assessmentId = 0;
    QStringList questions;
    {
        Assessment a = test::boardExample();
        a.answers.clear();
        auto store = test::openStore(storePath);
        assessmentId = store->addAssessment(a, QStringLiteral("setup")).value();
        const Framework *fw = test::frameworks().find(a.frameworkId, a.frameworkVersion);
        // A dozen questions, so each is overwritten many times and a stale value would show.
        for (const Domain &d : fw->domains)
            for (const Question &q : d.questions)
                if (questions.size() < 12)
                    questions << q.id;
    }

    // Most kills fall while answers are being saved, some during start-up and opening. How long
    // the helper takes to open the store is measured first (on a store of its own): a build
    // with the sanitizers starts several times slower.
    const int startMicros = startUpMicros(storePath, assessmentId, dir, questions);
    std::cout << "crash test: the helper opens the store in " << startMicros / 1000 << " ms" << std::endl;
    std::bernoulli_distribution duringStartUp(0.2);
    std::uniform_int_distribution<int> startUpDelay(0, startMicros);
    std::uniform_int_distribution<int> savingDelay(startMicros, startMicros + 120000);

    std::map<QString, Saved> expected; // per question: the save the store must hold
    int acknowledged = 0;              // saves printed, over all runs
    int landedUnacknowledged = 0;      // kills between the commit and the print
    int killedBeforeOpen = 0;          // kills before the store was open
    int landed = 0;                    // saves in the store, acknowledged or not
    const auto started = std::chrono::steady_clock::now();

    int run = 0;
    for (; (run < kills || run - killedBeforeOpen < saving) && run < 4 * kills; ++run) {
        INFO("run " << run);
        const QString out = dir.filePath(QStringLiteral("out-%1.txt").arg(run));
        const QString err = dir.filePath(QStringLiteral("err-%1.txt").arg(run));
        QStringList args{storePath, QString::number(assessmentId), QString::number(run)};
        args << questions;
        const pid_t pid = spawn(QStringLiteral(AHPLEAD_CRASH_WRITER), args, out, err);
        const int delay = duringStartUp(random) ? startUpDelay(random) : savingDelay(random);
        std::this_thread::sleep_for(std::chrono::microseconds(delay));
        REQUIRE(::kill(pid, SIGKILL) == 0);
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        // Killed, not finished on its own: a helper that failed would hide the test.
        INFO("helper stderr: " << test::readFile(err).toStdString());
        REQUIRE(WIFSIGNALED(status));
        REQUIRE(WTERMSIG(status) == SIGKILL);

        const QStringList lines = completeLines(out);
        if (lines.isEmpty())
            ++killedBeforeOpen;
        int printed = 0;
        for (const QString &line : lines.mid(1)) {
            REQUIRE(line == QStringLiteral("saved %1").arg(printed));
            const Answer a = CrashPlan::answer(run, printed, questions);
            expected[a.questionId] = {run, printed};
            ++printed;
        }
        acknowledged += printed;
        landed += printed;
        // The save after the last one printed may have been committed before the kill.
        const Answer inFlight = CrashPlan::answer(run, printed, questions);

        auto store = test::openStore(storePath);
        const Status sound = store->checkIntegrity();
        INFO((sound ? QString() : sound.message()).toStdString());
        REQUIRE(sound.ok());
        const Assessment stored = store->assessment(assessmentId).value();
        for (const QString &q : questions) {
            INFO("question " << q.toStdString());
            const auto want = expected.find(q);
            const auto have = stored.answers.constFind(q);
            if (have == stored.answers.constEnd()) {
                REQUIRE(want == expected.end()); // never acknowledged, so it may be absent
                continue;
            }
            if (q == inFlight.questionId && have->evidence == CrashPlan::evidence(run, printed) && !lines.isEmpty()) {
                ++landedUnacknowledged;
                ++landed;
                expected[q] = {run, printed};
            } else {
                REQUIRE(want != expected.end());
                REQUIRE(have->evidence == CrashPlan::evidence(want->second.run, want->second.index));
            }
            const Answer plan = CrashPlan::answer(expected[q].run, expected[q].index, questions);
            CHECK(have->value == plan.value);
            CHECK(have->flagged == plan.flagged);
        }
        // The audit line is in the same transaction as the answer: one line per save that landed.
        int auditLines = 0;
        const std::vector<AuditEntry> log = store->auditLog(assessmentId).value();
        for (const AuditEntry &e : log)
            auditLines += e.action == QLatin1String("answer") ? 1 : 0;
        REQUIRE(auditLines == landed);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "crash test: " << run << " kills survived in " << seconds << " s; " << acknowledged
              << " acknowledged saves, all present; " << landedUnacknowledged
              << " kills fell after the save in progress reached the file and before it was acknowledged (it was kept, "
                 "whole); "
              << killedBeforeOpen << " kills fell before the store was open, " << run - killedBeforeOpen << " after"
              << std::endl;
    CHECK(run - killedBeforeOpen >= saving); // the kills did land among saves, not only during start-up
    CHECK(acknowledged > run);
}

TEST_CASE("An import killed at any moment leaves each file's assessment or submission whole or absent", "[crash]")
{
    const int kills = envInt("AHPLEAD_CRASH_IMPORT_KILLS", 30);
    const unsigned seed = qEnvironmentVariableIsSet("AHPLEAD_CRASH_SEED") ? unsigned(envInt("AHPLEAD_CRASH_SEED", 0))
                                                                          : std::random_device{}();
    std::cout << "import crash test: seed " << seed << ", " << kills << " kills" << std::endl;
    INFO("seed " << seed);
    std::mt19937 random(seed);

    // A folder of assessment files and of submissions, as a region receives them.
    QTemporaryDir dir;
    const QString inbox = dir.filePath(QStringLiteral("inbox"));
    QDir().mkpath(inbox);
    const Assessment example = test::boardExample();
    const int answersPerFile = int(example.answers.size());
    {
        auto trust = test::openStore(dir.filePath(QStringLiteral("trust.sqlite")));
        for (int i = 0; i < 8; ++i) {
            test::writeFile(QStringLiteral("%1/a%2.json").arg(inbox).arg(i), test::readFile(test::boardExamplePath()));
            const qint64 id = trust->addAssessment(example, QStringLiteral("setup")).value();
            REQUIRE(Submitter::submit(*trust, test::frameworks(), id, {QStringLiteral("Jo"), {}},
                                      QStringLiteral("%1/s%2.ahplead").arg(inbox).arg(i))
                        .ok());
        }
    }

    // Kills are spread over the time a whole import takes here, measured first (the slowest of
    // three, into a store of its own), so they fall while files are being read and written,
    // whatever the speed of the machine, rather than mostly after the import has finished.
    qint64 importMicros = 0;
    for (int i = 0; i < 3; ++i) {
        const QString timed = dir.filePath(QStringLiteral("timed-%1.sqlite").arg(i));
        QElapsedTimer clock;
        clock.start();
        const auto r = test::run(test::cliPath(), {QStringLiteral("--store"), timed, QStringLiteral("import"), inbox});
        importMicros = std::max(importMicros, clock.nsecsElapsed() / 1000);
        REQUIRE(r.exitCode == 0);
    }
    std::cout << "import crash test: a whole import of 16 files takes up to " << importMicros / 1000 << " ms"
              << std::endl;
    std::uniform_int_distribution<qint64> delayMicros(0, importMicros);

    const QString storePath = dir.filePath(QStringLiteral("region.sqlite"));
    int completed = 0;
    for (int run = 0; run < kills; ++run) {
        INFO("run " << run);
        const QString out = dir.filePath(QStringLiteral("import-out-%1.txt").arg(run));
        const QString err = dir.filePath(QStringLiteral("import-err-%1.txt").arg(run));
        const pid_t pid =
            spawn(test::cliPath(), {QStringLiteral("--store"), storePath, QStringLiteral("import"), inbox}, out, err);
        std::this_thread::sleep_for(std::chrono::microseconds(delayMicros(random)));
        ::kill(pid, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        if (WIFEXITED(status)) {
            INFO(test::readFile(err).toStdString());
            REQUIRE(WEXITSTATUS(status) == 0); // finished before the kill: it must have succeeded
            ++completed;
        }
        if (!QFile::exists(storePath))
            continue;
        auto store = test::openStore(storePath);
        const Status sound = store->checkIntegrity();
        INFO((sound ? QString() : sound.message()).toStdString());
        REQUIRE(sound.ok());
        const std::vector<AssessmentSummary> summaries = store->assessments().value();
        for (const AssessmentSummary &s : summaries) {
            INFO("assessment " << s.id);
            CHECK(s.answered == answersPerFile);
        }
        const auto received = store->submissions(QStringLiteral("received")).value();
        CHECK(received.size() <= 8);
        for (const SubmissionRecord &r : received) {
            auto content = store->submissionContent(r.id);
            REQUIRE(content.ok());
            auto read =
                SubmissionFile::fromContent(content.value(), r.digest, QStringLiteral("stored"), test::frameworks());
            INFO((read ? QString() : read.message()).toStdString());
            REQUIRE(read.ok());
            CHECK(read->assessment.answers.size() == answersPerFile);
        }
    }
    std::cout << "import crash test: " << kills << " kills, " << kills - completed << " of them during the import, "
              << completed << " after it had finished" << std::endl;
    CHECK(kills - completed >= kills / 3); // the kills did land inside imports
}
