#pragma once

#include "report/charts/ChartStyle.h"

#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace ahplead {

// How many organisations meet each recommendation, as horizontal stacked bars painted onto
// any QPainter (a PDF page, an SVG for the HTML summary, a widget):
//
//                        ■ Met in full  ▨ Met in part  □ Not met or not assessed
//   Appoint a substantive chief AHP   [██████████▓▓▓▓░░░░░░░░░]  12 of 30 (40%)
//
// The label (with "Critical" before critical ones) on the left, the bar in the middle and
// the count in words on the right, so nothing relies on colour; the part-met segment is
// also hatched, so it reads in grey print.
class ShareChart {
public:
    struct Bar {
        QString label;
        bool critical = false;
        int met = 0;
        int partiallyMet = 0;
        int organisations = 0;
    };
    using Style = ChartStyle;

    // Paints BARS inside RECT: a legend row, then one row each. Leaves the painter as it found it.
    static void paint(QPainter &painter, const QRectF &rect, const std::vector<Bar> &bars,
                      const Style &style = Style());
    // The height that gives COUNT rows (and the legend) a comfortable size at WIDTH.
    static qreal preferredHeight(int count, qreal width);
    // "12 of 30 (40%)"
    static QString shareText(int met, int organisations);
    // "Bar chart ...: Appoint a substantive chief AHP, critical: 12 of 30 (40%) met in full, 5 in part; ..."
    static QString description(const std::vector<Bar> &bars);
};

} // namespace ahplead
