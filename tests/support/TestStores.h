#pragma once

#include "support/TestSupport.h"

#include <QString>
#include <QTemporaryDir>

#include <map>

namespace ahplead::test {

enum class Backend { SQLite, PostgreSQL };

// The stores of one test, on one backend: files in a temporary folder, or schemas of their own
// in the test server's database `ahplead_tests` (each store's address sets its search_path), all
// removed when the test ends. The server is the throwaway cluster that CTest's fixture starts
// (tests/core/store/postgresql-cluster.sh writes its address to a file this reads), or any
// server named by AHPLEAD_TEST_PG (a postgresql:// address of a database the tests may use).
class TestStores {
public:
    explicit TestStores(Backend backend);
    ~TestStores();
    TestStores(const TestStores &) = delete;
    TestStores &operator=(const TestStores &) = delete;

    Backend backend() const { return m_backend; }
    bool onPostgres() const { return m_backend == Backend::PostgreSQL; }
    // Why the backend cannot be used here; empty when it can.
    const QString &unavailable() const { return m_unavailable; }
    // The address of the store NAME (a file name or a schema name): the same NAME, the same store.
    QString address(const QString &name = QStringLiteral("s"));
    // A folder for the test's other files.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // What the backend's own client (sqlite3, psql) prints for SQL run on the store NAME,
    // trimmed; fails the test if the client fails.
    QString sql(const QString &name, const QString &sql);
    // The same, for SQL that may fail: the client's exit code and what it printed.
    ProcessResult trySql(const QString &name, const QString &sql);
    // The server's address for a database the tests may use (AHPLEAD_TEST_PG, or the fixture's).
    static QString serverAddress();

    // PostgreSQL only. A login role of this test's own on the server (roles belong to the whole
    // server, so its name is made unique: "<NAME>_<pid>_<n>"), dropped when the test ends, as are
    // the group roles of this test's stores (StoreRoles).
    QString login(const QString &name);
    // The address of the store NAME as database user USER.
    QString addressAs(const QString &name, const QString &user);
    // What psql prints for SQL run on the store NAME as USER, and its exit code.
    ProcessResult trySqlAs(const QString &name, const QString &user, const QString &sql);

private:
    Backend m_backend;
    QString m_unavailable;
    QString m_server;
    QTemporaryDir m_dir;
    std::map<QString, QString> m_schemas; // store name -> schema
    QStringList m_logins;
};

} // namespace ahplead::test

// A store test that runs twice: on SQLite, and on PostgreSQL as "NAME, on PostgreSQL" (reported
// Skipped where no server can run). The body sees `test::TestStores &stores`.
#define STORE_TEST_CASE(name, tags) AHPLEAD_STORE_TEST_CASE_(INTERNAL_CATCH_UNIQUE_NAME(storeTest), name, tags)
#define AHPLEAD_STORE_TEST_CASE_(body, name, tags)                                                                     \
    static void body(ahplead::test::TestStores &stores);                                                               \
    TEST_CASE(name, tags)                                                                                              \
    {                                                                                                                  \
        ahplead::test::TestStores stores(ahplead::test::Backend::SQLite);                                              \
        body(stores);                                                                                                  \
    }                                                                                                                  \
    TEST_CASE(name ", on PostgreSQL", tags "[postgresql]")                                                             \
    {                                                                                                                  \
        ahplead::test::TestStores stores(ahplead::test::Backend::PostgreSQL);                                          \
        if (!stores.unavailable().isEmpty())                                                                           \
            AHPLEAD_SKIP(stores.unavailable().toStdString());                                                          \
        body(stores);                                                                                                  \
    }                                                                                                                  \
    static void body(ahplead::test::TestStores &stores)
