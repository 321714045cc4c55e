#pragma once

#include "core/base/Result.h"
#include "report/document/Document.h"

#include <QByteArray>

namespace ahplead {

// Any Document as an editable OpenDocument text file (opens in Word and LibreOffice): laid
// out by TextDocumentWriter for editing (charts as images, Arial), written by Qt's ODF writer,
// with the page header and footer OdtFurniture adds.
class OdtWriter {
public:
    static Result<QByteArray> render(const Document &document);
};

} // namespace ahplead
