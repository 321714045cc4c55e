// Faults from outside the program: a full disk, a store nobody may write, a store replaced
// by garbage, a folder that cannot be written. Each must give a clear error, lose nothing
// already saved, leave no partial file, and leave the program working.
// How each fault is made on a machine where the tests run as root: docs/reliability.md.
#include "reliability/ReliabilitySupport.h"

#include "core/base/SaveFile.h"
#include "core/store/SqlErrorText.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <iostream>
#include <map>

#include <signal.h>
#include <sys/resource.h>

using namespace ahplead;

namespace {

QStringList boardQuestions()
{
    QStringList ids;
    for (const Domain &d : test::exampleFramework(QStringLiteral("board")).domains)
        for (const Question &q : d.questions)
            ids << q.id;
    return ids;
}

Answer bigAnswer(const QString &questionId, int i, int size)
{
    Answer a;
    a.questionId = questionId;
    a.value = AnswerValue::Partial;
    a.evidence = QStringLiteral("save %1 ").arg(i) + QString(size, QLatin1Char('x'));
    return a;
}

// The CLI with every file it writes limited to LIMIT bytes (RLIMIT_FSIZE), its writes past
// the limit failing with EFBIG as on a full disk. Works without root.
test::ProcessResult runCliLimited(const QStringList &args, const QString &store, qint64 limit)
{
    QProcess process;
    process.setChildProcessModifier([limit] {
        ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing the process
        const rlimit r{rlim_t(limit), rlim_t(limit)};
        ::setrlimit(RLIMIT_FSIZE, &r);
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("AHPLEAD_ACTOR"), QStringLiteral("test-runner"));
    process.setProcessEnvironment(env);
    process.start(test::cliPath(), QStringList(args) << QStringLiteral("--store") << store);
    REQUIRE(process.waitForFinished(120000));
    test::ProcessResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

#define REQUIRE_SMALL_FILE_SYSTEM(fs)                                                                                  \
    if (!(fs).ok()) {                                                                                                  \
        AHPLEAD_SKIP("this machine cannot make a small file system: "                                                  \
                     << (fs).problem().toStdString()                                                                   \
                     << " (the file-size-limit test covers the full-disk path without root)");                         \
    }

} // namespace

TEST_CASE("On a full disk an answer is refused clearly, every saved answer is kept, and saving works again once there "
          "is room",
          "[fault]")
{
    QTemporaryDir dir;
    const QString diskPath = dir.filePath(QStringLiteral("disk"));
    test::SmallFileSystem disk(diskPath, 2 * 1024 * 1024);
    REQUIRE_SMALL_FILE_SYSTEM(disk);
    const QString storePath = diskPath + QStringLiteral("/store.sqlite");
    const QString ballast = diskPath + QStringLiteral("/ballast");
    test::writeFile(ballast, QByteArray(256 * 1024, 'b'));

    auto store = test::openStore(storePath);
    const Assessment example = test::boardExample();
    const qint64 id = store->addAssessment(example, QStringLiteral("t")).value();
    const QStringList questions = boardQuestions();

    std::map<QString, QString> acknowledged;
    for (const Answer &a : example.answers)
        acknowledged[a.questionId] = a.evidence;
    Status refused = success();
    QString refusedQuestion;
    for (int i = 0; i < 2000 && refused.ok(); ++i) {
        const Answer a = bigAnswer(questions[i % questions.size()], i, 60000);
        refused = store->saveAnswer(id, a, QStringLiteral("t"));
        if (refused.ok())
            acknowledged[a.questionId] = a.evidence;
        else
            refusedQuestion = a.questionId;
    }
    REQUIRE_FALSE(refused.ok()); // the disk did fill
    INFO(refused.message().toStdString());
    CHECK(refused.message().startsWith(storePath + QStringLiteral(": the answer to ") + refusedQuestion +
                                       QStringLiteral(" could not be saved")));
    CHECK(refused.message().contains(QStringLiteral("the disk is full. Free some space on it, then try again")));
    CHECK(disk.freeBytes() < 64 * 1024);

    auto checkEverythingKept = [&](Store &s) {
        const Status sound = s.checkIntegrity();
        INFO((sound ? QString() : sound.message()).toStdString());
        REQUIRE(sound.ok());
        const Assessment back = s.assessment(id).value();
        for (const auto &[question, evidence] : acknowledged) {
            INFO(question.toStdString());
            REQUIRE(back.answers.contains(question));
            CHECK(back.answers.value(question).evidence == evidence); // the refused save did not half-land
        }
    };
    checkEverythingKept(*store);

    // A file written onto the full disk fails whole: the old file stays, nothing else appears.
    const QString exportPath = diskPath + QStringLiteral("/export.json");
    const QStringList before = test::entriesOf(diskPath);
    const Status written = SaveFile::write(exportPath, QByteArray(512 * 1024, 'e'));
    REQUIRE_FALSE(written.ok());
    CHECK(written.message().startsWith(exportPath + QStringLiteral(": ")));
    CHECK(written.message().contains(QStringLiteral("nothing was written")));
    CHECK(test::entriesOf(diskPath) == before);

    // Room again: the program carries on, and the next answer lands.
    REQUIRE(QFile::remove(ballast));
    const Answer next = bigAnswer(refusedQuestion, 9999, 1000);
    const Status saved = store->saveAnswer(id, next, QStringLiteral("t"));
    INFO((saved ? QString() : saved.message()).toStdString());
    REQUIRE(saved.ok());
    acknowledged[next.questionId] = next.evidence;
    store.reset();
    auto reopened = test::openStore(storePath);
    checkEverythingKept(*reopened);
}

TEST_CASE("On a full disk a file being replaced keeps its old content and no temporary file is left", "[fault]")
{
    QTemporaryDir dir;
    const QString diskPath = dir.filePath(QStringLiteral("disk"));
    test::SmallFileSystem disk(diskPath, 256 * 1024);
    REQUIRE_SMALL_FILE_SYSTEM(disk);
    const QString target = diskPath + QStringLiteral("/report.html");
    REQUIRE(SaveFile::write(target, "old report").ok());
    test::writeFile(diskPath + QStringLiteral("/filler"), QByteArray(disk.freeBytes() - 8 * 1024, 'f'));
    const QStringList before = test::entriesOf(diskPath);

    const Status written = SaveFile::write(target, QByteArray(64 * 1024, 'n'));
    REQUIRE_FALSE(written.ok());
    CHECK(written.message().startsWith(target + QStringLiteral(": ")));
    CHECK(test::readFile(target) == "old report");
    CHECK(test::entriesOf(diskPath) == before);
}

TEST_CASE("An import onto a full disk lands each file whole or not at all, says which did not land, and the rest land "
          "once there is room",
          "[fault]")
{
    QTemporaryDir dir;
    const QString diskPath = dir.filePath(QStringLiteral("disk"));
    test::SmallFileSystem disk(diskPath, 1536 * 1024);
    REQUIRE_SMALL_FILE_SYSTEM(disk);
    const QString inbox = dir.filePath(QStringLiteral("inbox"));
    QDir().mkpath(inbox);
    const QByteArray example = test::readFile(test::boardExamplePath());
    for (int i = 0; i < 80; ++i)
        test::writeFile(QStringLiteral("%1/trust-%2.json").arg(inbox).arg(i, 2, 10, QLatin1Char('0')), example);
    const QString ballast = diskPath + QStringLiteral("/ballast");
    test::writeFile(ballast, QByteArray(128 * 1024, 'b'));
    const QString storePath = diskPath + QStringLiteral("/region.sqlite");

    const auto first = test::runCli({QStringLiteral("import"), inbox}, storePath);
    CHECK(first.exitCode == 1);
    const int imported = int(first.out.count(QStringLiteral(": assessment ")));
    INFO(first.out.toStdString() << first.err.toStdString());
    CHECK(imported > 0);
    CHECK(imported < 80); // the disk filled part way
    CHECK(first.err.contains(QStringLiteral("could not be saved")));
    CHECK(first.err.contains(QStringLiteral("the disk is full")));
    {
        auto store = test::openStore(storePath);
        REQUIRE(store->checkIntegrity().ok());
        const auto all = store->assessments().value();
        CHECK(int(all.size()) == imported);
        for (const AssessmentSummary &s : all)
            CHECK(s.answered == 66);
    }

    // Room again (the disk grows, as when files elsewhere on it are deleted): the files that
    // did not land are imported again, and land.
    REQUIRE(disk.resize(32 * 1024 * 1024));
    QStringList rest;
    for (int i = 0; i < 80; ++i) {
        const QString name = QStringLiteral("trust-%1.json").arg(i, 2, 10, QLatin1Char('0'));
        if (!first.out.contains(QStringLiteral("  %1: assessment").arg(name)))
            rest << inbox + QLatin1Char('/') + name;
    }
    CHECK(rest.size() == 80 - imported);
    const auto second = test::runCli(QStringList{QStringLiteral("import")} + rest, storePath);
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 0);
    auto store = test::openStore(storePath);
    CHECK(store->checkIntegrity().ok());
    CHECK(store->assessments()->size() == 80);
}

TEST_CASE(
    "With every file limited in size, as on a full disk, the CLI refuses an answer clearly, keeps the saved ones, "
    "and works again without the limit",
    "[fault]")
{
    // Runs as any user: RLIMIT_FSIZE makes writes past the limit fail (EFBIG) as a full disk does.
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(test::runCli({QStringLiteral("import"), test::boardExamplePath()}, store).exitCode == 0);
    const qint64 limit = QFileInfo(store).size() + 128 * 1024;
    const QStringList questions = boardQuestions();

    std::map<QString, QString> acknowledged;
    test::ProcessResult refused;
    QString refusedQuestion;
    for (int i = 0; i < 100; ++i) {
        const QString question = questions[i % questions.size()];
        const QString evidence = QStringLiteral("limited %1 ").arg(i) + QString(20000, QLatin1Char('y'));
        const auto r = runCliLimited({QStringLiteral("answer"), QStringLiteral("1"), question,
                                      QStringLiteral("partial"), QStringLiteral("--evidence"), evidence},
                                     store, limit);
        if (r.exitCode != 0) {
            refused = r;
            refusedQuestion = question;
            break;
        }
        acknowledged[question] = evidence;
    }
    INFO(refused.err.toStdString());
    REQUIRE(refused.exitCode == 1); // the limit was reached, and reported as invalid input, not a crash
    CHECK(refused.err.contains(store));
    CHECK(refused.err.contains(QStringLiteral(": the answer to ") + refusedQuestion +
                               QStringLiteral(" could not be saved")));
    CHECK(acknowledged.size() >= 2);

    const auto retried =
        test::runCli({QStringLiteral("answer"), QStringLiteral("1"), refusedQuestion, QStringLiteral("in_place"),
                      QStringLiteral("--evidence"), QStringLiteral("retried")},
                     store);
    INFO(retried.err.toStdString());
    CHECK(retried.exitCode == 0);
    acknowledged[refusedQuestion] = QStringLiteral("retried");
    auto s = test::openStore(store);
    REQUIRE(s->checkIntegrity().ok());
    const Assessment back = s->assessment(1).value();
    for (const auto &[question, evidence] : acknowledged)
        CHECK(back.answers.value(question).evidence == evidence);
}

TEST_CASE("A store nobody may write is refused for changes with a clear message, still reads read-only, and is left "
          "unchanged",
          "[fault]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/store.sqlite");
    qint64 id = 0;
    {
        auto store = test::openStore(path);
        id = store->addAssessment(test::boardExample(), QStringLiteral("t")).value();
    }
    const QByteArray hash = test::sha256OfFile(path);
    const QStringList entries = test::entriesOf(folder);
    const QString question = QStringLiteral("board.structure.post_exists");
    {
        test::WriteBarrier fileBarrier(path);
        test::WriteBarrier folderBarrier(folder);
        INFO(fileBarrier.problem().toStdString() << folderBarrier.problem().toStdString());
        REQUIRE(fileBarrier.ok());
        REQUIRE(folderBarrier.ok());
        std::cout << "read-only store made by: " << fileBarrier.how().toStdString() << std::endl;

        auto refused = Store::open(path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message() == path + QStringLiteral(": the store is read-only (you do not have permission to "
                                                         "change it). Open it read-only, or choose another file."));

        auto readOnly = Store::open(path, Store::Mode::ReadOnly);
        INFO((readOnly ? QString() : readOnly.message()).toStdString());
        REQUIRE(readOnly.ok());
        const Assessment a = readOnly.value()->assessment(id).value();
        CHECK(a.answers.size() == 66);
        Answer answer;
        answer.questionId = question;
        const Status saved = readOnly.value()->saveAnswer(id, answer, QStringLiteral("t"));
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.message().startsWith(path + QStringLiteral(": the answer to ") + question +
                                         QStringLiteral(" could not be saved")));
        readOnly.value().reset();

