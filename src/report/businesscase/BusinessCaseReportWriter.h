#pragma once

#include "core/base/Result.h"
#include "report/assessment/ReportWriter.h"
#include "report/businesscase/BusinessCaseModel.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace ahplead {

// One entry point for every business case format, for the CLI's `business-case` command and
// the GUI: HTML, PDF or ODT (a business case has no CSV form), written through QSaveFile.
class BusinessCaseReportWriter {
public:
    static std::optional<ReportFormat> formatFromName(const QString &name); // "html", "pdf", "odt"
    static QStringList names();

    static Result<QByteArray> render(const BusinessCaseModel &model, ReportFormat format);
    static Status write(const BusinessCaseModel &model, ReportFormat format, const QString &path);
};

} // namespace ahplead
