#pragma once

#include "report/assessment/ReportModel.h"

#include <QTextDocument>
#include <QTextFormat>

#include <memory>

class QPaintDevice;

namespace ahplead {

// The report as a QTextDocument, built from a ReportModel with QTextCursor (text goes in as
// text, never parsed as markup). PdfWriter / ReportPages paginate it with a page header and
// footer; OdtWriter saves it as an editable document; the GUI can show it in a print preview.
//
// Charts are inline objects (ChartObject) drawn by the shared painters, so on a PDF page
// they are vectors. ODF cannot carry such objects, so for the ODT the charts are PNG images.
class ReportDocument {
public:
    enum class Charts { Vector, Image };

    // The document for MODEL. With a LAYOUTDEVICE (a QPdfWriter or QPrinter) the document
    // is laid out for it, so type comes out at its true size on that device. PAGESIZE is the
    // printable body of a page in that device's units (no pagination when empty).
    static std::unique_ptr<QTextDocument> build(const ReportModel &model, Charts charts,
                                                QPaintDevice *layoutDevice = nullptr, QSizeF pageSize = {});

    // Marks blocks that must not be left alone at the foot of a page (headings, questions).
    static constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 40;
    // Moves to the top of the next page every kept block whose follower starts on a later
    // page (with the kept blocks above it) and every short paragraph that would be split
    // over two pages. Needs a paginated document; returns how many blocks moved.
    static int keepWithNext(QTextDocument &document);
};

} // namespace ahplead
