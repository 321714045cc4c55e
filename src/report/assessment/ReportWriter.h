#pragma once

#include "core/base/Result.h"
#include "report/assessment/ReportModel.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ahplead {

enum class ReportFormat { Html, Pdf, Odt, Csv };

// One entry point for every report format, for the CLI's `report` command and the GUI's
// Export menu: pick the writer, write through QSaveFile.
class ReportWriter {
public:
    static std::optional<ReportFormat> formatFromName(const QString &name); // "html", "pdf", "odt", "csv"
    static QString name(ReportFormat format);
    static QString extension(ReportFormat format);   // "pdf"
    static QString description(ReportFormat format); // "PDF document", for file dialogs
    static QStringList names();

    static Result<QByteArray> render(const ReportModel &model, ReportFormat format);
    static Status write(const ReportModel &model, ReportFormat format, const QString &path);
};

} // namespace ahplead
