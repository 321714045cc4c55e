#pragma once

#include "core/base/Result.h"
#include "report/assessment/ReportModel.h"

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

namespace ahplead {

// Lays the report out page by page on any paged device (QPdfWriter, or the GUI's QPrinter
// in a print preview) and paints each page itself: the body clipped from the paginated
// ReportDocument, a header with the organisation and the assessment date (from page 2; the
// cover has none) and a footer with the title and "Page N of M". Charts are vectors.
//
// The device's page layout (size, orientation, margins) is used as it is; PdfWriter sets
// A4 portrait with the report's margins first.
class ReportPages {
public:
    // Returns the number of pages painted.
    static Result<int> print(const ReportModel &model, QPagedPaintDevice &device);

    // What is painted around the body of every page: the header (from page 2) has
    // HEADERLEFT and HEADERRIGHT; the footer FOOTER and "Page N of M".
    struct Furniture {
        QString headerLeft;
        QString headerRight;
        QString footer;
    };
    // Builds the document to paginate, laid out for DEVICE with pages BODYSIZE big.
    using DocumentFactory = std::function<std::unique_ptr<QTextDocument>(QPaintDevice *device, QSizeF bodySize)>;
    // Any document paginated and painted the same way (the business case and the regional
    // summary use this).
    static Result<int> print(const Furniture &furniture, const DocumentFactory &build, QPagedPaintDevice &device);
    // The margins PdfWriter uses, in millimetres (left, top, right, bottom).
    static QMarginsF defaultMarginsMm() { return {18, 12, 18, 12}; }
};

} // namespace ahplead
