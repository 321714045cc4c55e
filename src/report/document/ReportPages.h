#pragma once

#include "core/base/Result.h"
#include "report/document/Document.h"

#include <QMarginsF>

class QPagedPaintDevice;

namespace ahplead {

// Lays any Document out page by page on any paged device (QPdfWriter, or the GUI's QPrinter
// in a print preview) and paints each page itself: the body clipped from the paginated
// TextDocumentWriter document, a header (from page 2; the cover has none) and a footer with
// "Page N of M" from the document's furniture. Charts are vectors.
//
// The device's page layout (size, orientation, margins) is used as it is; PdfWriter sets
// A4 portrait with the report's margins first.
class ReportPages {
public:
    // Returns the number of pages painted.
    static Result<int> print(const Document &document, QPagedPaintDevice &device);
    // The margins PdfWriter uses, in millimetres (left, top, right, bottom).
    static QMarginsF defaultMarginsMm() { return {18, 12, 18, 12}; }
};

} // namespace ahplead
