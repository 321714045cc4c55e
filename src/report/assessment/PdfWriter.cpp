#include "report/assessment/PdfWriter.h"

#include "core/base/SaveFile.h"
#include "report/document/PdfAuthor.h"
#include "report/document/ReportPages.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>

namespace ahplead {

Result<QByteArray> PdfWriter::render(const ReportModel &model)
{
    return render({model.documentTitle, model.author, model.creator},
                  [&model](QPagedPaintDevice &device) { return ReportPages::print(model, device); });
}

Result<QByteArray> PdfWriter::render(const Metadata &metadata,
                                     const std::function<Result<int>(QPagedPaintDevice &)> &paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(metadata.title);
        writer.setCreator(metadata.creator);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         ReportPages::defaultMarginsMm(), QPageLayout::Millimeter));
        auto pages = paint(writer);
        if (!pages)
            return pages.error();
    }
    return PdfAuthor::add(buffer.data(), metadata.author);
}

Status PdfWriter::write(const ReportModel &model, const QString &path)
{
    auto bytes = render(model);
    if (!bytes)
        return Error{QStringLiteral("%1: %2").arg(path, bytes.message())};
    return SaveFile::write(path, bytes.value());
}

} // namespace ahplead
