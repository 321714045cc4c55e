#pragma once

#include "report/document/ReportPages.h"
#include "report/region/RegionReportModel.h"

#include <QTextDocument>

#include <memory>

class QPaintDevice;

namespace ahplead {

// The regional summary as a QTextDocument, built with the reports' DocumentBuilder (same
// type, tables and headings as the assessment report), for RegionPdfWriter and the GUI's
// print preview. The heatmap is a table, so its header row repeats on every page it spans;
// the charts are inline objects (RegionChartObject), vectors on a PDF page.
class RegionDocument {
public:
    // The document for MODEL, laid out for LAYOUTDEVICE with pages PAGESIZE big (see
    // ReportDocument::build). Paginated, it keeps headings with what follows and never splits
    // a table row over a page break (Qt would: it moves a row whole only when not even its
    // first line fits): a row that would straddle a break starts a new table, with the header
    // row, on the next page.
    static std::unique_ptr<QTextDocument> build(const RegionReportModel &model, QPaintDevice *layoutDevice = nullptr,
                                                QSizeF pageSize = {});
    // What ReportPages paints around each page: the scope and date above, the title below.
    static ReportPages::Furniture furniture(const RegionReportModel &model);
};

} // namespace ahplead
