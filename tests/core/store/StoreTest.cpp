#include "core/store/Store.h"
#include "core/assessment/AssessmentReader.h"
#include "core/store/StoreSchema.h"
#include "support/TestStores.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <atomic>

using namespace ahplead;

namespace {

Assessment example(const char *kind = "board")
{
    auto a = AssessmentReader::read(
        test::dataDir() + QStringLiteral("/examples/%1-example.json").arg(QLatin1String(kind)), test::frameworks());
    REQUIRE(a.ok());
    return a.value();
}

// The newest SQLite connection this process opened. SQLite runs its auto-extensions for every
// connection it opens, the store's too (Qt's driver uses this same libsqlite3), so one that notes
// the handle finds the store's connection without a Qt SQL header (those are private to core).
std::atomic<sqlite3 *> newestConnection{nullptr};

int noteConnection(sqlite3 *db, const char **, const sqlite3_api_routines *)
{
    newestConnection = db;
    return SQLITE_OK;
}

std::unique_ptr<Store> openStore(const QString &path, Store::Mode mode = Store::Mode::ReadWrite)
{
    // Registering the same function again does nothing.
    REQUIRE(sqlite3_auto_extension(reinterpret_cast<void (*)()>(noteConnection)) == SQLITE_OK);
    auto store = Store::open(path, mode);
    if (!store.ok())
        FAIL(store.message().toStdString());
    return std::move(store).value();
}

// The SQLite handle behind the newest Store connection (opened by openStore), to watch what
// really happens; it must be the connection to the store at PATH.
sqlite3 *newestStoreHandle(const QString &path)
{
    sqlite3 *db = newestConnection.load();
    REQUIRE(db != nullptr);
    const char *file = sqlite3_db_filename(db, "main");
    REQUIRE(file != nullptr);
    REQUIRE(QFileInfo(QString::fromUtf8(file)).canonicalFilePath() == QFileInfo(path).canonicalFilePath());
    return db;
}

int countCommits(void *counter)
{
    ++*static_cast<int *>(counter);
    return 0; // let the commit go ahead
}

QString pragma(sqlite3 *db, const char *name)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = QByteArray("PRAGMA ") + name;
    REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return value;
}

void runSqlScript(const QString &dbPath, const QString &scriptPath)
{
    const auto result = test::run(QStringLiteral("sqlite3"), {dbPath}, {}, test::readFile(scriptPath));
    REQUIRE(result.exitCode == 0);
}

} // namespace

TEST_CASE("A new store is created with WAL, full sync and foreign keys on")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/ahplead.sqlite"));
    auto store = openStore(path);
    sqlite3 *db = newestStoreHandle(path);
    CHECK(pragma(db, "journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(db, "synchronous") == QStringLiteral("2")); // FULL
    CHECK(pragma(db, "foreign_keys") == QStringLiteral("1"));
    CHECK(store->schemaVersion().value() == StoreSchema::CurrentVersion);
    CHECK(store->checkIntegrity().ok());
}

STORE_TEST_CASE("An assessment saved to the store reads back the same", "[store]")
{
    auto store = openStore(stores.address());
    const Assessment original = example();
    auto id = store->addAssessment(original, QStringLiteral("tester"));
    REQUIRE(id.ok());
    auto back = store->assessment(id.value());
    REQUIRE(back.ok());
    CHECK(back->id == id.value());
    CHECK(back->organisation.name == original.organisation.name);
    CHECK(back->organisation.type == original.organisation.type);
    CHECK(back->frameworkVersion == original.frameworkVersion);
    CHECK(back->assessor.name == original.assessor.name);
    CHECK(back->createdAt == original.createdAt);
    REQUIRE(back->answers.size() == original.answers.size());
    for (const Answer &a : original.answers) {
        CHECK(back->answers.value(a.questionId).value == a.value);
        CHECK(back->answers.value(a.questionId).evidence == a.evidence);
        CHECK(back->answers.value(a.questionId).flagged == a.flagged);
    }
    auto list = store->assessments();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->front().answered == original.answers.size());
}

