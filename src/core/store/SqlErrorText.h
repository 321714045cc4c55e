#pragma once

#include <QString>

namespace ahplead {

// SQLite's and Qt's words for the failures a person can do something about, put plainly:
// "database or disk is full Unable to fetch row" becomes "the disk is full ...". Any other
// text is kept as it is. Sql::error passes every driver text through here.
class SqlErrorText {
public:
    static QString plain(const QString &driverText);
};

} // namespace ahplead
