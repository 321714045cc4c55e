#pragma once

#include "report/charts/RadarChart.h"
#include "report/charts/ScoreBars.h"

#include <QSize>
#include <QString>

#include <functional>

namespace ahplead {

// The report charts as inline SVG for HTML: painted by RadarChart / ScoreBars through
// QSvgGenerator (the same code as the widget and the PDF), then trimmed to an element that
// sits inside an HTML5 document: no XML prolog, no namespace URLs, no fixed width or
// height (the viewBox scales it), and a <title> from Html::escape for screen readers.
class ChartSvg {
public:
    static QString radar(const std::vector<RadarChart::Axis> &axes, const QString &title, const QString &id);
    static QString bars(const std::vector<ScoreBars::Bar> &bars, const QString &title, const QString &id);

    using Painter = std::function<void(QPainter &, const QRectF &)>;
    // Paints with PAINT on a SIZE canvas and returns the trimmed <svg> element; ID names it
    // in the page and TITLE is its text alternative.
    static QString render(const QSize &size, const QString &title, const QString &id, const Painter &paint);

private:
    static QString trim(const QByteArray &svg, const QString &title, const QString &id);
};

} // namespace ahplead
