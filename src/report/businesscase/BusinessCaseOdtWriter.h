#pragma once

#include "core/base/Result.h"
#include "report/businesscase/BusinessCaseModel.h"

#include <QByteArray>

namespace ahplead {

// The business case as an editable OpenDocument text file (QTextDocumentWriter, "odf") that
// Word and LibreOffice open, so its authors can finish it in their own template. Same
// content as the PDF.
class BusinessCaseOdtWriter {
public:
    static Result<QByteArray> render(const BusinessCaseModel &model);
    // Writes through QSaveFile: whole or not at all.
    static Status write(const BusinessCaseModel &model, const QString &path);
};

} // namespace ahplead
