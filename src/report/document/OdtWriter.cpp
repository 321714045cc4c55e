#include "report/document/OdtWriter.h"

#include "report/document/OdtFurniture.h"
#include "report/document/TextDocumentWriter.h"

#include <QBuffer>
#include <QTextDocumentWriter>

namespace ahplead {

Result<QByteArray> OdtWriter::render(const Document &document)
{
    std::unique_ptr<QTextDocument> doc = TextDocumentWriter::build(document, TextDocumentWriter::Use::Editable);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get()))
        return fail(QStringLiteral("could not write the document as an OpenDocument text file"));
    // Qt's ODF writer has no page header, footer or page numbers: added to its file.
    return OdtFurniture::add(buffer.data(), document);
}

} // namespace ahplead
