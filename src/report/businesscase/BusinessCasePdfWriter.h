#pragma once

#include "core/base/Result.h"
#include "report/businesscase/BusinessCaseModel.h"

#include <QByteArray>

namespace ahplead {

// The business case as a PDF/A-1b file, made as the assessment report is (PdfWriter,
// ReportPages): A4, a header with the organisation and the paper's status and date from
// page 2, a footer with the title and "Page N of M", fonts embedded, and the title, author
// and creator in the Info dictionary and the XMP metadata.
class BusinessCasePdfWriter {
public:
    static Result<QByteArray> render(const BusinessCaseModel &model);
    // Writes through QSaveFile: whole or not at all.
    static Status write(const BusinessCaseModel &model, const QString &path);
};

} // namespace ahplead
