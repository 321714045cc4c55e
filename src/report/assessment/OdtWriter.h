#pragma once

#include "core/base/Result.h"
#include "report/assessment/ReportModel.h"

#include <QByteArray>

namespace ahplead {

// The report as an editable OpenDocument text file (QTextDocumentWriter, "odf"), which
// LibreOffice and Word open. Same content as the PDF; the charts are images, since ODF
// cannot carry painted objects.
class OdtWriter {
public:
    static Result<QByteArray> render(const ReportModel &model);
    // Writes through QSaveFile: whole or not at all.
    static Status write(const ReportModel &model, const QString &path);
};

} // namespace ahplead
