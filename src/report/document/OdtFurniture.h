#pragma once

#include "core/base/Result.h"
#include "report/document/Document.h"

#include <QByteArray>

namespace ahplead {

// What Qt 6.4's ODF writer leaves out of an OpenDocument text, added to the file it wrote
// (through ZipArchive): the page (A4, the PDF's margins), a header with the document's
// header words (and DRAFT for a draft), a footer with its footer words and "Page N of M" as
// fields, in a styles.xml of its own; and a gap between a list item's number or bullet and
// its text (Qt sets none, so Word and LibreOffice print "1.Make").
class OdtFurniture {
public:
    static Result<QByteArray> add(const QByteArray &odt, const Document &document);
};

} // namespace ahplead
