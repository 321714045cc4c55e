#include "report/assessment/ReportWriter.h"

#include "core/base/SaveFile.h"
#include "report/assessment/CsvWriter.h"
#include "report/assessment/HtmlWriter.h"
#include "report/assessment/OdtWriter.h"
#include "report/assessment/PdfWriter.h"

namespace ahplead {

std::optional<ReportFormat> ReportWriter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (ReportFormat f : {ReportFormat::Html, ReportFormat::Pdf, ReportFormat::Odt, ReportFormat::Csv})
        if (n == ReportWriter::name(f))
            return f;
    return std::nullopt;
}

QString ReportWriter::name(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Odt:
        return QStringLiteral("odt");
    case ReportFormat::Csv:
        break;
    }
    return QStringLiteral("csv");
}

QString ReportWriter::extension(ReportFormat format)
{
    return name(format);
}

QString ReportWriter::description(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return QStringLiteral("Web page (HTML)");
    case ReportFormat::Pdf:
        return QStringLiteral("PDF document");
    case ReportFormat::Odt:
        return QStringLiteral("Editable document (ODT, opens in Word and LibreOffice)");
    case ReportFormat::Csv:
        break;
    }
    return QStringLiteral("Spreadsheet (CSV)");
}

QStringList ReportWriter::names()
{
    return {QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("csv")};
}

Result<QByteArray> ReportWriter::render(const ReportModel &model, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return HtmlWriter::toBytes(model);
    case ReportFormat::Pdf:
        return PdfWriter::render(model);
    case ReportFormat::Odt:
        return OdtWriter::render(model);
    case ReportFormat::Csv:
        break;
    }
    return CsvWriter::render(model);
}

Status ReportWriter::write(const ReportModel &model, ReportFormat format, const QString &path)
{
    auto bytes = render(model, format);
    if (!bytes)
        return Error{QStringLiteral("%1: %2").arg(path, bytes.message())};
    return SaveFile::write(path, bytes.value());
}

} // namespace ahplead
