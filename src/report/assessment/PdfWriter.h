#pragma once

#include "core/base/Result.h"
#include "report/assessment/ReportModel.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace ahplead {

// The report as a PDF/A-1b file: A4, QTextDocument laid out and paginated by ReportPages
// (header with organisation and date, footer "Page N of M"), charts as vectors from the
// shared painters, fonts embedded, and the document's title, author and creator in both
// the Info dictionary and the XMP metadata.
class PdfWriter {
public:
    static Result<QByteArray> render(const ReportModel &model);

    struct Metadata {
        QString title;
        QString author;
        QString creator;
    };
    // Any document as a PDF/A-1b A4 file with the report's margins and METADATA; PAINT
    // paints its pages (ReportPages::print) and returns how many.
    static Result<QByteArray> render(const Metadata &metadata,
                                     const std::function<Result<int>(QPagedPaintDevice &)> &paint);
    // Writes through QSaveFile: whole or not at all.
    static Status write(const ReportModel &model, const QString &path);
};

} // namespace ahplead
