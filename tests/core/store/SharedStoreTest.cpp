// A store on a PostgreSQL server (issue 16): addresses, what a person is told when the server
// cannot be used, several connections at once, and whole stores copied between the backends.
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/region/Importer.h"
#include "core/region/SubmissionFile.h"
#include "core/store/Store.h"
#include "core/store/StoreAddress.h"
#include "core/store/StoreSchema.h"
#include "support/TestStores.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QUuid>

#include <latch>
#include <thread>

using namespace ahplead;

namespace {

std::unique_ptr<Store> openStore(const QString &address, Store::Mode mode = Store::Mode::ReadWrite)
{
    auto store = Store::open(address, mode);
    if (!store.ok())
        FAIL(store.message().toStdString());
    return std::move(store).value();
}

QString writeSubmission(const QString &path, int trust)
{
    auto a =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/board-example.json"), test::frameworks());
    REQUIRE(a.ok());
    a->organisation.name = QStringLiteral("Trust %1").arg(trust);
    a->organisation.odsCode = QStringLiteral("T%1").arg(trust);
    Submission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.submittedAt = QDateTime(QDate(2026, 11, trust), QTime(9, 0), Qt::UTC);
    s.submitter = {QStringLiteral("Submitter"), QStringLiteral("Chief AHP")};
    s.assessment = a.value();
    const Framework &fw = *test::frameworks().find(a->frameworkId, a->frameworkVersion);
    test::writeFile(path, SubmissionFile::write(s, fw, Scorer::score(fw, a.value())));
    return path;
}

// A store with a little of everything: assessments with answers, received submissions with their
// content, a review with comments, an audit log.
void fill(Store &store, test::TestStores &stores)
{
    auto a =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/board-example.json"), test::frameworks());
    REQUIRE(a.ok());
    REQUIRE(store.addAssessment(a.value(), QStringLiteral("Priya")).ok());
    QStringList files;
    for (int n = 1; n <= 3; ++n)
        files << writeSubmission(stores.filePath(QStringLiteral("t%1.ahplead").arg(n)), n);
    Importer importer(store, test::frameworks(), QStringLiteral("regional-team"));
    REQUIRE(importer.run(files).count(Importer::Outcome::Imported) == 3);
    const qint64 first = store.submissions().value().front().id;
    REQUIRE(store
                .setReview(first, QStringLiteral("accepted"),
                           {{QString(), QStringLiteral("Clear and complete; thank you"), {}, {}}},
                           QStringLiteral("Helen"))
                .ok());
}

QString withUser(const QString &address, const QString &user)
{
    return address + QStringLiteral("&user=") + user;
}

} // namespace

TEST_CASE("A file path and a postgresql:// address are told apart, and an address becomes connection settings")
{
    CHECK_FALSE(StoreAddress::parse(QStringLiteral("/home/jo/ahplead.sqlite"))->server());
    CHECK_FALSE(StoreAddress::parse(QStringLiteral("postgresql.sqlite"))->server());

    auto remote = StoreAddress::parse(QStringLiteral(
        "postgresql://jo%40trust@db.example.nhs.uk:6432/north_east?sslmode=verify-full&application_name=x"));
    REQUIRE(remote.ok());
    CHECK(remote->server());
    CHECK(remote->host() == QStringLiteral("db.example.nhs.uk"));
    CHECK(remote->userName() == QStringLiteral("jo@trust"));
    CHECK(remote->databaseName() == QStringLiteral("north_east"));
    CHECK(remote->connectOptions() ==
          QStringLiteral("port='6432';sslmode='verify-full';application_name='x';connect_timeout='10'"));
    CHECK(remote->shown() == remote->text());

    auto local = StoreAddress::parse(QStringLiteral("postgres:///ahplead?host=/run/postgresql&connect_timeout=3"));
    REQUIRE(local.ok());
    CHECK(local->host() == QStringLiteral("/run/postgresql"));
    CHECK(local->databaseName() == QStringLiteral("ahplead"));
    CHECK(local->userName().isEmpty());
    CHECK(local->connectOptions() == QStringLiteral("connect_timeout='3'"));

    auto quoted = StoreAddress::parse(QStringLiteral("postgresql://[::1]/db?options=-c%20search_path%3Dit's"));
    REQUIRE(quoted.ok());
    CHECK(quoted->host() == QStringLiteral("::1"));
    CHECK(quoted->connectOptions() == QStringLiteral("options='-c search_path=it\\'s';connect_timeout='10'"));
}

