#include "report/document/PdfWriter.h"

#include "report/document/PdfMetadata.h"
#include "report/document/ReportPages.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>

namespace ahplead {

Result<QByteArray> PdfWriter::render(const Document &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(document.documentTitle);
        writer.setCreator(document.creator);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         ReportPages::defaultMarginsMm(), QPageLayout::Millimeter));
        auto pages = ReportPages::print(document, writer);
        if (!pages)
            return pages.error();
    }
    return PdfMetadata::add(buffer.data(), {document.author, document.kicker, Document::language()});
}

} // namespace ahplead
