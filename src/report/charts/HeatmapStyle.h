#pragma once

#include <QColor>
#include <QString>

namespace ahplead {

// The tints of the regional heatmap, one per maturity level, shared by the PDF, the HTML
// (as CSS classes) and the GUI's dashboard. A diverging orange-to-blue scale, which people
// with the common colour-vision deficiencies can still tell apart, and light enough that
// dark text on every tint keeps more than 7:1 contrast. The tint only repeats what the cell
// says: every cell carries its score and level in words.
class HeatmapStyle {
public:
    // The tint for LEVEL (0-4); white for -1 (not scored).
    static QColor fill(int level);
    // "lvl0" … "lvl4", or "lvl-none".
    static QString cssClass(int level);
    // CSS rules for the classes above.
    static QString css();
};

} // namespace ahplead