TEST_CASE("An address with a password, or one that is malformed, is refused with what one looks like")
{
    for (const char *text : {"postgresql://jo:secret@db/ahplead", "postgresql://db/ahplead?password=secret",
                             "postgresql://db:port/ahplead", "postgresql://db/ahplead?sslmode",
                             "postgresql://db/a?x;y=1", "postgresql://db/ahplead?user=a;b"}) {
        INFO(text);
        auto address = StoreAddress::parse(QString::fromLatin1(text));
        REQUIRE_FALSE(address.ok());
        CHECK(address.message().startsWith(QStringLiteral("\"%1\" is not a shared store address ahplead can use: ")
                                               .arg(StoreAddress::masked(QString::fromLatin1(text)))));
        CHECK_FALSE(address.message().contains(QStringLiteral("secret"))); // a typed password is not shown again
        CHECK(address.message().contains(QStringLiteral("looks like postgresql://")));
        auto store = Store::open(QString::fromLatin1(text));
        CHECK_FALSE(store.ok());
    }
    CHECK(StoreAddress::masked(QStringLiteral("postgresql://jo:secret@db/a?password=x&sslmode=require")) ==
          QStringLiteral("postgresql://jo:***@db/a?password=***&sslmode=require"));
    CHECK(StoreAddress::parse(QStringLiteral("postgresql://jo:secret@db/ahplead"))
              .message()
              .contains(QStringLiteral("never keeps passwords in addresses")));
}

TEST_CASE("A server that cannot be reached is reported plainly, naming the store")
{
    const QString address = QStringLiteral("postgresql:///ahplead?host=/nonexistent/socket/folder");
    auto store = Store::open(address);
    REQUIRE_FALSE(store.ok());
    CHECK(store.message().startsWith(address + QStringLiteral(" cannot be opened: the server cannot be reached. ")));
    CHECK(store.message().contains(QStringLiteral("(the server said: ")));
}

TEST_CASE("A missing or wrong password is refused plainly, and the right one opens the store as its user, on "
          "PostgreSQL",
          "[postgresql]")
{
    test::TestStores stores(test::Backend::PostgreSQL);
    if (!stores.unavailable().isEmpty())
        AHPLEAD_SKIP(stores.unavailable().toStdString());
    stores.sql(QStringLiteral("s"), QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT ALL ON SCHEMA %I TO "
                                                   "ahplead_password', current_schema()); END $$"));
    const QString address = withUser(stores.address(), QStringLiteral("ahplead_password"));
    qunsetenv("PGPASSWORD");

    auto none = Store::open(address);
    REQUIRE_FALSE(none.ok());
    CHECK(none.message().startsWith(address + QStringLiteral(" cannot be opened: the server asks for a password")));
    CHECK(Store::needsPassword(none.message()));

    auto wrong = Store::open(address, Store::Mode::ReadWrite, QStringLiteral("wrong-password"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.message().contains(QStringLiteral("the server refused the user name or password")));
    CHECK_FALSE(Store::needsPassword(wrong.message()));
    CHECK_FALSE(wrong.message().contains(QStringLiteral("wrong-password")));

    auto right = Store::open(address, Store::Mode::ReadWrite, QStringLiteral("right-password"));
    REQUIRE(right.ok());
    CHECK(right.value()->shared());
    CHECK(right.value()->databaseUser() == QStringLiteral("ahplead_password"));
    CHECK(right.value()->description() == address + QStringLiteral(" as ahplead_password"));
}

TEST_CASE("A database the server does not have is reported plainly, on PostgreSQL", "[postgresql]")
{
    test::TestStores stores(test::Backend::PostgreSQL);
    if (!stores.unavailable().isEmpty())
        AHPLEAD_SKIP(stores.unavailable().toStdString());
    QString address = test::TestStores::serverAddress();
    address.replace(QStringLiteral(":///ahplead_tests"), QStringLiteral(":///no_such_store"));
    auto store = Store::open(address);
    REQUIRE_FALSE(store.ok());
    CHECK(store.message().contains(QStringLiteral("the server has no database of that name")));
}

