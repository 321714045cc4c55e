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

// PostgreSQL's and libpq's words (English, as the tests' C locale has them) for what a person
// can act on. Empty when none matched.
QString plainServerText(const QString &driverText)
{
    const auto has = [&](const char *words) { return driverText.contains(QLatin1String(words), Qt::CaseInsensitive); };
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
    if (has("server closed the connection") || has("no connection to the server") || has("terminating connection") ||
        has("connection to server was lost") || has("could not receive data") || has("could not send data"))
        return QStringLiteral("the connection to the server was lost, and this change was not saved (nothing half-"
                              "saved was kept). Try again when the server is back");
    if (has("read-only transaction"))
        return QStringLiteral("the store is open read-only, so nothing can be changed");
    if (has("permission denied"))
        return QStringLiteral("you can look at this store but not change it. Ask your store's administrator if you "
                              "need to ('ahplead-cli store grant')");
    if (has("lock timeout"))
        return QStringLiteral("someone else is saving to the store. Try again in a moment");
    return {};
}

} // namespace

QString SqlErrorText::plain(const QString &driverText)
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
    if (const QString server = plainServerText(driverText); !server.isEmpty())
        return withDetail(server, driverText);
    return driverText;
}

} // namespace ahplead
