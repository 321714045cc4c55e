#include "core/store/SqlErrorText.h"

namespace ahplead {

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
    return driverText;
}

} // namespace ahplead
