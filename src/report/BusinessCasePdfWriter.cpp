#include "BusinessCasePdfWriter.h"

#include "BusinessCaseDocument.h"
#include "PdfWriter.h"
#include "ReportPages.h"
#include "SaveFile.h"

namespace ahplead {

Result<QByteArray> BusinessCasePdfWriter::render(const BusinessCaseModel &model)
{
    const ReportPages::Furniture furniture{model.organisation, model.headerRight, model.title};
    const auto build = [&model](QPaintDevice *device, QSizeF bodySize) {
        return BusinessCaseDocument::build(model, BusinessCaseDocument::Use::Print, device, bodySize);
    };
    return PdfWriter::render({model.documentTitle, model.author, model.creator},
                             [&](QPagedPaintDevice &device) { return ReportPages::print(furniture, build, device); });
}

Status BusinessCasePdfWriter::write(const BusinessCaseModel &model, const QString &path)
{
    auto bytes = render(model);
    if (!bytes)
        return Error{QStringLiteral("%1: %2").arg(path, bytes.message())};
    return SaveFile::write(path, bytes.value());
}

} // namespace ahplead
