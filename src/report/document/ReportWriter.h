#pragma once

#include "core/base/Result.h"
#include "report/document/Document.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ahplead {

enum class ReportFormat { Html, Pdf, Odt, Docx, Csv };

// One entry point for every format of every report, for the CLI and the GUI: picks the
// writer for the format (HtmlWriter, PdfWriter, OdtWriter, DocxWriter, CsvWriter), writes through
// QSaveFile, whole or not at all.
class ReportWriter {
public:
    // The format NAME ("html", "pdf", "odt", "docx", "csv") names, when it is one of FORMATS.
    static std::optional<ReportFormat> formatFromName(const QString &name,
                                                      const std::vector<ReportFormat> &formats = all());
    static QString name(ReportFormat format);
    static QString extension(ReportFormat format);   // "pdf"
    static QString description(ReportFormat format); // "PDF document", for file dialogs
    // The names of FORMATS, for messages ("html, pdf, csv").
    static QStringList names(const std::vector<ReportFormat> &formats = all());
    static std::vector<ReportFormat> all();

    // Whether DOCUMENT has a FORMAT form: a spreadsheet needs its data table, an editable
    // document its leave to be edited (Document::editable).
    static bool supports(const Document &document, ReportFormat format);
    static Result<QByteArray> render(const Document &document, ReportFormat format);
    static Status write(const Document &document, ReportFormat format, const QString &path);
};

} // namespace ahplead
