#include "report/assessment/OdtWriter.h"

#include "core/base/SaveFile.h"
#include "report/assessment/ReportDocument.h"

#include <QBuffer>
#include <QTextDocumentWriter>

namespace ahplead {

Result<QByteArray> OdtWriter::render(const ReportModel &model)
{
    std::unique_ptr<QTextDocument> doc = ReportDocument::build(model, ReportDocument::Charts::Image);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get()))
        return fail(QStringLiteral("could not write the report as an OpenDocument text file"));
    return buffer.data();
}

Status OdtWriter::write(const ReportModel &model, const QString &path)
{
    auto bytes = render(model);
    if (!bytes)
        return Error{QStringLiteral("%1: %2").arg(path, bytes.message())};
    return SaveFile::write(path, bytes.value());
}

} // namespace ahplead
