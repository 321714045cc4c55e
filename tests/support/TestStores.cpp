#include "support/TestStores.h"

#include <QCoreApplication>
#include <QFile>

#include <atomic>

namespace ahplead::test {

namespace {

std::atomic<int> schemaCounter{0};

std::atomic<int> loginCounter{0};

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
    if (m_schemas.empty() && m_logins.isEmpty())
        return;
    // The schemas first, and the rights given on them with them; then the roles, which belong to
    // the whole server: the store's group roles, named as StoreRoles names them, and the logins.
    QStringList drops;
    QStringList roles;
    for (const auto &entry : m_schemas) {
        drops << QStringLiteral("DROP SCHEMA %1 CASCADE;").arg(entry.second);
        for (const char *role : {"viewer", "reviewer", "admin"})
            roles << QStringLiteral("'ahplead_' || current_database() || '_%1_%2'")
                         .arg(entry.second, QLatin1String(role));
    }
    for (const QString &login : m_logins)
        roles << QStringLiteral("'%1'").arg(login);
    drops << QStringLiteral("DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE rolname IN (%1) "
                            "LOOP EXECUTE format('DROP ROLE %I', r); END LOOP; END $$;")
                 .arg(roles.join(QStringLiteral(", ")));
    psql(m_server, drops.join(QLatin1Char(' '))); // a test's leftovers are not the next test's failure
}

QString TestStores::login(const QString &name)
{
    const QString role =
        QStringLiteral("%1_%2_%3").arg(name).arg(QCoreApplication::applicationPid()).arg(++loginCounter);
    const ProcessResult made = psql(m_server, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    m_logins << role;
    return role;
}

QString TestStores::addressAs(const QString &name, const QString &user)
{
    return address(name) + QStringLiteral("&user=") + user;
}

ProcessResult TestStores::trySqlAs(const QString &name, const QString &user, const QString &sql)
{
    address(name); // made if not yet there
    return psql(m_server + (m_server.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                    QStringLiteral("user=") + user,
                QStringLiteral("SET search_path TO %1; %2").arg(m_schemas.at(name), sql));
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
