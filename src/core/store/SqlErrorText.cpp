#include "core/store/SqlErrorText.h"

#include <QRegularExpression>

namespace ahplead {

namespace {

// The driver's words on one line, after the plain ones, for whoever has to look into it.
QString withDetail(const QString &plain, const QString &driverText)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QStringLiteral("%1 (the server said: %2)")
        .arg(plain, driverText.trimmed().replace(space, QStringLiteral(" ")));
}

bool mentions(const QString &driverText, const char *words)
{
    return driverText.contains(QLatin1String(words), Qt::CaseInsensitive);
}

// SQLSTATE class 42501, insufficient_privilege, in its three guises: a role the user may not give,
// a row of a region the user was not given (row-level security), and a change the user may not
// make at all (a viewer's).
QString plainRefusal(const QString &driverText)
{
    if (mentions(driverText, "must have admin option") || mentions(driverText, "permission denied to grant") ||
        mentions(driverText, "permission denied to revoke"))
        return QStringLiteral("you may not give that role. An administrator gives the viewer and reviewer roles; "
                              "only the store's owner (who ran 'ahplead-cli store init') makes administrators");
    if (mentions(driverText, "permission denied to create role"))
        return QStringLiteral("the store's roles could not be made: whoever sets up a shared store must be its owner "
                              "and allowed to create roles (CREATEROLE). Ask your IT team");
    if (mentions(driverText, "must be owner"))
        return QStringLiteral("only the store's owner can set it up or upgrade it. Ask them to run "
                              "'ahplead-cli store init' with its address");
    if (mentions(driverText, "row-level security"))
        return QStringLiteral("this belongs to a region you have not been given, so it was not saved. Ask your "
                              "store's administrator if you should have that region ('ahplead-cli store grant')");
    return QStringLiteral("you can look at this store but not change it. Ask your store's administrator if you "
                          "need to ('ahplead-cli store grant')");
}

// PostgreSQL's and libpq's words (English, as the tests' C locale has them) for what a person
// can act on. Empty when none matched.
QString plainServerText(const QString &driverText, const QString &sqlState)
{
    const auto has = [&](const char *words) { return mentions(driverText, words); };
    if (has("no password supplied"))
        return QStringLiteral("the server asks for a password and none was given. Put it in ~/.pgpass (or set "
                              "PGPASSWORD for ahplead-cli), or enter it when ahplead asks, then try again");
    if (has("password authentication failed") || has("authentication failed for user"))
        return QStringLiteral("the server refused the user name or password. Check the password in ~/.pgpass or "
                              "PGPASSWORD (or the one you typed), or ask your IT team whether your account is set up");
    if (has("does not exist") && has("database"))
        return QStringLiteral("the server has no database of that name. Check the address, or ask your IT team to "
                              "create the database and then run 'ahplead-cli store init' with its address");
    if (has("does not exist") && has("role"))
        return QStringLiteral("the server does not know that user name. Check the address, or ask your store's "
                              "administrator to give you access ('ahplead-cli store grant')");
    if (has("SSL") || has("certificate") || has("no pg_hba.conf entry") || has("no encryption"))
        return QStringLiteral("the server would not accept this kind of connection (it may demand an encrypted, TLS "
                              "connection, or not allow this computer). Ask your IT team for the address to use, "
                              "with its sslmode setting");
    if (has("could not connect") || has("Connection refused") || has("could not translate host name") ||
        has("timeout expired") || has("Is the server running") || has("No route to host"))
        return QStringLiteral("the server cannot be reached. Check the address and your network connection, or ask "
                              "your IT team whether the server is running");
    if (has("invalid connection option") || has("invalid sslmode") || has("invalid integer value") ||
        has("invalid port"))
        return QStringLiteral("the address has a setting the PostgreSQL client does not accept. Check the address");
    if (SqlErrorText::connectionLost(driverText, sqlState))
        return QStringLiteral("the connection to the server was lost, and this change was not saved (nothing half-"
                              "saved was kept). Try again when the server is back");
    if (has("read-only transaction"))
        return QStringLiteral("the store is open read-only, so nothing can be changed");
    if (has("permission denied for database"))
        return QStringLiteral("the server does not let this user into the database. Ask your IT team, or your "
                              "store's administrator, to give you access ('ahplead-cli store grant')");
    if (sqlState == QLatin1String("42501") || has("permission denied") || has("must have admin option") ||
        has("row-level security") || has("must be owner"))
        return plainRefusal(driverText);
    if (has("lock timeout"))
        return QStringLiteral("someone else is saving to the store. Try again in a moment");
    return {};
}

} // namespace

bool SqlErrorText::connectionLost(const QString &driverText, const QString &sqlState)
{
    // Class 08 is a connection exception; 57P01-57P03 the server shutting down or ending the
    // session. libpq's own failures carry no code, only words.
    if (sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P01") ||
        sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03"))
        return true;
    for (const char *words : {"server closed the connection", "no connection to the server", "terminating connection",
                              "connection to server was lost", "could not receive data", "could not send data"})
        if (mentions(driverText, words))
            return true;
    return false;
}

QString SqlErrorText::plain(const QString &driverText, const QString &sqlState)
{
    // Matched on SQLite's own messages (sqlite3_errstr), which Qt puts first in the text.
    const auto has = [&](const char *words) { return driverText.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (has("database or disk is full"))
        return QStringLiteral("the disk is full. Free some space on it, then try again");
    if (has("attempt to write a readonly database"))
        return QStringLiteral("the store cannot be written (the file, its folder or its disk is read-only)");
    if (has("database is locked") || has("database table is locked"))
        return QStringLiteral("another program is using the store. Try again in a moment");
    if (has("disk I/O error"))
        return QStringLiteral("the disk reported an error while reading or writing the store");
    if (const QString server = plainServerText(driverText, sqlState); !server.isEmpty())
        return withDetail(server, driverText);
    return driverText;
}

} // namespace ahplead
