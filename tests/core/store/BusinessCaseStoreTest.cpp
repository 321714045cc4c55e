// The store's business cases (schema version 4): added, listed, read back, saved, deleted,
// each one transaction with an audit line; drafts kept as they are; version 3 upgraded.
#include "core/businesscase/BusinessCase.h"
#include "core/businesscase/BusinessCaseReader.h"
#include "core/businesscase/BusinessCaseValidator.h"
#include "core/businesscase/BusinessCaseWriter.h"
#include "core/store/Store.h"
#include "core/store/StoreSchema.h"
#include "support/TestStores.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QThread>

using namespace ahplead;

namespace {

BusinessCase exampleCase()
{
    auto bc = BusinessCaseReader::read(test::dataDir() + QStringLiteral("/examples/business-case-example.json"));
    REQUIRE(bc.ok());
    return bc.value();
}

std::unique_ptr<Store> openStore(const QString &path, Store::Mode mode = Store::Mode::ReadWrite)
{
    auto store = Store::open(path, mode);
    if (!store.ok())
        FAIL(store.message().toStdString());
    return std::move(store).value();
}

void runSqlScript(const QString &dbPath, const QByteArray &script)
{
    const auto result = test::run(QStringLiteral("sqlite3"), {dbPath}, {}, script);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
}

QString sqlValue(const QString &dbPath, const QString &sql)
{
    const auto result = test::run(QStringLiteral("sqlite3"), {dbPath, sql});
    REQUIRE(result.exitCode == 0);
    return result.out.trimmed();
}

} // namespace

STORE_TEST_CASE("A business case is stored as its canonical JSON and read back exactly", "[store][business]")
{
    auto store = openStore(stores.address());
    const BusinessCase bc = exampleCase();
    auto id = store->addBusinessCase(bc, QStringLiteral("Priya"));
    REQUIRE(id.ok());

    auto back = store->businessCase(id.value());
    REQUIRE(back.ok());
    CHECK(back.value() == bc);
    // The content column is the writer's bytes, so a case exported from the store is the same file.
    CHECK(stores.sql(QStringLiteral("s"),
                     QStringLiteral("SELECT content FROM business_cases WHERE id = %1").arg(id.value())) ==
          QString::fromUtf8(BusinessCaseWriter::toBytes(bc)).trimmed());

    auto list = store->businessCases();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->front().id == id.value());
    CHECK(list->front().organisation == QStringLiteral("Northfield and Riverside NHS Foundation Trust"));
    CHECK(list->front().title == bc.title);
    CHECK(list->front().createdAt.isValid());
    CHECK(list->front().updatedAt == list->front().createdAt);

    auto log = store->businessCaseLog(id.value());
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    CHECK(log->front().action == QStringLiteral("case_create"));
    CHECK(log->front().actor == QStringLiteral("Priya"));
    CHECK(log->front().detail == bc.title);
    CHECK(log->front().assessmentId == 0);
}

STORE_TEST_CASE("Saving a business case replaces it, updates the list and adds an audit line", "[store][business]")
{
    auto store = openStore(stores.address());
    BusinessCase bc = exampleCase();
    const qint64 id = store->addBusinessCase(bc, QStringLiteral("Priya"), QStringLiteral("import")).value();
    const QDateTime created = store->businessCases()->front().updatedAt;
    QThread::msleep(5); // the updated time is to the millisecond

    bc.title = QStringLiteral("Business case: a chief AHP, revised");
    bc.organisation.name = QStringLiteral("Northfield Trust");
    bc.options[2].posts[0].wte = 0.8;
    REQUIRE(store->saveBusinessCase(id, bc, QStringLiteral("Helen"), QStringLiteral("WTE of Chief AHP")).ok());

    CHECK(store->businessCase(id).value() == bc);
    const BusinessCaseSummary summary = store->businessCases()->front();
    CHECK(summary.title == bc.title);
    CHECK(summary.organisation == QStringLiteral("Northfield Trust"));
    CHECK(summary.updatedAt > created);
    CHECK(summary.createdAt == created);

    const auto log = store->businessCaseLog(id).value();
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == QStringLiteral("case_import"));
    CHECK(log[1].action == QStringLiteral("case_save"));
    CHECK(log[1].actor == QStringLiteral("Helen"));
    CHECK(log[1].detail == QStringLiteral("WTE of Chief AHP"));
    // The lines are in the store's one audit log too, about no assessment.
    CHECK(store->auditLog()->size() == 2);
}

STORE_TEST_CASE("A draft the validator would refuse is kept and read back as it was", "[store][business]")
{
    auto store = openStore(stores.address());
    BusinessCase draft = exampleCase();
    draft.options.erase(draft.options.begin()); // no do nothing
    draft.workforceMetrics[0].period.clear();
    draft.workforceMetrics[1].value = 104; // a percentage above 100
    draft.options[0].posts[0].wte = -1;
    draft.title.clear();
    REQUIRE_FALSE(BusinessCaseValidator::problems(draft).empty());

    const qint64 id = store->addBusinessCase(draft, QStringLiteral("t")).value();
    auto back = store->businessCase(id);
    REQUIRE(back.ok());
    CHECK(back.value() == draft);
    CHECK(BusinessCaseValidator::problems(back.value()).size() == BusinessCaseValidator::problems(draft).size());
    CHECK(store->businessCases()->front().title.isEmpty());
}

