#pragma once

#include <QColor>
#include <QString>

namespace ahplead {

// The tints of the regional heatmap, one per maturity level, shared by the PDF, the HTML
// (as CSS classes) and the GUI's dashboard. Orange for the lowest levels through grey to blue
// for the highest, alternating dark and light so that neighbouring levels differ in contrast
// by at least 3:1 (WCAG relative luminance; tests/report/charts/HeatmapStyleTest.cpp checks)
// and are told apart at a glance, in colour or in grey. Text on each tint has at least 4.5:1
// contrast: white on the dark ones, the body text colour on the light ones (text()). "Not
// scored" is a pale grey, hatched where the medium allows (hatched()), and always labelled.
// The tint only repeats what the cell says: every cell carries its score and level in words.
class HeatmapStyle {
public:
    // The tint for LEVEL (0-4); the pale grey of "not scored" for -1.
    static QColor fill(int level);
    // The colour of text on fill(LEVEL).
    static QColor text(int level);
    // Whether fill(LEVEL) is one of the dark tints (text() is white on it).
    static bool dark(int level);
    // Whether cells of LEVEL are drawn hatched where the medium allows: "not scored".
    static bool hatched(int level) { return level < 0 || level > 4; }
    // The colour of the hatching.
    static QColor hatch() { return {0xae, 0xb7, 0xbd}; }
    // "lvl0" … "lvl4", or "lvl-none".
    static QString cssClass(int level);
    // CSS rules for the classes above.
    static QString css();
};

} // namespace ahplead
