#pragma once

#include "report/charts/ChartStyle.h"

#include <QRectF>

#include <optional>
#include <vector>

class QPainter;

namespace ahplead {

// One organisation's overall score across its submissions, as a sparkline painted onto any
// QPainter (a PDF table cell, an SVG in the HTML summary, a widget): a 0-100 box with faint
// lines at the maturity thresholds 20/40/60/80, the scores oldest to newest joined by a line,
// a dot for each submission and a larger one for the latest. It decorates the figures the
// table beside it gives in words; it never stands alone.
class TrendSparkline {
public:
    using Style = ChartStyle;
    // Paints VALUES (oldest first; an empty value is a submission without a score, a gap in
    // the line) inside RECT. Leaves the painter as it found it.
    static void paint(QPainter &painter, const QRectF &rect, const std::vector<std::optional<double>> &values,
                      const Style &style = Style());
    // Width / height that suits the drawing.
    static constexpr qreal Aspect = 2.4;
};

} // namespace ahplead
