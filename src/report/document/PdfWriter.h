#pragma once

#include "core/base/Result.h"
#include "report/document/Document.h"

#include <QByteArray>

namespace ahplead {

// Any Document as a PDF/A-1b file: A4, laid out by TextDocumentWriter and paginated by
// ReportPages (a header from page 2, a footer with "Page N of M"), charts as vectors from the
// shared painters, fonts embedded, and the document's title, author and creator in both the
// Info dictionary and the XMP metadata.
class PdfWriter {
public:
    static Result<QByteArray> render(const Document &document);
};

} // namespace ahplead