        const auto cli =
            test::runCli({QStringLiteral("answer"), QString::number(id), question, QStringLiteral("in_place")}, path);
        CHECK(cli.exitCode == 1);
        CHECK(cli.err.contains(QStringLiteral("the store is read-only")));
        CHECK(test::sha256OfFile(path) == hash);
        CHECK(test::entriesOf(folder) == entries);
    }
    // Writable again: the same change goes through.
    const auto cli =
        test::runCli({QStringLiteral("answer"), QString::number(id), question, QStringLiteral("in_place")}, path);
    INFO(cli.err.toStdString());
    CHECK(cli.exitCode == 0);
    CHECK(test::openStore(path)->assessment(id)->answers.value(question).value == AnswerValue::InPlace);
}

TEST_CASE("A store on a read-only file system is refused for changes and still reads read-only", "[fault]")
{
    QTemporaryDir dir;
    const QString diskPath = dir.filePath(QStringLiteral("disk"));
    test::SmallFileSystem disk(diskPath, 4 * 1024 * 1024);
    REQUIRE_SMALL_FILE_SYSTEM(disk);
    const QString path = diskPath + QStringLiteral("/store.sqlite");
    qint64 id = 0;
    {
        auto store = test::openStore(path);
        id = store->addAssessment(test::boardExample(), QStringLiteral("t")).value();
    }
    const QByteArray hash = test::sha256OfFile(path);
    REQUIRE(disk.setReadOnly(true));
    auto refused = Store::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("the store is read-only")));
    auto readOnly = Store::open(path, Store::Mode::ReadOnly);
    INFO((readOnly ? QString() : readOnly.message()).toStdString());
    REQUIRE(readOnly.ok());
    CHECK(readOnly.value()->assessment(id)->answers.size() == 66);
    readOnly.value().reset();
    REQUIRE(disk.setReadOnly(false));
    CHECK(test::sha256OfFile(path) == hash);
    CHECK(test::openStore(path)->checkIntegrity().ok());
}

