#include "report/region/RegionReportWriter.h"

#include "core/base/SaveFile.h"
#include "report/region/RegionCsvWriter.h"
#include "report/region/RegionHtmlWriter.h"
#include "report/region/RegionPdfWriter.h"

namespace ahplead {

bool RegionReportWriter::supports(ReportFormat format)
{
    return format != ReportFormat::Odt;
}

QStringList RegionReportWriter::names()
{
    return {QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("csv")};
}

Result<QByteArray> RegionReportWriter::render(const RegionReportModel &model, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return RegionHtmlWriter::toBytes(model);
    case ReportFormat::Pdf:
        return RegionPdfWriter::render(model);
    case ReportFormat::Csv:
        return RegionCsvWriter::render(model);
    case ReportFormat::Odt:
        break;
    }
    return fail(QStringLiteral("the regional summary is written as %1, not as an editable document")
                    .arg(names().join(QStringLiteral(", "))));
}

Status RegionReportWriter::write(const RegionReportModel &model, ReportFormat format, const QString &path)
{
    auto bytes = render(model, format);
    if (!bytes)
        return Error{QStringLiteral("%1: %2").arg(path, bytes.message())};
    return SaveFile::write(path, bytes.value());
}

} // namespace ahplead
