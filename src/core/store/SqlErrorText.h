#pragma once

#include <QString>

namespace ahplead {

// SQLite's, PostgreSQL's and Qt's words for the failures a person can do something about, put
// plainly: "database or disk is full Unable to fetch row" becomes "the disk is full ...", and a
// server's refusal says what it means and what to do, then what the server said. Any other
// text is kept as it is. Sql::error and Store::open pass every driver text through here, with
// the server's SQLSTATE where there is one (PostgreSQL's words follow the server's language; its
// codes do not).
class SqlErrorText {
public:
    static QString plain(const QString &driverText, const QString &sqlState = {});
    // Whether the failure means the connection to the server is gone (the server stopped, the
    // network dropped, an administrator ended the session), so it must be opened again.
    static bool connectionLost(const QString &driverText, const QString &sqlState = {});
};

} // namespace ahplead