STORE_TEST_CASE("The same submission imported from two connections at once lands once; the other finds it there",
                "[store][region]")
{
    const QString address = stores.address();
    openStore(address); // the tables, before the two race
    const QString file = writeSubmission(stores.filePath(QStringLiteral("s.ahplead")), 1);
    std::latch ready(2);
    std::vector<Importer::Report> reports(2);
    std::vector<QString> problems(2);
    auto importOnce = [&](int i) {
        auto store = Store::open(address); // a connection of this thread's own
        ready.arrive_and_wait();
        if (!store) {
            problems[i] = store.message();
            return;
        }
        reports[i] = Importer(*store.value(), test::frameworks(), QStringLiteral("reviewer %1").arg(i)).run({file});
    };
    std::thread one(importOnce, 0);
    std::thread two(importOnce, 1);
    one.join();
    two.join();
    CHECK(problems[0].isEmpty());
    CHECK(problems[1].isEmpty());
    CHECK(reports[0].count(Importer::Outcome::Imported) + reports[1].count(Importer::Outcome::Imported) == 1);
    CHECK(reports[0].count(Importer::Outcome::Duplicate) + reports[1].count(Importer::Outcome::Duplicate) == 1);
    CHECK(openStore(address)->submissions()->size() == 1);
}

STORE_TEST_CASE("A submission arriving twice is refused by the store's own unique constraint", "[store][region]")
{
    auto store = openStore(stores.address());
    fill(*store, stores);
    const QString copyFirst = QStringLiteral(
        "INSERT INTO submissions (uuid, direction, organisation_id, framework_id, framework_version, revision, "
        "submitted_at, digest, recorded_at) SELECT uuid, direction, organisation_id, framework_id, framework_version, "
        "revision, submitted_at, digest, recorded_at FROM submissions WHERE id = (SELECT min(id) FROM submissions)");
    const test::ProcessResult refused = stores.trySql(QStringLiteral("s"), copyFirst);
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive));
    CHECK(store->submissions()->size() == 3);
}

STORE_TEST_CASE("A whole store is copied into a new one, checked by counts and digests", "[store]")
{
    auto source = openStore(stores.address(QStringLiteral("from")));
    fill(*source, stores);
    // Through a file and back: on PostgreSQL, PostgreSQL to SQLite and SQLite to PostgreSQL.
    test::TestStores files(test::Backend::SQLite);
    auto middle = openStore(files.address(QStringLiteral("middle")));
    REQUIRE(source->copyInto(*middle).ok());
    auto back = openStore(stores.address(QStringLiteral("back")));
    REQUIRE(middle->copyInto(*back).ok());

    CHECK(back->tableCounts().value().size() == source->tableCounts().value().size());
    for (std::size_t i = 0; i < source->tableCounts()->size(); ++i) {
        INFO(source->tableCounts()->at(i).table.toStdString());
        CHECK(back->tableCounts()->at(i).rows == source->tableCounts()->at(i).rows);
    }
    CHECK(back->digestProblems()->isEmpty());
    const auto was = source->submissions().value();
    const auto now = back->submissions().value();
    REQUIRE(now.size() == was.size());
    for (std::size_t i = 0; i < was.size(); ++i) {
        CHECK(now[i].id == was[i].id);
        CHECK(now[i].uuid == was[i].uuid);
        CHECK(now[i].reviewStatus == was[i].reviewStatus);
        CHECK(now[i].overallScore == was[i].overallScore);
        CHECK(back->submissionContent(now[i].id).value() == source->submissionContent(was[i].id).value());
    }
    CHECK(back->reviewComments(was[0].id).value().size() == 1);
    const Assessment first = source->assessment(source->assessments().value().front().id).value();
    CHECK(back->assessment(first.id).value().answers.size() == first.answers.size());
    // New rows after the copy get new ids, not ones the copy brought.
    const qint64 added = back->addAssessment(first, QStringLiteral("t")).value();
    CHECK(added > first.id);
}

STORE_TEST_CASE("A copy into a store that holds data is refused and changes nothing", "[store]")
{
    auto source = openStore(stores.address(QStringLiteral("from")));
    fill(*source, stores);
    auto target = openStore(stores.address(QStringLiteral("to")));
    auto a = AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/individual-example.json"),
                                    test::frameworks());
    REQUIRE(target->addAssessment(a.value(), QStringLiteral("t")).ok());
    const Status refused = source->copyInto(*target);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("already holds an ahplead store's data")));
    CHECK(target->assessments()->size() == 1);
    CHECK(target->submissions()->empty());
}

