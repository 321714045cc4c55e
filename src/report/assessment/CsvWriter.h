#pragma once

#include "core/base/Result.h"
#include "report/assessment/ReportModel.h"

#include <QByteArray>
#include <QStringList>

namespace ahplead {

// The report's answers as CSV for spreadsheets: RFC 4180 (comma separated, CRLF line ends,
// fields quoted when they hold a comma, quote, CR or LF, quotes doubled), UTF-8 with a byte
// order mark so Excel reads it as UTF-8. One header row, then one row per question with its
// domain, answer, evidence note, review flag and the status of the recommendations it
// evidences, plus identifying columns so rows from many organisations can be pooled.
class CsvWriter {
public:
    static QStringList header();
    static QByteArray render(const ReportModel &model);
    // Writes through QSaveFile: whole or not at all.
    static Status write(const ReportModel &model, const QString &path);
    // One field, quoted if it must be. Spreadsheet formula prefixes are neutralised too.
    static QString field(const QString &value);
};

} // namespace ahplead
