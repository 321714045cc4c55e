#pragma once

#include "core/base/Result.h"

#include <QString>
#include <QStringList>

namespace ahplead {

// Where a store is: a SQLite file, or a database on a PostgreSQL server named by a URI in
// libpq's form (postgresql://[user@]host[:port]/dbname?key=value, with a Unix socket folder as
// `host=/run/postgresql`). A password is never part of an address: ahplead keeps addresses (in
// its settings, in messages) and a password there would be kept too. libpq finds it itself in
// ~/.pgpass, a service file or PGPASSWORD, or the GUI asks for it each session.
class StoreAddress {
public:
    enum class Kind { File, Server };

    // TEXT as given to --store or File > Open shared store. A malformed server address fails
    // with what is wrong and what one looks like.
    static Result<StoreAddress> parse(const QString &text);
    // Whether TEXT is meant as a server address (postgresql:// or postgres://), well formed or not.
    static bool isServer(const QString &text);
    // TEXT with any password in it (user:password@, password=) shown as ***, for messages.
    static QString masked(const QString &text);

    Kind kind() const { return m_kind; }
    bool server() const { return m_kind == Kind::Server; }
    // The address as the person gave it: the file path, or the URI.
    const QString &text() const { return m_text; }
    // For messages: the file with the system's separators, or the URI.
    QString shown() const;

    // Server addresses, for Qt's PostgreSQL driver: empty means "libpq's default" (PGHOST,
    // PGDATABASE, PGUSER, the local socket, the login name).
    const QString &host() const { return m_host; }
    const QString &databaseName() const { return m_database; }
    const QString &userName() const { return m_user; }
    // The other connection settings as QSqlDatabase::setConnectOptions takes them:
    // key='value' pairs separated by ';' (port, sslmode, connect_timeout, options, ...).
    QString connectOptions() const;

private:
    static Result<StoreAddress> parseServer(const QString &text);
    Status setParameter(const QString &key, const QString &value);

    Kind m_kind = Kind::File;
    QString m_text;
    QString m_host;
    QString m_database;
    QString m_user;
    QStringList m_keys;
    QStringList m_values;
};

} // namespace ahplead