STORE_TEST_CASE("A review saved over one a colleague changed since it was opened is refused, saying who and when",
                "[store][region]")
{
    const QString address = stores.address();
    auto mine = openStore(address);
    fill(*mine, stores);
    const SubmissionRecord opened = mine->submissions().value().front();
    auto colleague = openStore(address); // another reviewer, another connection
    REQUIRE(colleague
                ->setReview(opened.id, QStringLiteral("returned"),
                            {{QString(), QStringLiteral("Please add the board minutes"), {}, {}}},
                            QStringLiteral("Helen"), {}, opened.reviewVersion)
                .ok());

    const Status refused = mine->setReview(opened.id, QStringLiteral("accepted"),
                                           {{QString(), QStringLiteral("All good"), {}, {}},
                                            {QStringLiteral("board.structure"), QStringLiteral("Fine"), {}, {}}},
                                           QStringLiteral("Priya"), {}, opened.reviewVersion);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.message().toStdString());
    CHECK(refused.message().contains(QStringLiteral("Helen changed the review of submission %1 on ").arg(opened.id)));
    CHECK(refused.message().contains(QStringLiteral("Theirs: returned, 1 comment. Yours: accepted, 2 comments.")));
    CHECK(refused.message().contains(QStringLiteral("Nothing of yours was saved")));
    const SubmissionRecord now = mine->submission(opened.id).value();
    CHECK(now.reviewStatus == QStringLiteral("returned"));
    CHECK(now.reviewer == QStringLiteral("Helen"));
    CHECK(now.reviewVersion == opened.reviewVersion + 1);
    CHECK(mine->reviewComments(opened.id).value().front().comment == QStringLiteral("Please add the board minutes"));

    // Opened again, the review saves.
    REQUIRE(mine->setReview(opened.id, QStringLiteral("accepted"), {}, QStringLiteral("Priya"), {}, now.reviewVersion)
                .ok());
    CHECK(colleague->submission(opened.id)->reviewStatus == QStringLiteral("accepted"));
}

TEST_CASE("A version 4 store is upgraded: each review starts at version 0 and keeps its status and comments", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    const auto made = test::run(QStringLiteral("sqlite3"), {path}, {},
                                test::readFile(test::fixturesDir() + QStringLiteral("/store-v4.sql")));
    REQUIRE(made.exitCode == 0);
    auto store = openStore(path);
    CHECK(store->schemaVersion().value() == StoreSchema::CurrentVersion);
    const SubmissionRecord reviewed = store->submission(2).value();
    CHECK(reviewed.reviewVersion == 0);
    CHECK(reviewed.reviewStatus == QStringLiteral("in_review"));
    CHECK(reviewed.reviewer == QStringLiteral("Helen"));
    CHECK(store->reviewComments(2)->size() == 1);
    CHECK(store->businessCases()->size() == 1);
    CHECK(store->auditLog()->size() == 4);
    CHECK(store->auditLog()->front().databaseUser.isEmpty()); // a file has no database users
    REQUIRE(store->setReview(2, QStringLiteral("accepted"), {}, QStringLiteral("Priya"), {}, 0).ok());
    CHECK(store->submission(2)->reviewVersion == 1);
    CHECK(store->checkIntegrity().ok());
}

