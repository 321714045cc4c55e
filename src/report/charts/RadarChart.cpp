#include "report/charts/RadarChart.h"

#include "core/assessment/Maturity.h"
#include "core/assessment/ScoreCard.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ahplead {

namespace {

constexpr qreal FontDivisor = 34.0; // label pixel size = short side of the chart / this

struct Label {
    QString title;
    QString value;
    QRectF box;
    int flags = 0;
};

// The regular face for domain titles and the bold face for their scores.
struct LabelFonts {
    QFont regular;
    QFont bold;
    QFontMetricsF regularMetrics;
    QFontMetricsF boldMetrics;
};

// Unit vector of spoke I of N, clockwise from twelve o'clock (y grows downwards).
QPointF direction(int i, int n)
{
    const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * i / n;
    return {std::cos(angle), std::sin(angle)};
}

QPointF pointAt(const QPointF &centre, qreal radius, int i, int n, double value)
{
    return centre + direction(i, n) * (radius * std::clamp(value, 0.0, 100.0) / 100.0);
}

// Where the label of spoke I goes when the rings have RADIUS: just beyond the outer ring,
// aligned away from the centre so it never covers the plot.
Label placeLabel(const RadarChart::Axis &axis, const QPointF &centre, qreal radius, int i, int n,
                 const LabelFonts &fonts, qreal maxWidth)
{
    const QPointF d = direction(i, n);
    const QFontMetricsF &fm = fonts.regularMetrics;
    const qreal gap = fm.height() * 0.5;
    const QPointF anchor = centre + d * (radius + gap);
    Label label{axis.label, RadarChart::valueText(axis.value, axis.provisional), {}, Qt::TextWordWrap};
    const QRectF measured = fm.boundingRect(QRectF(0, 0, maxWidth, 1e6), Qt::TextWordWrap | Qt::AlignLeft, label.title);
    const qreal w = std::ceil(std::max(measured.width(), fonts.boldMetrics.horizontalAdvance(label.value))) + 1;
    const qreal h = measured.height() + fonts.boldMetrics.height();
    qreal x = 0;
    qreal y = 0;
    if (d.x() > 0.25) {
        x = anchor.x();
        label.flags |= Qt::AlignLeft;
    } else if (d.x() < -0.25) {
        x = anchor.x() - w;
        label.flags |= Qt::AlignRight;
    } else {
        x = anchor.x() - w / 2;
        label.flags |= Qt::AlignHCenter;
    }
    if (d.y() > 0.25)
        y = anchor.y();
    else if (d.y() < -0.25)
        y = anchor.y() - h;
    else
        y = anchor.y() - h / 2;
    label.flags |= Qt::AlignTop;
    label.box = QRectF(x, y, w, h);
    return label;
}

std::vector<Label> placeLabels(const std::vector<RadarChart::Axis> &axes, const QPointF &centre, qreal radius,
                               const LabelFonts &fonts, qreal maxWidth)
{
    std::vector<Label> labels;
    const int n = static_cast<int>(axes.size());
    for (int i = 0; i < n; ++i)
        labels.push_back(placeLabel(axes[i], centre, radius, i, n, fonts, maxWidth));
    return labels;
}

bool allInside(const std::vector<Label> &labels, const QRectF &area)
{
    return std::all_of(labels.begin(), labels.end(), [&](const Label &l) { return area.contains(l.box); });
}

QPolygonF polygonOf(const std::vector<RadarChart::Axis> &axes, const QPointF &centre, qreal radius, bool previous)
{
    QPolygonF polygon;
    const int n = static_cast<int>(axes.size());
    for (int i = 0; i < n; ++i) {
        const std::optional<double> &v = previous ? axes[i].previous : axes[i].value;
        // Unscored points are never drawn (see scoredRuns); 0 only keeps the indices aligned.
        polygon << pointAt(centre, radius, i, n, v.value_or(0.0));
    }
    return polygon;
}

bool allScored(const std::vector<RadarChart::Axis> &axes, bool previous)
{
    return std::all_of(axes.begin(), axes.end(),
                       [&](const RadarChart::Axis &a) { return (previous ? a.previous : a.value).has_value(); });
}

// The area under the current scores when some domain has none: the wedges between
// neighbouring scored spokes, so nothing is filled towards a missing domain.
QPainterPath partialAreaOf(const std::vector<RadarChart::Axis> &axes, const QPointF &centre, qreal radius)
{
    const QPolygonF polygon = polygonOf(axes, centre, radius, false);
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (const std::vector<int> &run : RadarChart::scoredRuns(axes, false))
        for (std::size_t k = 1; k < run.size(); ++k) {
            path.addPolygon(QPolygonF{centre, polygon[run[k - 1]], polygon[run[k]]});
            path.closeSubpath();
        }
    return path;
}

void paintGrid(QPainter &p, const QPointF &centre, qreal radius, int n, const RadarChart::Style &style, qreal unit)
{
    QPen gridPen(style.grid, unit * 0.08);
    p.setPen(gridPen);
    p.setBrush(Qt::NoBrush);
    for (int ring = 1; ring <= Maturity::MaxLevel + 1; ++ring) {
        QPolygonF polygon;
        for (int i = 0; i < n; ++i)
            polygon << pointAt(centre, radius, i, n, ring * 20.0);
        if (n >= 3)
            p.drawPolygon(polygon);
        else
            p.drawEllipse(centre, radius * ring / 5.0, radius * ring / 5.0);
    }
    for (int i = 0; i < n; ++i)
        p.drawLine(centre, pointAt(centre, radius, i, n, 100.0));
}

// The spoke of a domain with no score, dashed in the text colour, so the gap reads as
// "nothing to show" rather than as a score of 0.
void paintMissingSpokes(QPainter &p, const std::vector<RadarChart::Axis> &axes, const QPointF &centre, qreal radius,
                        const RadarChart::Style &style, qreal unit)
{
    const int n = static_cast<int>(axes.size());
    p.setPen(QPen(style.secondaryText, unit * 0.14, Qt::DashLine));
    for (int i = 0; i < n; ++i)
        if (!axes[i].value)
            p.drawLine(centre, pointAt(centre, radius, i, n, 100.0));
}

// Ring values beside the first spoke, painted last on a white tab so the series never hides them.
void paintRingValues(QPainter &p, const QPointF &centre, qreal radius, int n, const RadarChart::Style &style,
                     qreal unit, const QFont &small)
{
    p.setFont(small);
    const QFontMetricsF fm(small, p.device());
    for (int ring = 1; ring <= Maturity::MaxLevel + 1; ++ring) {
        const QPointF at = pointAt(centre, radius, 0, n, ring * 20.0);
        const QString text = QString::number(ring * 20);
        const QRectF box(at.x() + unit * 0.35, at.y() - fm.height() / 2, fm.horizontalAdvance(text) + unit * 0.3,
                         fm.height());
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawRoundedRect(box, unit * 0.2, unit * 0.2);
        p.setPen(style.secondaryText);
        p.drawText(box, Qt::AlignCenter, text);
    }
}

void paintSeries(QPainter &p, const std::vector<RadarChart::Axis> &axes, const QPointF &centre, qreal radius,
                 bool previous, const RadarChart::Style &style, qreal unit)
{
    const QPolygonF polygon = polygonOf(axes, centre, radius, previous);
    const int n = static_cast<int>(axes.size());
    if (previous) {
        QPen pen(style.previous, unit * 0.14, Qt::DashLine);
        p.setPen(pen);
    } else {
        p.setPen(QPen(style.series, unit * 0.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    p.setBrush(Qt::NoBrush);
    if (allScored(axes, previous)) {
        if (n >= 3)
            p.drawPolygon(polygon);
        else
            p.drawPolyline(polygon);
    } else {
        for (const std::vector<int> &run : RadarChart::scoredRuns(axes, previous)) {
            QPolygonF line;
            for (int i : run)
                line << polygon[i];
            p.drawPolyline(line);
        }
    }

    const qreal marker = unit * (previous ? 0.3 : 0.34);
    for (int i = 0; i < n; ++i) {
        const std::optional<double> &v = previous ? axes[i].previous : axes[i].value;
        if (!v)
            continue;
        if (previous) {
            p.setPen(QPen(style.previous, unit * 0.12));
            p.setBrush(Qt::white);
            p.drawRect(QRectF(polygon[i] - QPointF(marker, marker), QSizeF(marker * 2, marker * 2)));
        } else {
            p.setPen(QPen(Qt::white, unit * 0.08));
            p.setBrush(style.series);
            p.drawEllipse(polygon[i], marker, marker);
        }
    }
}

void paintLegend(QPainter &p, const QRectF &rect, const RadarChart::Style &style, qreal unit, const QFont &small)
{
    p.setFont(small);
    const QFontMetricsF fm(small, p.device());
    const qreal line = fm.height();
    const qreal swatch = unit * 1.6;
    QPointF at(rect.left(), rect.bottom() - line * 2);
    // Current: solid line with a filled dot.
    p.setPen(QPen(style.series, unit * 0.2));
    p.drawLine(QPointF(at.x(), at.y() + line / 2), QPointF(at.x() + swatch, at.y() + line / 2));
    p.setBrush(style.series);
    p.drawEllipse(QPointF(at.x() + swatch / 2, at.y() + line / 2), unit * 0.3, unit * 0.3);
    p.setPen(style.text);
    p.drawText(QPointF(at.x() + swatch + unit * 0.5, at.y() + fm.ascent()), QStringLiteral("This assessment"));
    // Previous: dashed line with a hollow square.
    at.ry() += line;
    p.setPen(QPen(style.previous, unit * 0.14, Qt::DashLine));
    p.drawLine(QPointF(at.x(), at.y() + line / 2), QPointF(at.x() + swatch, at.y() + line / 2));
    p.setPen(QPen(style.previous, unit * 0.12));
    p.setBrush(Qt::white);
    const qreal m = unit * 0.28;
    p.drawRect(QRectF(QPointF(at.x() + swatch / 2 - m, at.y() + line / 2 - m), QSizeF(2 * m, 2 * m)));
    p.setPen(style.text);
    p.drawText(QPointF(at.x() + swatch + unit * 0.5, at.y() + fm.ascent()), QStringLiteral("Previous assessment"));
}

// Each label is the domain title with its score on the last line in bold: the score is what
// a reader looks for first.
void paintLabels(QPainter &p, const std::vector<Label> &labels, const LabelFonts &fonts, const RadarChart::Style &style)
{
    const qreal valueHeight = fonts.boldMetrics.height();
    p.setPen(style.text);
    for (const Label &label : labels) {
        p.setFont(fonts.regular);
        p.drawText(label.box.adjusted(0, 0, 0, -valueHeight), label.flags, label.title);
        p.setFont(fonts.bold);
        p.drawText(QRectF(label.box.left(), label.box.bottom() - valueHeight, label.box.width(), valueHeight),
                   label.flags & ~Qt::TextWordWrap, label.value);
    }
}

} // namespace

std::vector<RadarChart::Axis> RadarChart::axesFrom(const ScoreCard &card)
{
    std::vector<Axis> axes;
    axes.reserve(card.domains.size());
    for (const DomainScore &d : card.domains)
        axes.push_back({d.title, d.score, std::nullopt, d.provisional});
    return axes;
}

void RadarChart::addPrevious(std::vector<Axis> &axes, const ScoreCard &current, const ScoreCard &previous)
{
    for (std::size_t i = 0; i < axes.size() && i < current.domains.size(); ++i)
        if (const DomainScore *d = previous.domain(current.domains[i].id))
            axes[i].previous = d->score;
}

QString RadarChart::valueText(const std::optional<double> &value, bool provisional)
{
    if (!value)
        return QStringLiteral("Not scored");
    if (provisional)
        return QStringLiteral("%1 (provisional)").arg(std::lround(*value));
    return QStringLiteral("%1 (%2)").arg(std::lround(*value)).arg(Maturity::name(Maturity::levelFor(*value)));
}

QString RadarChart::description(const std::vector<Axis> &axes)
{
    QStringList parts;
    for (const Axis &a : axes) {
        QString part = QString(a.label + QLatin1Char(' ') + valueText(a.value, a.provisional));
        if (a.previous)
            part += QStringLiteral(", previously %1").arg(std::lround(*a.previous));
        parts << part;
    }
    return QStringLiteral("Radar chart of domain scores out of 100: %1.").arg(parts.join(QStringLiteral("; ")));
}

std::vector<std::vector<int>> RadarChart::scoredRuns(const std::vector<Axis> &axes, bool previous)
{
    const int n = static_cast<int>(axes.size());
    const auto scored = [&](int i) { return (previous ? axes[i].previous : axes[i].value).has_value(); };
    std::vector<std::vector<int>> runs;
    int first = -1; // a run starts just after an unscored spoke, so runs can wrap past the top
    for (int i = 0; i < n && first < 0; ++i)
        if (!scored(i))
            first = (i + 1) % n;
    if (first < 0) {
        std::vector<int> all(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            all[static_cast<std::size_t>(i)] = i;
        return n ? std::vector<std::vector<int>>{all} : runs;
    }
    std::vector<int> run;
    for (int k = 0; k < n; ++k) {
        const int i = (first + k) % n;
        if (scored(i)) {
            run.push_back(i);
        } else if (!run.empty()) {
            runs.push_back(run);
            run.clear();
        }
    }
    if (!run.empty())
        runs.push_back(run);
    return runs;
}

void RadarChart::paint(QPainter &painter, const QRectF &rect, const std::vector<Axis> &axes, const Style &style)
{
    if (axes.empty() || rect.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (style.background.alpha() > 0)
        painter.fillRect(rect, style.background);

    const QFont font = style.fontFor(rect, FontDivisor);
    QFont small = font;
    if (font.pixelSize() > 0)
        small.setPixelSize(std::max(1, qRound(font.pixelSize() * 0.85)));
    else
        small.setPointSizeF(font.pointSizeF() * 0.85);
    QFont bold = font;
    bold.setBold(true);
    const LabelFonts fonts{font, bold, QFontMetricsF(font, painter.device()), QFontMetricsF(bold, painter.device())};
    const QFontMetricsF &fm = fonts.regularMetrics;
    const qreal unit = fm.height() / 2.0; // line widths and markers follow the type size

    const bool hasPrevious =
        std::any_of(axes.begin(), axes.end(), [](const Axis &a) { return a.previous.has_value(); });
    // A small margin keeps labels off the edge of whatever the chart is drawn into.
    QRectF area = rect.adjusted(unit, unit, -unit, -unit);
    if (hasPrevious)
        area.setBottom(area.bottom() - QFontMetricsF(small, painter.device()).height() * 2.2);
    const QPointF centre = area.center();
    const qreal maxLabelWidth = area.width() * 0.27;

    // The largest rings whose labels all fit inside the area (bisection on the radius).
    qreal lo = 0;
    qreal hi = std::min(area.width(), area.height()) / 2;
    for (int step = 0; step < 24; ++step) {
        const qreal mid = (lo + hi) / 2;
        if (allInside(placeLabels(axes, centre, mid, fonts, maxLabelWidth), area))
            lo = mid;
        else
            hi = mid;
    }
    const qreal radius = std::max(lo, unit * 4);
    const int n = static_cast<int>(axes.size());

    // The area first and opaque (no transparency in PDF/A-1), then the grid over it so the
    // rings stay visible inside, then the outlines.
    if (n >= 3) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.seriesFill);
        if (allScored(axes, false))
            painter.drawPolygon(polygonOf(axes, centre, radius, false));
        else
            painter.drawPath(partialAreaOf(axes, centre, radius));
    }
    paintGrid(painter, centre, radius, n, style, unit);
    paintMissingSpokes(painter, axes, centre, radius, style, unit);
    if (hasPrevious)
        paintSeries(painter, axes, centre, radius, true, style, unit);
    paintSeries(painter, axes, centre, radius, false, style, unit);

    paintRingValues(painter, centre, radius, n, style, unit, small);
    paintLabels(painter, placeLabels(axes, centre, radius, fonts, maxLabelWidth), fonts, style);

    if (hasPrevious)
        paintLegend(painter, rect.adjusted(unit, 0, 0, -unit * 0.5), style, unit, small);
    painter.restore();
}

} // namespace ahplead
