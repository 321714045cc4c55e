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

TEST_CASE("store grant gives a database user its role and region; an admin gives the viewer and reviewer roles, and "
          "only the store's owner makes admins, on PostgreSQL",
          "[cli][store][postgresql]")
{
    test::TestStores stores(test::Backend::PostgreSQL);
    if (!stores.unavailable().isEmpty())
        AHPLEAD_SKIP(stores.unavailable().toStdString());
    const QString address = stores.address();
    const auto made = runCli({QStringLiteral("store"), QStringLiteral("init"), address});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("Roles: ahplead_")));
    CHECK(made.out.contains(QStringLiteral("_viewer (viewer), ")));
    CHECK(made.out.contains(QStringLiteral("_admin (admin)\n")));
    // Run again, init changes nothing and says the same.
    CHECK(runCli({QStringLiteral("store"), QStringLiteral("init"), address}).out == made.out);

    const QString admin = stores.login(QStringLiteral("admin"));
    const QString jo = stores.login(QStringLiteral("jo"));
    const auto byOwner = runCli(
        {QStringLiteral("store"), QStringLiteral("grant"), admin, QStringLiteral("--role"), QStringLiteral("admin")},
        address);
    INFO(byOwner.err.toStdString());
    REQUIRE(byOwner.exitCode == 0);
    CHECK(byOwner.out.startsWith(admin + QStringLiteral(" is now an admin of ") + address));
    CHECK(byOwner.out.contains(QStringLiteral("seeing every region (national)")));

    const QString asAdmin = stores.addressAs(QStringLiteral("s"), admin);
    const auto byAdmin = runCli({QStringLiteral("store"), QStringLiteral("grant"), jo, QStringLiteral("--role"),
                                 QStringLiteral("reviewer"), QStringLiteral("--region"), QStringLiteral("London")},
                                asAdmin);
    INFO(byAdmin.err.toStdString());
    REQUIRE(byAdmin.exitCode == 0);
    CHECK(byAdmin.out.contains(jo + QStringLiteral(" is now a reviewer of ")));
    CHECK(byAdmin.out.contains(QStringLiteral("seeing the region London only")));
    CHECK(stores.sql(QStringLiteral("s"),
                     QStringLiteral("SELECT region FROM user_regions WHERE user_name = '%1'").arg(jo)) ==
          QStringLiteral("London"));
    CHECK(stores.sql(
              QStringLiteral("s"),
              QStringLiteral("SELECT db_user || ' ' || detail FROM audit_log WHERE action = 'grant' ORDER BY id")) ==
          QStringLiteral("%1 %2: admin, national\n%2 %3: reviewer, region London")
              .arg(stores.sql(QStringLiteral("s"), QStringLiteral("SELECT current_user")), admin, jo));

    // Made a viewer, jo is a reviewer no longer.
    REQUIRE(runCli({QStringLiteral("store"), QStringLiteral("grant"), jo, QStringLiteral("--role"),
                    QStringLiteral("viewer")},
                   asAdmin)
                .exitCode == 0);
    CHECK(stores
              .trySqlAs(QStringLiteral("s"), jo,
                        QStringLiteral("INSERT INTO benchmarks (framework_id, "
                                       "framework_version, created_at, imported_at, content) "
                                       "VALUES ('a', 'b', 'c', 'd', 'e')"))
              .exitCode != 0);

    const auto adminMakesAdmin = runCli(
        {QStringLiteral("store"), QStringLiteral("grant"), jo, QStringLiteral("--role"), QStringLiteral("admin")},
        asAdmin);
    CHECK(adminMakesAdmin.exitCode == 1);
    CHECK(adminMakesAdmin.err.contains(QStringLiteral("you may not give that role")));
    CHECK(adminMakesAdmin.err.contains(QStringLiteral("only the store's owner")));
    const auto viewerGrants = runCli(
        {QStringLiteral("store"), QStringLiteral("grant"), admin, QStringLiteral("--role"), QStringLiteral("viewer")},
        stores.addressAs(QStringLiteral("s"), jo));
    CHECK(viewerGrants.exitCode == 1);
    CHECK(viewerGrants.err.contains(QStringLiteral("you may not give that role")));
    const auto nobody = runCli({QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("no_such_user_here"),
                                QStringLiteral("--role"), QStringLiteral("viewer")},
                               address);
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("the server has no user called \"no_such_user_here\"")));
}

TEST_CASE("store grant on a file store says a file has no users and its permissions decide; without --role it says "
          "what it expects",
          "[cli][store]")
{
    test::TestStores stores(test::Backend::SQLite);
    const QString file = stores.address();
    const auto onFile = runCli({QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("jo"),
                                QStringLiteral("--role"), QStringLiteral("viewer")},
                               file);
    CHECK(onFile.exitCode == 1);
    CHECK(onFile.err.contains(QStringLiteral("a file store has no users or roles")));
    const auto noRole = runCli({QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("jo")}, file);
    CHECK(noRole.exitCode == 2);
    CHECK(noRole.err.contains(QStringLiteral("grant expects --role viewer|reviewer|admin")));
    const auto badRole = runCli({QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("jo"),
                                 QStringLiteral("--role"), QStringLiteral("boss")},
                                file);
    CHECK(badRole.exitCode == 1);
    CHECK(badRole.err.contains(QStringLiteral("\"boss\" is not a role; expected one of viewer, reviewer, admin")));
}
