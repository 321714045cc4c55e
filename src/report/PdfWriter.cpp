#include "PdfWriter.h"

#include "PdfAuthor.h"
#include "ReportPages.h"
#include "SaveFile.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>

namespace ahplead {

Result<QByteArray> PdfWriter::render(const ReportModel &model)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(model.documentTitle);
        writer.setCreator(model.creator);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         ReportPages::defaultMarginsMm(), QPageLayout::Millimeter));
        auto pages = ReportPages::print(model, writer);
        if (!pages)
            return pages.error();
    }
    return PdfAuthor::add(buffer.data(), model.author);
}

Status PdfWriter::write(const ReportModel &model, const QString &path)
{
    auto bytes = render(model);
    if (!bytes)
        return Error{QStringLiteral("%1: %2").arg(path, bytes.message())};
    return SaveFile::write(path, bytes.value());
}

} // namespace ahplead