TEST_CASE("A colleague's change to a shared store is announced to the other connections within 2 seconds, on "
          "PostgreSQL",
          "[postgresql]")
{
    test::TestStores stores(test::Backend::PostgreSQL);
    if (!stores.unavailable().isEmpty())
        AHPLEAD_SKIP(stores.unavailable().toStdString());
    const QString address = stores.address();
    auto watcher = openStore(address);
    auto colleague = openStore(address);
    int heard = 0;
    REQUIRE(watcher->watchChanges([&] { ++heard; }));
    auto a =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/board-example.json"), test::frameworks());
    REQUIRE(a.ok());
    const auto waitForNews = [&](int ms) {
        QElapsedTimer clock;
        clock.start();
        while (heard == 0 && clock.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return clock.elapsed();
    };

    REQUIRE(colleague->addAssessment(a.value(), QStringLiteral("Helen")).ok());
    const qint64 took = waitForNews(2000);
    CHECK(heard == 1);
    CHECK(took < 2000);
    CHECK(watcher->assessments()->size() == 1);

    // A change of the watcher's own is not news to it.
    heard = 0;
    REQUIRE(watcher->addAssessment(a.value(), QStringLiteral("Priya")).ok());
    waitForNews(300);
    CHECK(heard == 0);
}

TEST_CASE("A store file cannot announce changes, and says so")
{
    test::TestStores stores(test::Backend::SQLite);
    auto store = openStore(stores.address());
    CHECK_FALSE(store->watchChanges([] {}));
}

namespace {

// The server ends the sessions of the store's connections named NAME (application_name), as an
// administrator's pg_terminate_backend or a restart would; it waits until they are gone.
void cutOff(test::TestStores &stores, const QString &name)
{
    CHECK(stores.sql(QStringLiteral("s"), QStringLiteral("SELECT bool_and(pg_terminate_backend(pid, 5000)) FROM "
                                                         "pg_stat_activity WHERE application_name = '%1'")
                                              .arg(name)) == QStringLiteral("t"));
}

} // namespace

TEST_CASE("A change cut off by a lost connection is rolled back whole and said plainly, and the next change is saved "
          "without opening the store again, on PostgreSQL",
          "[store][postgresql]")
{
    test::TestStores stores(test::Backend::PostgreSQL);
    if (!stores.unavailable().isEmpty())
        AHPLEAD_SKIP(stores.unavailable().toStdString());
    const QString name = QStringLiteral("cut_off_%1").arg(QCoreApplication::applicationPid());
    const QString address = stores.address() + QStringLiteral("&application_name=") + name;
    auto store = openStore(address);
    auto a =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/board-example.json"), test::frameworks());
    REQUIRE(a.ok());
    const qint64 id = store->addAssessment(a.value(), QStringLiteral("Priya")).value();
    Submission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.submittedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    s.assessment = store->assessment(id).value();
    const Framework &fw = *test::frameworks().find(a->frameworkId, a->frameworkVersion);
    const ScoreCard card = Scorer::score(fw, s.assessment);

    // The session ends half-way through the change: after the submission was recorded and the
    // assessment locked, before the commit.
    const Status lost = store->recordSubmission(id, s, card, QStringLiteral("Priya"), [&] {
        cutOff(stores, name);
        return success();
    });
    REQUIRE_FALSE(lost.ok());
    INFO(lost.message().toStdString());
    CHECK(lost.message().startsWith(address + QStringLiteral(": the submission could not be recorded: the connection "
                                                             "to the server was lost, and this change was not saved")));
    CHECK(stores.sql(QStringLiteral("s"), QStringLiteral("SELECT count(*) FROM submissions")) == QStringLiteral("0"));
    CHECK(stores.sql(QStringLiteral("s"), QStringLiteral("SELECT locked FROM assessments WHERE id = %1").arg(id)) ==
          QStringLiteral("0"));

    // The same Store carries on: the next change opens the connection again and is saved.
    REQUIRE(store->recordSubmission(id, s, card, QStringLiteral("Priya"), [] { return success(); }).ok());
    CHECK(store->submissions().value().size() == 1);
    CHECK(stores.sql(QStringLiteral("s"), QStringLiteral("SELECT locked FROM assessments WHERE id = %1").arg(id)) ==
          QStringLiteral("1"));
    // Reading carries on too after a loss between changes.
    cutOff(stores, name);
    CHECK_FALSE(store->submissions().ok());
    CHECK(store->submissions().value().size() == 1);
}

TEST_CASE("A store watching for colleagues' changes hears them again once its lost connection is opened again, on "
          "PostgreSQL",
          "[store][postgresql]")
{
    test::TestStores stores(test::Backend::PostgreSQL);
    if (!stores.unavailable().isEmpty())
        AHPLEAD_SKIP(stores.unavailable().toStdString());
    const QString name = QStringLiteral("watcher_%1").arg(QCoreApplication::applicationPid());
    auto watcher = openStore(stores.address() + QStringLiteral("&application_name=") + name);
    auto colleague = openStore(stores.address());
    int heard = 0;
    REQUIRE(watcher->watchChanges([&] { ++heard; }));
    cutOff(stores, name);
    CHECK_FALSE(watcher->assessments().ok()); // how the loss is found: the next read fails
    REQUIRE(watcher->assessments().ok());     // and the one after opens the connection again

    auto a =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/board-example.json"), test::frameworks());
    REQUIRE(colleague->addAssessment(a.value(), QStringLiteral("Helen")).ok());
    QElapsedTimer clock;
    clock.start();
    while (heard == 0 && clock.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(heard == 1);
}