TEST_CASE(
    "A store overwritten with garbage is refused with a clear message, left as it is, and other stores still work",
    "[fault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(test::runCli({QStringLiteral("import"), test::boardExamplePath()}, path).exitCode == 0);
    const qint64 size = QFileInfo(path).size();

    SECTION("random bytes")
    {
        QByteArray garbage(int(size), Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        test::writeFile(path, garbage);
    }
    SECTION("a SQLite header followed by random pages")
    {
        QByteArray bytes = test::readFile(path);
        QRandomGenerator rng(11);
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char(rng.bounded(256));
        test::writeFile(path, bytes);
    }
    SECTION("a text file")
    {
        test::writeFile(path, "Minutes of the board meeting, 14 October.\n");
    }
    const QByteArray hash = test::sha256OfFile(path);

    for (const char *command : {"list", "show"}) {
        QStringList args{QLatin1String(command)};
        if (args[0] == QLatin1String("show"))
            args << QStringLiteral("1");
        const auto r = test::runCli(args, path);
        INFO(command << ": " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(path));
        CHECK((r.err.contains(QStringLiteral("not a SQLite database")) || r.err.contains(QStringLiteral("damaged")) ||
               r.err.contains(QStringLiteral("not a database")) || r.err.contains(QStringLiteral("malformed"))));
    }
    auto opened = Store::open(path);
    if (opened.ok()) { // a damaged page deep inside may only show in the integrity check
        const Status sound = opened.value()->checkIntegrity();
        REQUIRE_FALSE(sound.ok());
        CHECK(sound.message().contains(QStringLiteral("the store is damaged")));
        opened.value().reset();
    }
    CHECK(test::sha256OfFile(path) == hash); // left for whoever can recover it, never overwritten

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    CHECK(test::runCli({QStringLiteral("import"), test::boardExamplePath()}, other).exitCode == 0);
    CHECK(test::runCli({QStringLiteral("list")}, other).exitCode == 0);
}

TEST_CASE("A store another program overwrites while it is open: nothing crashes, the damage is reported on reopening, "
          "and other stores still work",
          "[fault]")
{
    // SQLite trusts the pages it holds while a store is open (WAL mode), so an overwrite by
    // another program is not seen until the store is opened again (docs/reliability.md).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    qint64 id = 0;
    {
        auto first = test::openStore(path);
        id = first->addAssessment(test::boardExample(), QStringLiteral("t")).value();
    } // closed: everything is in the file itself, and the next session starts a new WAL
    auto store = test::openStore(path);
    Answer answer;
    answer.questionId = QStringLiteral("board.structure.post_exists");
    REQUIRE(store->saveAnswer(id, answer, QStringLiteral("t")).ok());
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        QByteArray garbage(int(file.size()), Qt::Uninitialized);
        QRandomGenerator rng(3);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        file.write(garbage);
    }
    answer.value = AnswerValue::InPlace;
    const Status saved = store->saveAnswer(id, answer, QStringLiteral("t")); // may succeed or fail; must not crash
    const Status sound = store->checkIntegrity();
    if (!saved.ok())
        CHECK(saved.message().startsWith(path));
    if (!sound.ok())
        CHECK(sound.message().startsWith(path));
    store.reset();

    auto reopened = Store::open(path);
    REQUIRE_FALSE(reopened.ok());
    CHECK(reopened.message() == path + QStringLiteral(" cannot be opened: it is not a SQLite database (it may be "
                                                      "another kind of file, or damaged)"));
    const QByteArray hash = test::sha256OfFile(path);
    CHECK(test::runCli({QStringLiteral("list")}, path).exitCode == 1);
    CHECK(test::sha256OfFile(path) == hash);

    auto other = test::openStore(dir.filePath(QStringLiteral("other.sqlite")));
    CHECK(other->addAssessment(test::boardExample(), QStringLiteral("t")).ok());
}

