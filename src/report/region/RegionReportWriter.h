#pragma once

#include "core/base/Result.h"
#include "report/assessment/ReportWriter.h"
#include "report/region/RegionReportModel.h"

#include <QStringList>

namespace ahplead {

// One entry point for the regional summary's formats, for the CLI's `region summary` and the
// GUI's dashboard: HTML, PDF and CSV (an editable document is not offered: the summary is
// read, not edited). Every file goes through QSaveFile.
class RegionReportWriter {
public:
    static bool supports(ReportFormat format);
    static QStringList names(); // "html", "pdf", "csv"

    static Result<QByteArray> render(const RegionReportModel &model, ReportFormat format);
    static Status write(const RegionReportModel &model, ReportFormat format, const QString &path);
};

} // namespace ahplead
