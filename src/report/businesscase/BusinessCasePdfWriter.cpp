#include "report/businesscase/BusinessCasePdfWriter.h"

#include "core/base/SaveFile.h"
#include "report/assessment/PdfWriter.h"
#include "report/businesscase/BusinessCaseDocument.h"
#include "report/document/ReportPages.h"

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
