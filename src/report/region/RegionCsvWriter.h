#pragma once

#include "core/base/Result.h"
#include "report/region/RegionReportModel.h"

#include <QByteArray>
#include <QStringList>

namespace ahplead {

// The regional summary as CSV, one row per organisation (its latest submission): name, ODS
// code, ICS, type, latest revision, submitted date (ISO 8601), review status, overall score
// and level, each domain's score and the number of critical gaps. The same RFC 4180 dialect
// as CsvWriter (comma, CRLF, quotes doubled, UTF-8 with a byte order mark) and its field()
// quoting, which also defuses spreadsheet formulas.
class RegionCsvWriter {
public:
    static QStringList header(const RegionReportModel &model);
    static QByteArray render(const RegionReportModel &model);
    // Writes through QSaveFile: whole or not at all.
    static Status write(const RegionReportModel &model, const QString &path);
};

} // namespace ahplead
