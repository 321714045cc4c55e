#include "report/charts/ShareChart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ahplead {

namespace {

constexpr qreal RowShare = 0.05; // row height as a share of the width

// The part-met segment: a lighter blue, hatched so it also reads without colour. Opaque
// colours only (PDF/A-1 forbids transparency).
QColor partFill()
{
    return {0x9c, 0xc3, 0xe8};
}

void paintSegment(QPainter &p, const QRectF &r, const QColor &fill, bool hatched, const ChartStyle &style, qreal line)
{
    if (r.width() <= 0)
        return;
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRect(r);
    if (!hatched)
        return;
    // Hatching drawn as lines cut to the segment here, not with a pattern brush or a clip:
    // QSvgGenerator writes neither, and lines come out the same on every device.
    p.setPen(QPen(style.series, line));
    const qreal h = r.height();
    const qreal step = h * 0.45;
    for (qreal x = r.left() - h; x < r.right(); x += step) {
        // The line from (x, bottom) to (x + h, top), as t goes from 0 to 1, within the segment.
        const qreal t0 = std::max(0.0, (r.left() - x) / h);
        const qreal t1 = std::min(1.0, (r.right() - x) / h);
        if (t0 < t1)
            p.drawLine(QPointF(x + h * t0, r.bottom() - h * t0), QPointF(x + h * t1, r.bottom() - h * t1));
    }
}

// A key for each segment, starting at ROW's left.
void paintLegend(QPainter &painter, const QRectF &row, const QFontMetricsF &fm, qreal gap, qreal line,
                 const ChartStyle &style)
{
    const qreal mid = row.top() + row.height() / 2;
    const qreal box = fm.height() * 0.8;
    qreal x = row.left();
    const auto key = [&](const QColor &fill, bool hatched, const QString &text) {
        const QRectF swatch(x, mid - box / 2, box, box);
        paintSegment(painter, swatch, fill, hatched, style, line);
        painter.setPen(QPen(style.grid, line));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(swatch);
        painter.setPen(style.secondaryText);
        const qreal w = fm.horizontalAdvance(text);
        painter.drawText(QRectF(x + box + gap * 0.4, row.top(), w + 1, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         text);
        // Generous spacing: a browser may set the SVG's text a little wider than Qt measured.
        x += box + gap * 0.4 + w * 1.15 + gap * 2;
    };
    key(style.series, false, QStringLiteral("Met in full"));
    key(partFill(), true, QStringLiteral("Met in part"));
    key(style.gridFaint, false, QStringLiteral("Not met or not assessed"));
}

} // namespace

QString ShareChart::shareText(int met, int organisations)
{
    const long percent = organisations ? std::lround(100.0 * met / organisations) : 0;
    return QStringLiteral("%1 of %2 (%3%)").arg(met).arg(organisations).arg(percent);
}

QString ShareChart::description(const std::vector<Bar> &bars)
{
    QStringList parts;
    for (const Bar &b : bars)
        parts << QStringLiteral("%1%2: %3 met in full, %4 in part")
                     .arg(b.label, b.critical ? QStringLiteral(" (critical)") : QString(),
                          shareText(b.met, b.organisations), QString::number(b.partiallyMet));
    return QString(QStringLiteral("Bar chart of how many organisations meet each recommendation: ") +
                   parts.join(QStringLiteral("; ")) + QLatin1Char('.'));
}

qreal ShareChart::preferredHeight(int count, qreal width)
{
    return width * RowShare * (std::max(1, count) + 1);
}

void ShareChart::paint(QPainter &painter, const QRectF &rect, const std::vector<Bar> &bars, const Style &style)
{
    if (bars.empty() || rect.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (style.background.alpha() > 0)
        painter.fillRect(rect, style.background);

    const qreal rowHeight = rect.height() / static_cast<qreal>(bars.size() + 1);
    QFont font = style.font;
    if (style.scaleFont)
        font.setPixelSize(std::max(1, qRound(std::min(rowHeight * 0.32, rect.width() / 52.0))));
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font, painter.device());
    painter.setFont(font);

    const qreal gap = fm.height() * 0.6;
    const qreal line = std::max(1.0, fm.height() * 0.06);
    const qreal labelWidth = rect.width() * 0.42;
    const qreal valueWidth = fm.horizontalAdvance(QStringLiteral("100 of 100 (100%)")) + gap;
    const qreal trackLeft = rect.left() + labelWidth + gap;
    const qreal trackWidth = std::max(1.0, rect.right() - valueWidth - gap - trackLeft);
    const qreal barHeight = std::min(rowHeight * 0.5, fm.height() * 1.2);

    // The legend: a key for each segment, in the first row above the bars.
    paintLegend(painter, QRectF(trackLeft, rect.top(), rect.right() - trackLeft, rowHeight), fm, gap, line, style);

    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars[i];
        const qreal top = rect.top() + rowHeight * static_cast<qreal>(i + 1);
        const qreal mid = top + rowHeight / 2;
        const QRectF track(trackLeft, mid - barHeight / 2, trackWidth, barHeight);

        // The label, with a bold "Critical" first when it is one (a word, not a colour).
        const QRectF labelBox(rect.left(), top, labelWidth, rowHeight);
        painter.setPen(style.text);
        if (bar.critical) {
            painter.setFont(bold);
            painter.drawText(labelBox, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                             QString(QStringLiteral("Critical: ") + bar.label));
            painter.setFont(font);
        } else {
            painter.drawText(labelBox, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, bar.label);
        }

        painter.setPen(Qt::NoPen);
        painter.setBrush(style.gridFaint);
        painter.drawRect(track);
        const qreal total = std::max(1, bar.organisations);
        const qreal metWidth = trackWidth * std::clamp(bar.met / total, 0.0, 1.0);
        const qreal partWidth = trackWidth * std::clamp(bar.partiallyMet / total, 0.0, 1.0 - metWidth / trackWidth);
        paintSegment(painter, QRectF(track.left(), track.top(), metWidth, barHeight), style.series, false, style, line);
        paintSegment(painter, QRectF(track.left() + metWidth, track.top(), partWidth, barHeight), partFill(), true,
                     style, line);
        // Quarter marks, so shares can be read off without counting.
        painter.setPen(QPen(style.grid, line * 0.8));
        for (int q = 1; q < 4; ++q) {
            const qreal x = track.left() + trackWidth * q / 4.0;
            painter.drawLine(QPointF(x, track.bottom()), QPointF(x, track.bottom() + barHeight * 0.25));
        }

        painter.setPen(style.text);
        painter.drawText(QRectF(rect.right() - valueWidth, top, valueWidth, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, shareText(bar.met, bar.organisations));
    }
    painter.restore();
}

} // namespace ahplead
