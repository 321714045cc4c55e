// `ahplead-cli store init|check|copy`, and --store naming a shared store (issue 16).
#include "support/TestStores.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace ahplead;
using test::runCli;

namespace {

QString example(const char *kind)
{
    return test::dataDir() + QStringLiteral("/examples/%1-example.json").arg(QLatin1String(kind));
}

} // namespace

STORE_TEST_CASE("store init sets up a store, store check reports it, store copy moves it whole", "[cli][store]")
{
    const QString first = stores.address(QStringLiteral("first"));
    const auto made = runCli({QStringLiteral("store"), QStringLiteral("init"), first});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("Ready: an ahplead store, version ")));
    CHECK(made.out.startsWith(QStringLiteral("Store: ") + first));
    REQUIRE(runCli({QStringLiteral("import"), example("board"), example("individual")}, first).exitCode == 0);

    const auto checked = runCli({QStringLiteral("store"), QStringLiteral("check"), first});
    INFO(checked.err.toStdString());
    REQUIRE(checked.exitCode == 0);
    CHECK(checked.out.contains(stores.onPostgres() ? QStringLiteral(" (PostgreSQL)") : QStringLiteral(" (SQLite)")));
    CHECK(checked.out.contains(QStringLiteral("Rows: organisations 1, assessments 2, answers 126, audit_log 2,")));
    CHECK(checked.out.contains(QStringLiteral("Integrity: ok")));

    const QString second = stores.address(QStringLiteral("second"));
    const auto copied = runCli({QStringLiteral("store"), QStringLiteral("copy"), first, second});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.out.contains(QStringLiteral("Checked: the same rows in every table")));
    const auto listed = runCli({QStringLiteral("list")}, second);
    CHECK(listed.exitCode == 0);
    CHECK(listed.out == runCli({QStringLiteral("list")}, first).out);
    if (stores.onPostgres()) // which shared store, and as whom
        CHECK(listed.err.startsWith(QStringLiteral("Store: ") + second + QStringLiteral(" as ")));

    // A second copy into the same store is refused, and the store keeps what it had.
    const auto again = runCli({QStringLiteral("store"), QStringLiteral("copy"), first, second});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds an ahplead store's data")));
    CHECK(again.err.contains(QStringLiteral("Nothing was copied.")));
    CHECK(runCli({QStringLiteral("list")}, second).out == listed.out);
}

TEST_CASE("store commands refuse a malformed address or a missing argument plainly")
{
    const auto malformed =
        runCli({QStringLiteral("store"), QStringLiteral("check"), QStringLiteral("postgresql://jo:pw@db/x")});
    CHECK(malformed.exitCode == 1);
    CHECK(malformed.err.contains(QStringLiteral("never keeps passwords in addresses")));
    const auto missing = runCli({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("a.sqlite")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("copy expects two addresses")));
    const auto unknown = runCli({QStringLiteral("store"), QStringLiteral("drop"), QStringLiteral("a.sqlite")});
    CHECK(unknown.exitCode == 2);
}

TEST_CASE("A copy from a server that cannot be reached says so and makes no file")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("new.sqlite"));
    const auto failed = runCli({QStringLiteral("store"), QStringLiteral("copy"),
                                QStringLiteral("postgresql:///x?host=/nonexistent/folder"), target});
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.contains(QStringLiteral("the server cannot be reached")));
    CHECK_FALSE(QFile::exists(target));
}