TEST_CASE("A store that stops being writable while open refuses the next answer clearly, keeps the saved ones, and "
          "saves again once writable",
          "[fault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    auto store = test::openStore(path);
    const qint64 id = store->addAssessment(test::boardExample(), QStringLiteral("t")).value();
    Answer first;
    first.questionId = QStringLiteral("board.structure.post_exists");
    first.evidence = QStringLiteral("saved before");
    REQUIRE(store->saveAnswer(id, first, QStringLiteral("t")).ok());

    Answer second = first;
    second.questionId = QStringLiteral("board.structure.full_time");
    second.evidence = QStringLiteral("saved after");
    {
        test::WriteBarrier file(path);
        test::WriteBarrier wal(path + QStringLiteral("-wal"));
        test::WriteBarrier folder(dir.path());
        INFO(file.problem().toStdString());
        REQUIRE(file.ok());
        if (!file.how().contains(QLatin1String("chattr"))) {
            // Permission bits and read-only mounts bind only files opened afterwards.
            AHPLEAD_SKIP("only the immutable attribute stops writes through a file already open, and it is not "
                         "available here ("
                         << file.how().toStdString() << ")");
        }
        const Status refused = store->saveAnswer(id, second, QStringLiteral("t"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().startsWith(path + QStringLiteral(": the answer to board.structure.full_time could "
                                                                 "not be saved")));
        CHECK(store->assessment(id)->answers.value(first.questionId).evidence == first.evidence);
    }
    const Status saved = store->saveAnswer(id, second, QStringLiteral("t"));
    INFO((saved ? QString() : saved.message()).toStdString());
    REQUIRE(saved.ok());
    store.reset();
    auto reopened = test::openStore(path);
    REQUIRE(reopened->checkIntegrity().ok());
    const Assessment back = reopened->assessment(id).value();
    CHECK(back.answers.value(first.questionId).evidence == first.evidence);
    CHECK(back.answers.value(second.questionId).evidence == second.evidence);
}

TEST_CASE(
    "Exports into a folder that cannot be written fail clearly, leave nothing behind, change nothing in the store, "
    "and work once the folder can be written",
    "[fault]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(test::runCli({QStringLiteral("import"), test::boardExamplePath()}, store).exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);

    const std::vector<QStringList> commands = {
        {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), out + QStringLiteral("/a.json")},
        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("-o"), out + QStringLiteral("/r.html")},
        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("-o"), out + QStringLiteral("/r.pdf")},
        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("-o"), out + QStringLiteral("/r.odt")},
        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("-o"), out + QStringLiteral("/r.csv")},
        {QStringLiteral("benchmark"), QStringLiteral("-o"), out + QStringLiteral("/b.json")},
        {QStringLiteral("submit"), QStringLiteral("1"), QStringLiteral("-o"), out + QStringLiteral("/s.ahplead")},
    };
    {
        test::WriteBarrier barrier(out);
        INFO(barrier.problem().toStdString());
        REQUIRE(barrier.ok());
        std::cout << "unwritable folder made by: " << barrier.how().toStdString() << std::endl;
        const QByteArray hash = test::sha256OfFile(store);
        for (const QStringList &command : commands) {
            const auto r = test::runCli(command, store);
            INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.err.contains(command.last()));
            CHECK((r.err.contains(QStringLiteral("cannot be written")) ||
                   r.err.contains(QStringLiteral("could not be saved"))));
            CHECK(test::entriesOf(out).isEmpty());
            CHECK(test::sha256OfFile(store) == hash); // a failed submit left the assessment unlocked
        }
    }
    {
        auto s = test::openStore(store);
        CHECK_FALSE(s->assessment(1)->locked);
        CHECK(s->submissions()->empty());
    }
    for (const QStringList &command : commands) {
        const auto r = test::runCli(command, store);
        INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(QFileInfo(command.last()).size() > 0);
    }
}

