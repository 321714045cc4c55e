#pragma once

#include "core/base/Result.h"
#include "report/region/RegionReportModel.h"

#include <QByteArray>

class QPagedPaintDevice;

namespace ahplead {

// The regional summary as a PDF/A-1b file, made the way PdfWriter makes the assessment
// report: A4, the RegionDocument paginated by ReportPages (header with the scope and date
// from page 2, footer "Page N of M"), charts as vectors, fonts embedded, title, author and
// creator in the Info dictionary and the XMP metadata.
class RegionPdfWriter {
public:
    static Result<QByteArray> render(const RegionReportModel &model);
    // Paints the pages on any paged device (the GUI's print preview); returns how many.
    static Result<int> print(const RegionReportModel &model, QPagedPaintDevice &device);
    // Writes through QSaveFile: whole or not at all.
    static Status write(const RegionReportModel &model, const QString &path);
};

} // namespace ahplead
