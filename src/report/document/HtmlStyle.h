#pragma once

#include <QString>

namespace ahplead {

// The one stylesheet of every HTML report (HtmlWriter), so they look alike and alike to the
// PDF: the palette of ReportStyle, tables whose header rows repeat when printed, tints that
// only repeat the words.
class HtmlStyle {
public:
    static QString sheet();
};

} // namespace ahplead
