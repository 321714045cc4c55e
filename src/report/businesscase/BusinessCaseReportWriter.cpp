#include "report/businesscase/BusinessCaseReportWriter.h"

#include "core/base/SaveFile.h"
#include "report/businesscase/BusinessCaseHtmlWriter.h"
#include "report/businesscase/BusinessCaseOdtWriter.h"
#include "report/businesscase/BusinessCasePdfWriter.h"

namespace ahplead {

std::optional<ReportFormat> BusinessCaseReportWriter::formatFromName(const QString &name)
{
    const std::optional<ReportFormat> format = ReportWriter::formatFromName(name);
    if (format == ReportFormat::Csv)
        return std::nullopt;
    return format;
}

QStringList BusinessCaseReportWriter::names()
{
    return {QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("odt")};
}

Result<QByteArray> BusinessCaseReportWriter::render(const BusinessCaseModel &model, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return BusinessCaseHtmlWriter::toBytes(model);
    case ReportFormat::Pdf:
        return BusinessCasePdfWriter::render(model);
    case ReportFormat::Odt:
        return BusinessCaseOdtWriter::render(model);
    case ReportFormat::Csv:
        break;
    }
    return fail(QStringLiteral("a business case is written as %1, not as CSV").arg(names().join(QStringLiteral(", "))));
}

Status BusinessCaseReportWriter::write(const BusinessCaseModel &model, ReportFormat format, const QString &path)
{
    auto bytes = render(model, format);
    if (!bytes)
        return Error{QStringLiteral("%1: %2").arg(path, bytes.message())};
    return SaveFile::write(path, bytes.value());
}

} // namespace ahplead
