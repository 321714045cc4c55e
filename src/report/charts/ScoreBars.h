#pragma once

#include "report/charts/ChartStyle.h"

#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace ahplead {

struct ScoreCard;

// Horizontal per-domain score bars, painted onto any QPainter (widget, PDF page, SVG), the
// companion of RadarChart:
//
//   Leadership structure      [██████████░░░░░░|░░░░]  62  Established
//
// One row per bar: the label on the left (wrapped when long), a 0-100 track with faint
// ticks at the level thresholds 20/40/60/80, and the score with its maturity level in words
// on the right, so nothing relies on colour. An optional previous value is a dark
// vertical marker across the track. A domain with no score has a hatched track and says
// "Not scored", so it cannot be read as a bar of 0.
class ScoreBars {
public:
    struct Bar {
        QString label;
        std::optional<double> value;    // 0-100; empty when not scored
        std::optional<double> previous; // 0-100; an earlier score, if any
        bool provisional = false;       // fewer than half its questions answered: no level named
    };
    using Style = ChartStyle;

    static std::vector<Bar> barsFrom(const ScoreCard &card);

    // Paints BARS inside RECT, one row of equal height each. Font size follows the row
    // height unless style.scaleFont is false. Leaves the painter's state as it found it.
    static void paint(QPainter &painter, const QRectF &rect, const std::vector<Bar> &bars,
                      const Style &style = Style());
    // The height that gives each of COUNT rows a comfortable size at WIDTH
    // (the proportions paint() is designed for: width / height ≈ 14 / (count + 1)).
    static qreal preferredHeight(int count, qreal width);
    // The words on the right of BAR: "62  Established", "62  provisional" or "Not scored".
    static QString valueText(const Bar &bar);
};

} // namespace ahplead
