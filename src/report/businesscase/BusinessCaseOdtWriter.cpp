#include "report/businesscase/BusinessCaseOdtWriter.h"

#include "core/base/SaveFile.h"
#include "report/businesscase/BusinessCaseDocument.h"

#include <QBuffer>
#include <QTextDocumentWriter>

namespace ahplead {

Result<QByteArray> BusinessCaseOdtWriter::render(const BusinessCaseModel &model)
{
    std::unique_ptr<QTextDocument> doc = BusinessCaseDocument::build(model, BusinessCaseDocument::Use::Editable);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get()))
        return fail(QStringLiteral("could not write the business case as an OpenDocument text file"));
    return buffer.data();
}

Status BusinessCaseOdtWriter::write(const BusinessCaseModel &model, const QString &path)
{
    auto bytes = render(model);
    if (!bytes)
        return Error{QStringLiteral("%1: %2").arg(path, bytes.message())};
    return SaveFile::write(path, bytes.value());
}

} // namespace ahplead