TEST_CASE("Saving one answer is exactly one transaction, seen at once by another connection")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    auto store = openStore(path);
    auto id = store->addAssessment(example(), QStringLiteral("tester"));
    REQUIRE(id.ok());
    int commits = 0;
    sqlite3_commit_hook(newestStoreHandle(path), countCommits, &commits);

    Answer answer;
    answer.questionId = QStringLiteral("board.structure.post_exists");
    answer.value = AnswerValue::Partial;
    answer.evidence = QStringLiteral("Interim arrangement until March");
    answer.flagged = true;
    REQUIRE(store->saveAnswer(id.value(), answer, QStringLiteral("board-member")).ok());
    CHECK(commits == 1);

    auto other = openStore(path);
    auto seen = other->assessment(id.value());
    REQUIRE(seen.ok());
    const Answer stored = seen->answers.value(answer.questionId);
    CHECK(stored.value == AnswerValue::Partial);
    CHECK(stored.evidence == answer.evidence);
    CHECK(stored.flagged);
    CHECK(stored.updatedBy == QStringLiteral("board-member"));
    CHECK(stored.updatedAt.isValid());
}

STORE_TEST_CASE("Every change leaves a line in the audit log, which outlives a deleted assessment", "[store]")
{
    auto store = openStore(stores.address());
    const qint64 id = store->addAssessment(example(), QStringLiteral("alice"), QStringLiteral("import")).value();
    Answer answer;
    answer.questionId = QStringLiteral("board.structure.post_exists");
    answer.value = AnswerValue::InPlace;
    REQUIRE(store->saveAnswer(id, answer, QStringLiteral("bob")).ok());
    REQUIRE(store->clearAnswer(id, answer.questionId, QStringLiteral("bob")).ok());
    REQUIRE(store->deleteAssessment(id, QStringLiteral("carol")).ok());

    auto log = store->auditLog(id);
    REQUIRE(log.ok());
    REQUIRE(log->size() == 4);
    CHECK(log->at(0).action == QStringLiteral("import"));
    CHECK(log->at(0).actor == QStringLiteral("alice"));
    CHECK(log->at(1).action == QStringLiteral("answer"));
    CHECK(log->at(1).questionId == answer.questionId);
    CHECK(log->at(1).detail == QStringLiteral("in_place"));
    CHECK(log->at(2).action == QStringLiteral("clear_answer"));
    CHECK(log->at(3).action == QStringLiteral("delete"));
    CHECK(log->at(3).actor == QStringLiteral("carol"));
    CHECK_FALSE(store->assessment(id).ok());
    CHECK(store->assessments()->empty());
}

STORE_TEST_CASE("Assessments of the same organisation share it by ODS code", "[store]")
{
    auto store = openStore(stores.address());
    Assessment first = example();
    Assessment second = example();
    second.organisation.name = QStringLiteral("Northfield and Riverside University NHS Foundation Trust");
    REQUIRE(store->addAssessment(first, QStringLiteral("t")).ok());
    REQUIRE(store->addAssessment(second, QStringLiteral("t")).ok());
    auto list = store->assessments().value();
    REQUIRE(list.size() == 2);
    // The newest details win for both, since they are one organisation.
    CHECK(list[0].organisation.name == second.organisation.name);
    CHECK(list[1].organisation.name == second.organisation.name);
}

STORE_TEST_CASE("An organisation's logo is kept once for all its papers, survives a copy of the store and can be "
                "removed",
                "[store]")
{
    auto store = openStore(stores.address());
    const Assessment board = example();
    REQUIRE(store->addAssessment(board, QStringLiteral("t")).ok());
    CHECK(store->organisationLogo(board.organisation).value().isEmpty());
    // Bytes no text encoding keeps whole: a PNG is binary.
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray(300, '\0') + QByteArray("\xff\xfe'\"", 4);
    REQUIRE(store->setOrganisationLogo(board.organisation, png, QStringLiteral("Secretary")).ok());
    // The same organisation by its ODS code, whatever name a later paper gives it.
    Organisation renamed = board.organisation;
    renamed.name = QStringLiteral("A new name");
    CHECK(store->organisationLogo(renamed).value() == png);
    Organisation other = board.organisation;
    other.odsCode = QStringLiteral("ZZ9");
    CHECK(store->organisationLogo(other).value().isEmpty());
    const auto log = store->auditLog().value();
    REQUIRE_FALSE(log.empty());
    CHECK(log.back().action == QStringLiteral("logo"));
    CHECK(log.back().actor == QStringLiteral("Secretary"));

    // A copy of the store takes it with the organisation.
    {
        auto copy = openStore(stores.address(QStringLiteral("copy")));
        REQUIRE(store->copyInto(*copy).ok());
        CHECK(copy->organisationLogo(board.organisation).value() == png);
    }

    REQUIRE(store->setOrganisationLogo(board.organisation, {}, QStringLiteral("Secretary")).ok());
    CHECK(store->organisationLogo(board.organisation).value().isEmpty());
    CHECK(store->auditLog().value().back().action == QStringLiteral("logo_removed"));
}

