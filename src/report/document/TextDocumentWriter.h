#pragma once

#include "report/document/Document.h"

#include <QSizeF>
#include <QTextDocument>

#include <memory>

class QPaintDevice;

namespace ahplead {

// Any Document as a QTextDocument, built with QTextCursor (text goes in as text, never parsed
// as markup): ReportPages paginates it for the PDF and the print preview, OdtWriter saves it
// as an editable document.
//
// For print, charts are inline objects (ChartObject) drawn by the shared painters, so on a PDF
// page they are vectors; the editable document gets them as images and sets its words in
// Arial, which Word has.
class TextDocumentWriter {
public:
    enum class Use { Print, Editable };

    // With a LAYOUTDEVICE (a QPdfWriter or QPrinter) the document is laid out for it, so type
    // comes out at its true size on that device. PAGESIZE is the printable body of a page in
    // that device's units; with one, the document is paginated by the rules of Pagination
    // (tables with whole rows are built again until no row straddles a page).
    static std::unique_ptr<QTextDocument> build(const Document &document, Use use, QPaintDevice *layoutDevice = nullptr,
                                                QSizeF pageSize = {});
};

} // namespace ahplead
