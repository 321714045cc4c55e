#pragma once

#include "core/base/Result.h"
#include "report/assessment/ReportModel.h"

#include <QByteArray>
#include <QString>

namespace ahplead {

// The report as one self-contained HTML5 file: inline CSS (screen and print), charts as
// inline SVG drawn by the shared painters, lang="en-GB", semantic headings and table
// headers, text alternatives for the charts, and no external request or http(s) URL of any
// kind. The markup is also well-formed XML, so tests parse it strictly. Every string goes
// through Html::escape.
class HtmlWriter {
public:
    static QString render(const ReportModel &model);
    static QByteArray toBytes(const ReportModel &model); // UTF-8
    // Writes through QSaveFile: whole or not at all.
    static Status write(const ReportModel &model, const QString &path);
    // The reports' stylesheet (screen and print), shared by every HTML document the program
    // writes so they look alike.
    static QString styleSheet();
};

} // namespace ahplead