STORE_TEST_CASE("The previous assessment is the same organisation's, against the same framework, created just before",
                "[store]")
{
    auto store = openStore(stores.address());
    const QDateTime start(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    Assessment first = example();
    first.createdAt = start;
    Assessment second = example();
    second.createdAt = start.addDays(30);
    second.organisation.name = QStringLiteral("a new name, the same ODS code");
    Assessment third = example();
    third.createdAt = start.addDays(60);
    Assessment elsewhere = example();
    elsewhere.organisation.odsCode = QStringLiteral("ZZ9");
    elsewhere.createdAt = start.addDays(45);
    const qint64 firstId = store->addAssessment(first, QStringLiteral("t")).value();
    const qint64 secondId = store->addAssessment(second, QStringLiteral("t")).value();
    const qint64 thirdId = store->addAssessment(third, QStringLiteral("t")).value();
    REQUIRE(store->addAssessment(elsewhere, QStringLiteral("t")).ok());

    auto before = store->previousAssessment(store->assessment(thirdId).value());
    REQUIRE(before.ok());
    REQUIRE(before.value());
    CHECK(before.value()->id == secondId);
    CHECK(store->previousAssessment(store->assessment(secondId).value()).value()->id == firstId);
    CHECK_FALSE(store->previousAssessment(store->assessment(firstId).value()).value());
    // Only the same framework counts.
    Assessment other = store->assessment(thirdId).value();
    other.frameworkId = QStringLiteral("individual");
    CHECK_FALSE(store->previousAssessment(other).value());
}

STORE_TEST_CASE("Changing an assessment's details is saved", "[store]")
{
    auto store = openStore(stores.address());
    const qint64 id = store->addAssessment(example("individual"), QStringLiteral("t")).value();
    Assessment a = store->assessment(id).value();
    a.status = QStringLiteral("complete");
    a.title = QStringLiteral("Renamed");
    a.assessor.role = QStringLiteral("Chief AHP");
    REQUIRE(store->updateDetails(a, QStringLiteral("t")).ok());
    const Assessment back = store->assessment(id).value();
    CHECK(back.status == QStringLiteral("complete"));
    CHECK(back.title == QStringLiteral("Renamed"));
    CHECK(back.assessor.role == QStringLiteral("Chief AHP"));
}

TEST_CASE("A version 1 store is upgraded in place and keeps its data")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    runSqlScript(path, test::fixturesDir() + QStringLiteral("/store-v1.sql"));
    auto store = openStore(path);
    CHECK(store->schemaVersion().value() == StoreSchema::CurrentVersion);
    auto a = store->assessment(1);
    REQUIRE(a.ok());
    CHECK(a->organisation.name == QStringLiteral("Old Trust"));
    CHECK(a->answers.value(QStringLiteral("board.structure.post_exists")).evidence == QStringLiteral("JD on file"));
    CHECK(store->auditLog()->empty());
    Answer answer;
    answer.questionId = QStringLiteral("board.structure.post_exists");
    REQUIRE(store->saveAnswer(1, answer, QStringLiteral("t")).ok());
    CHECK(store->auditLog()->size() == 1);
    CHECK(store->checkIntegrity().ok());
}

TEST_CASE("A version 2 store is upgraded in place and keeps its data and audit log")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    runSqlScript(path, test::fixturesDir() + QStringLiteral("/store-v2.sql"));
    auto store = openStore(path);
    CHECK(store->schemaVersion().value() == StoreSchema::CurrentVersion);
    auto a = store->assessment(1);
    REQUIRE(a.ok());
    CHECK(a->revision == 1);
    CHECK_FALSE(a->locked);
    CHECK(a->lineageId == 1);
    CHECK(store->auditLog()->size() == 1);
    CHECK(store->submissions()->empty());
    CHECK(store->checkIntegrity().ok());
}