TEST_CASE("An existing export that cannot be replaced keeps its content and no temporary file is left", "[fault]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(test::runCli({QStringLiteral("import"), test::boardExamplePath()}, store).exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    const QString target = out + QStringLiteral("/assessment.json");
    test::writeFile(target, "last week's export");
    {
        test::WriteBarrier barrier(target);
        INFO(barrier.problem().toStdString());
        REQUIRE(barrier.ok());
        const auto r =
            test::runCli({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), target}, store);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(target + QStringLiteral(": ")));
        CHECK(test::readFile(target) == "last week's export");
        CHECK(test::entriesOf(out) == QStringList{QStringLiteral("assessment.json")});
    }
    CHECK(test::runCli({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), target}, store).exitCode ==
          0);
    CHECK(test::readFile(target).startsWith("{"));
}

TEST_CASE("SQLite's words for a full disk, a read-only store, a lock and a disk error are put plainly", "[fault]")
{
    CHECK(SqlErrorText::plain(QStringLiteral("database or disk is full Unable to fetch row")) ==
          QStringLiteral("the disk is full. Free some space on it, then try again"));
    CHECK(SqlErrorText::plain(QStringLiteral("attempt to write a readonly database Unable to fetch row"))
              .startsWith(QStringLiteral("the store cannot be written")));
    CHECK(SqlErrorText::plain(QStringLiteral("database is locked Unable to begin transaction"))
              .startsWith(QStringLiteral("another program is using the store")));
    CHECK(SqlErrorText::plain(QStringLiteral("disk I/O error Unable to fetch row"))
              .startsWith(QStringLiteral("the disk reported an error")));
    CHECK(SqlErrorText::plain(QStringLiteral("UNIQUE constraint failed: organisations.ods_code")) ==
          QStringLiteral("UNIQUE constraint failed: organisations.ods_code"));
}
