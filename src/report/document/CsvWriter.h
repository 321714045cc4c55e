#pragma once

#include "report/document/Document.h"

#include <QByteArray>
#include <QString>

namespace ahplead {

// A document's data table (Document::dataHeaders and dataRows) as CSV for spreadsheets:
// RFC 4180 (comma separated, CRLF line ends, fields quoted when they hold a comma, quote, CR
// or LF, quotes doubled), UTF-8 with a byte order mark so Excel reads it as UTF-8. One
// header row, then the rows as the content builder made them.
class CsvWriter {
public:
    static QByteArray render(const Document &document);
    // One field, quoted if it must be. Spreadsheet formula prefixes are neutralised too.
    static QString field(const QString &value);
};

} // namespace ahplead