STORE_TEST_CASE("An empty business case survives the store", "[store][business]")
{
    auto store = openStore(stores.address());
    const BusinessCase empty;
    const qint64 id = store->addBusinessCase(empty, QStringLiteral("t")).value();
    auto back = store->businessCase(id);
    REQUIRE(back.ok());
    CHECK(back.value() == empty);
}

STORE_TEST_CASE("Deleting a business case removes it and keeps its history", "[store][business]")
{
    auto store = openStore(stores.address());
    const qint64 keep = store->addBusinessCase(exampleCase(), QStringLiteral("t")).value();
    const qint64 gone = store->addBusinessCase(exampleCase(), QStringLiteral("t")).value();
    REQUIRE(store->deleteBusinessCase(gone, QStringLiteral("Helen")).ok());
    REQUIRE(store->businessCases()->size() == 1);
    CHECK(store->businessCases()->front().id == keep);

    const auto read = store->businessCase(gone);
    REQUIRE_FALSE(read.ok());
    CHECK(read.message().startsWith(QStringLiteral("There is no business case %1 in ").arg(gone)));
    const auto log = store->businessCaseLog(gone).value();
    REQUIRE(log.size() == 2);
    CHECK(log[1].action == QStringLiteral("case_delete"));
    CHECK(log[1].actor == QStringLiteral("Helen"));

    CHECK_FALSE(store->deleteBusinessCase(gone, QStringLiteral("t")).ok());
    CHECK_FALSE(store->saveBusinessCase(gone, exampleCase(), QStringLiteral("t")).ok());
    CHECK(store->businessCaseLog(gone)->size() == 2); // a refused change leaves no line
}

STORE_TEST_CASE("A business case in a store opened read-only can be read but not changed", "[store][business]")
{
    const QString path = stores.address();
    qint64 id = 0;
    {
        auto store = openStore(path);
        id = store->addBusinessCase(exampleCase(), QStringLiteral("t")).value();
    }
    auto store = openStore(path, Store::Mode::ReadOnly);
    REQUIRE(store->businessCase(id).ok());
    CHECK_FALSE(store->saveBusinessCase(id, BusinessCase{}, QStringLiteral("t")).ok());
    CHECK_FALSE(store->addBusinessCase(BusinessCase{}, QStringLiteral("t")).ok());
    CHECK(store->businessCase(id).value() == exampleCase());
}

TEST_CASE("A version 3 store is upgraded to the current version and keeps its data and audit log", "[store][business]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    runSqlScript(path, test::readFile(test::fixturesDir() + QStringLiteral("/store-v3.sql")));
    REQUIRE(sqlValue(path, QStringLiteral("PRAGMA user_version")) == QStringLiteral("3"));
    auto store = openStore(path);
    CHECK(store->schemaVersion().value() == StoreSchema::CurrentVersion);

    auto locked = store->assessment(1);
    REQUIRE(locked.ok());
    CHECK(locked->locked);
    CHECK(locked->answers.value(QStringLiteral("board.structure.post_exists")).evidence ==
          QStringLiteral("JD on file"));
    CHECK(store->assessment(2)->revision == 2);
    CHECK(store->submissions()->size() == 1);
    const auto log = store->auditLog().value();
    REQUIRE(log.size() == 3);
    CHECK(log[0].assessmentId == 1);
    CHECK(log[0].businessCaseId == 0);
    CHECK(store->businessCases()->empty());

    const qint64 id = store->addBusinessCase(exampleCase(), QStringLiteral("t")).value();
    CHECK(store->businessCase(id).value() == exampleCase());
    CHECK(store->auditLog()->size() == 4);
    CHECK(store->checkIntegrity().ok());
}

TEST_CASE("An upgrade to version 4 that fails leaves the version 3 store as it was", "[store][business]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    // Something already holds the name the new table needs, so the step fails half-way through.
    runSqlScript(path, test::readFile(test::fixturesDir() + QStringLiteral("/store-v3.sql")) +
                           "CREATE TABLE x (a); CREATE INDEX audit_log_business_case ON x(a);\n");
    auto store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.message().contains(QStringLiteral("upgrading to version 4 failed")));
    CHECK(sqlValue(path, QStringLiteral("PRAGMA user_version")) == QStringLiteral("3"));
    // The table made before the failing statement was rolled back with it.
    CHECK(sqlValue(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'business_cases'")) ==
          QStringLiteral("0"));
    CHECK(sqlValue(path, QStringLiteral("SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = "
                                        "'business_case_id'")) == QStringLiteral("0"));
    CHECK(sqlValue(path, QStringLiteral("SELECT count(*) FROM audit_log")) == QStringLiteral("3"));
}