TEST_CASE("A version 0 store (an empty file) is brought to the current version")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v0.sqlite"));
    test::writeFile(path, {});
    auto store = openStore(path);
    CHECK(store->schemaVersion().value() == StoreSchema::CurrentVersion);
    CHECK(store->assessments()->empty());
}

TEST_CASE("A file that is not SQLite is refused with its name and the reason")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    test::writeFile(path, "These are my meeting notes, not a database.\n");
    auto store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.message() == path + QStringLiteral(" cannot be opened: it is not a SQLite database (it may be another "
                                                   "kind of file, or damaged)"));
    CHECK(test::readFile(path) == "These are my meeting notes, not a database.\n");
}

STORE_TEST_CASE("A store written by a newer ahplead is refused and left alone", "[store]")
{
    const QString path = stores.address();
    {
        auto store = openStore(path);
    }
    stores.sql(QStringLiteral("s"), stores.onPostgres() ? QStringLiteral("UPDATE store_version SET version = 99")
                                                        : QStringLiteral("PRAGMA user_version = 99"));
    auto store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.message().startsWith(path + QStringLiteral(" was written by a newer version of ahplead (store version "
                                                           "99; this version reads up to %1). Update ahplead")
                                                .arg(StoreSchema::CurrentVersion)));
}

STORE_TEST_CASE("Another program's database is refused", "[store]")
{
    stores.sql(QStringLiteral("other"), QStringLiteral("CREATE TABLE songs (title TEXT);"));
    auto store = Store::open(stores.address(QStringLiteral("other")));
    REQUIRE_FALSE(store.ok());
    CHECK(store.message().contains(stores.onPostgres()
                                       ? QStringLiteral("is a PostgreSQL database, but not an ahplead store")
                                       : QStringLiteral("is a SQLite database, but not an ahplead store")));
    CHECK(stores.sql(QStringLiteral("other"), QStringLiteral("SELECT count(*) FROM songs")) == QStringLiteral("0"));
}

STORE_TEST_CASE("A store opened read-only can be read and refuses every change", "[store]")
{
    const QString path = stores.address();
    qint64 id = 0;
    {
        auto store = openStore(path);
        id = store->addAssessment(example(), QStringLiteral("t")).value();
    }
    auto store = openStore(path, Store::Mode::ReadOnly);
    CHECK(store->readOnly());
    CHECK(store->assessment(id).ok());
    Answer answer;
    answer.questionId = QStringLiteral("board.structure.post_exists");
    const Status saved = store->saveAnswer(id, answer, QStringLiteral("t"));
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.message().contains(path));
    CHECK(saved.message().contains(QStringLiteral("could not be saved")));
    CHECK_FALSE(store->deleteAssessment(id, QStringLiteral("t")).ok());
    CHECK(store->assessments()->size() == 1);
}

TEST_CASE("A read-only store can be read but not changed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    qint64 id = 0;
    {
        auto store = openStore(path);
        id = store->addAssessment(example(), QStringLiteral("t")).value();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    const bool isRoot = QFileInfo(path).isWritable(); // root writes regardless of permissions

    if (!isRoot) {
        auto refused = Store::open(path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("read-only")));
    }
    auto store = openStore(path, Store::Mode::ReadOnly);
    CHECK(store->readOnly());
    CHECK(store->assessment(id).ok());
    Answer answer;
    answer.questionId = QStringLiteral("board.structure.post_exists");
    const Status saved = store->saveAnswer(id, answer, QStringLiteral("t"));
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.message().contains(path));
    CHECK(saved.message().contains(QStringLiteral("could not be saved")));
}

TEST_CASE("A missing store is not silently created when opened read-only")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    auto store = Store::open(path, Store::Mode::ReadOnly);
    REQUIRE_FALSE(store.ok());
    CHECK(store.message() == path + QStringLiteral(": the store does not exist"));
    CHECK_FALSE(QFile::exists(path));
}

STORE_TEST_CASE("Asking for an assessment that is not there says so", "[store]")
{
    auto store = openStore(stores.address());
    auto a = store->assessment(42);
    REQUIRE_FALSE(a.ok());
    CHECK(a.message().startsWith(QStringLiteral("There is no assessment 42 in ")));
}
