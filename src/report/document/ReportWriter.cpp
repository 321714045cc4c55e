#include "report/document/ReportWriter.h"

#include "core/base/SaveFile.h"
#include "report/document/CsvWriter.h"
#include "report/document/DocxWriter.h"
#include "report/document/HtmlWriter.h"
#include "report/document/OdtWriter.h"
#include "report/document/PdfWriter.h"

namespace ahplead {

std::vector<ReportFormat> ReportWriter::all()
{
    return {ReportFormat::Html, ReportFormat::Pdf, ReportFormat::Odt, ReportFormat::Docx, ReportFormat::Csv};
}

std::optional<ReportFormat> ReportWriter::formatFromName(const QString &name, const std::vector<ReportFormat> &formats)
{
    const QString n = name.trimmed().toLower();
    for (ReportFormat f : formats)
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
    case ReportFormat::Docx:
        return QStringLiteral("docx");
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
    case ReportFormat::Docx:
        return QStringLiteral("Word document (DOCX)");
    case ReportFormat::Csv:
        break;
    }
    return QStringLiteral("Spreadsheet (CSV)");
}

QStringList ReportWriter::names(const std::vector<ReportFormat> &formats)
{
    QStringList list;
    for (ReportFormat f : formats)
        list << name(f);
    return list;
}

bool ReportWriter::supports(const Document &document, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Odt:
        return document.editable;
    case ReportFormat::Csv:
        return !document.dataHeaders.isEmpty();
    case ReportFormat::Html:
    case ReportFormat::Pdf:
    case ReportFormat::Docx:
        break;
    }
    return true;
}

Result<QByteArray> ReportWriter::render(const Document &document, ReportFormat format)
{
    if (!supports(document, format)) {
        std::vector<ReportFormat> offered;
        for (ReportFormat f : all())
            if (supports(document, f))
                offered.push_back(f);
        return fail(QStringLiteral("choose another format: this document is written as %1, not as %2")
                        .arg(names(offered).join(QStringLiteral(", ")), name(format).toUpper()));
    }
    switch (format) {
    case ReportFormat::Html:
        return HtmlWriter::toBytes(document);
    case ReportFormat::Pdf:
        return PdfWriter::render(document);
    case ReportFormat::Odt:
        return OdtWriter::render(document);
    case ReportFormat::Docx:
        return DocxWriter::render(document);
    case ReportFormat::Csv:
        break;
    }
    return CsvWriter::render(document);
}

Status ReportWriter::write(const Document &document, ReportFormat format, const QString &path)
{
    auto bytes = render(document, format);
    if (!bytes)
        return Error{QStringLiteral("%1: %2").arg(path, bytes.message())};
    return SaveFile::write(path, bytes.value());
}

} // namespace ahplead
