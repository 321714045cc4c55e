#include "report/region/RegionPdfWriter.h"

#include "core/base/SaveFile.h"
#include "report/assessment/PdfWriter.h"
#include "report/document/ReportPages.h"
#include "report/region/RegionDocument.h"

namespace ahplead {

Result<int> RegionPdfWriter::print(const RegionReportModel &model, QPagedPaintDevice &device)
{
    return ReportPages::print(
        RegionDocument::furniture(model),
        [&model](QPaintDevice *layoutDevice, QSizeF bodySize) {
            return RegionDocument::build(model, layoutDevice, bodySize);
        },
        device);
}

Result<QByteArray> RegionPdfWriter::render(const RegionReportModel &model)
{
    return PdfWriter::render({model.documentTitle, model.author, model.creator},
                             [&model](QPagedPaintDevice &device) { return print(model, device); });
}

Status RegionPdfWriter::write(const RegionReportModel &model, const QString &path)
{
    auto bytes = render(model);
    if (!bytes)
        return Error{QStringLiteral("%1: %2").arg(path, bytes.message())};
    return SaveFile::write(path, bytes.value());
}

} // namespace ahplead
