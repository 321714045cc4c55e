#pragma once

#include "report/charts/ChartStyle.h"

#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace ahplead {

struct ScoreCard;

// The domain-score radar chart, painted onto ANY QPainter: the GUI's results widget, a PDF
// page (vectors) and a QSvgGenerator for the HTML report all call the same paint(), so the
// chart is written once.
//
//   RadarChart::paint(painter, QRectF(0, 0, 400, 400), RadarChart::axesFrom(card));
//
// One spoke per axis, clockwise from the top; rings at 20, 40, 60, 80 and 100 (the
// maturity-level thresholds, labelled on the first spoke). Each axis label carries its
// score in words and figures ("62 (Established)" or "Not scored"), so nothing relies on
// colour. A domain with no score is a gap: its spoke is dashed and the outline and area
// stop either side of it. Optional previous values (an earlier assessment) are drawn as a dashed outline
// with hollow markers, and a legend names both series.
class RadarChart {
public:
    struct Axis {
        QString label;                  // the domain title
        std::optional<double> value;    // 0-100; empty when the domain has no score
        std::optional<double> previous; // 0-100; an earlier score to compare, if any
        bool provisional = false;       // fewer than half its questions answered: a score so far, no level
    };
    using Style = ChartStyle;

    // One axis per domain of CARD, in framework order, without previous values.
    static std::vector<Axis> axesFrom(const ScoreCard &card);
    // Adds PREVIOUS's domain scores (matched by domain id) to AXES made from CURRENT.
    static void addPrevious(std::vector<Axis> &axes, const ScoreCard &current, const ScoreCard &previous);

    // Paints the chart (labels included) inside RECT, in RECT's coordinates. Leaves the
    // painter's state as it found it. With no axes it paints nothing.
    static void paint(QPainter &painter, const QRectF &rect, const std::vector<Axis> &axes,
                      const Style &style = Style());

    // A text alternative for the chart (HTML alt text, accessible descriptions):
    // "Radar chart of domain scores out of 100: Leadership structure 62 (Established); ...".
    static QString description(const std::vector<Axis> &axes);
    // "62 (Established)", "62 (provisional)", or "Not scored".
    static QString valueText(const std::optional<double> &value, bool provisional = false);

    // The runs of neighbouring spokes that have a value (PREVIOUS: the earlier series), in
    // drawing order. The outline is drawn along each run only, so a domain with no score is a
    // gap in the outline, never a point at 0. With every spoke scored: one run of all of them.
    static std::vector<std::vector<int>> scoredRuns(const std::vector<Axis> &axes, bool previous = false);
};

} // namespace ahplead
