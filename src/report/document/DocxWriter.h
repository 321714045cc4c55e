#pragma once

#include "core/base/Result.h"
#include "report/document/Document.h"

#include <QByteArray>

namespace ahplead {

// Any Document as a Word document (.docx, WordprocessingML), written here rather than through
// Qt, which has no Word writer: real styles (Title, Heading 1-3, a table style, numbered and
// bulleted lists), a header and a footer with "Page N of M" fields, charts as PNG images
// drawn by the shared chart painters, table header rows that repeat on every page and rows
// that do not split where the Document asks for whole rows, and the document's properties
// (title, author, subject, language en-GB). DocxParts writes the package's other parts;
// ZipArchive zips them. Every user string is escaped with Html::escape.
class DocxWriter {
public:
    static Result<QByteArray> render(const Document &document);
};

} // namespace ahplead
