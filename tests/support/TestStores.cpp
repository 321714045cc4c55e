#include "support/TestStores.h"

#include <QCoreApplication>
#include <QFile>

#include <atomic>

namespace ahplead::test {

namespace {

std::atomic<int> schemaCounter{0};

// psql prints only the values, one row a line, and stops at the first error.
ProcessResult psql(const QString &server, const QString &sql)
{
    return run(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                                        QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                        QStringLiteral("-d"), server, QStringLiteral("-c"), sql});
}

} // namespace

QString TestStores::serverAddress()
{
    const QString fromEnv = qEnvironmentVariable("AHPLEAD_TEST_PG");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QFile file(QStringLiteral(AHPLEAD_TEST_PG_STATE "/server"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

TestStores::TestStores(Backend backend) : m_backend(backend)
{
    if (backend == Backend::SQLite)
        return;
    m_server = serverAddress();
    if (m_server.isEmpty())
        m_unavailable = QStringLiteral("no PostgreSQL server for the tests: ctest starts one (the fixture test "
                                       "\"a throwaway PostgreSQL server starts for the store tests\"), or set "
                                       "AHPLEAD_TEST_PG to a postgresql:// address");
}

TestStores::~TestStores()
{
    if (m_schemas.empty())
        return;
    QStringList drops;
    for (const auto &entry : m_schemas)
        drops << QStringLiteral("DROP SCHEMA %1 CASCADE;").arg(entry.second);
    psql(m_server, drops.join(QLatin1Char(' '))); // a test's leftovers are not the next test's failure
}

QString TestStores::address(const QString &name)
{
    if (!onPostgres())
        return m_dir.filePath(name + QStringLiteral(".sqlite"));
    auto found = m_schemas.find(name);
    if (found == m_schemas.end()) {
        const QString schema = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++schemaCounter);
        const ProcessResult made = psql(m_server, QStringLiteral("CREATE SCHEMA %1").arg(schema));
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        found = m_schemas.emplace(name, schema).first;
    }
    return m_server + (m_server.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
           QStringLiteral("options=-csearch_path%3D") + found->second;
}

ProcessResult TestStores::trySql(const QString &name, const QString &sql)
{
    if (!onPostgres())
        return run(QStringLiteral("sqlite3"), {address(name), sql});
    address(name); // made if not yet there
    return psql(m_server, QStringLiteral("SET search_path TO %1; %2").arg(m_schemas.at(name), sql));
}

QString TestStores::sql(const QString &name, const QString &sql)
{
    const ProcessResult result = trySql(name, sql);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out.trimmed();
}

} // namespace ahplead::test
