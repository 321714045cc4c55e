#pragma once

#include "core/base/Result.h"
#include "report/region/RegionReportModel.h"

#include <QByteArray>
#include <QString>

namespace ahplead {

// The regional summary as one self-contained HTML5 file, in the assessment report's style
// (HtmlWriter::styleSheet()) plus the heatmap's tints: the heatmap and every other figure as
// real tables with th scope, the charts as inline SVG from the shared painters with text
// alternatives, lang="en-GB", no external request or http(s) URL, well-formed XML. Every
// string goes through Html::escape.
class RegionHtmlWriter {
public:
    static QString render(const RegionReportModel &model);
    static QByteArray toBytes(const RegionReportModel &model); // UTF-8
    // Writes through QSaveFile: whole or not at all.
    static Status write(const RegionReportModel &model, const QString &path);
};

} // namespace ahplead
