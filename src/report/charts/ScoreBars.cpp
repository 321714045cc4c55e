#include "report/charts/ScoreBars.h"

#include "core/assessment/Maturity.h"
#include "core/assessment/ScoreCard.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ahplead {

std::vector<ScoreBars::Bar> ScoreBars::barsFrom(const ScoreCard &card)
{
    std::vector<Bar> bars;
    bars.reserve(card.domains.size());
    for (const DomainScore &d : card.domains)
        bars.push_back({d.title, d.score, std::nullopt, d.provisional});
    return bars;
}

namespace {

// Diagonal lines across RECT, drawn as lines rather than a pattern brush so every device (PDF,
// SVG, widget) shows the same hatching: a missing score, not a bar of 0.
void hatchTrack(QPainter &painter, const QRectF &rect, const QPen &pen)
{
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(pen);
    const qreal step = rect.height() / 2.0;
    for (qreal x = rect.left() - rect.height(); x < rect.right(); x += step)
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    painter.restore();
}

} // namespace

QString ScoreBars::valueText(const Bar &bar)
{
    if (!bar.value)
        return QStringLiteral("Not scored");
    return QStringLiteral("%1  %2")
        .arg(std::lround(*bar.value))
        .arg(bar.provisional ? QStringLiteral("provisional") : Maturity::name(Maturity::levelFor(*bar.value)));
}

qreal ScoreBars::preferredHeight(int count, qreal width)
{
    return width * 0.072 * std::max(1, count);
}

void ScoreBars::paint(QPainter &painter, const QRectF &rect, const std::vector<Bar> &bars, const Style &style)
{
    if (bars.empty() || rect.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (style.background.alpha() > 0)
        painter.fillRect(rect, style.background);

    const qreal rowHeight = rect.height() / static_cast<qreal>(bars.size());
    QFont font = style.font;
    if (style.scaleFont)
        font.setPixelSize(std::max(1, qRound(std::min(rowHeight * 0.3, rect.width() / 48.0))));
    const QFontMetricsF fm(font, painter.device());
    painter.setFont(font);

    const qreal gap = fm.height() * 0.6;
    const qreal labelWidth = rect.width() * 0.34;
    const qreal valueWidth = fm.horizontalAdvance(QStringLiteral("100  Not in place")) + gap;
    const qreal trackLeft = rect.left() + labelWidth + gap;
    const qreal trackWidth = std::max(1.0, rect.right() - valueWidth - gap - trackLeft);
    const qreal barHeight = std::min(rowHeight * 0.5, fm.height() * 1.3);

    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars[i];
        const qreal top = rect.top() + rowHeight * static_cast<qreal>(i);
        const qreal mid = top + rowHeight / 2;
        const QRectF track(trackLeft, mid - barHeight / 2, trackWidth, barHeight);

        painter.setPen(style.text);
        painter.drawText(QRectF(rect.left(), top, labelWidth, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, bar.label);

        painter.setPen(Qt::NoPen);
        painter.setBrush(style.gridFaint);
        painter.drawRect(track);
        if (!bar.value)
            hatchTrack(painter, track, QPen(style.grid, std::max(1.0, fm.height() * 0.08)));
        // Level thresholds (20/40/60/80) as lines on the empty track; the bar covers them.
        painter.setPen(QPen(style.grid, std::max(1.0, fm.height() * 0.05)));
        for (int level = 1; level <= Maturity::MaxLevel; ++level) {
            const qreal x = trackLeft + trackWidth * Maturity::threshold(level) / 100.0;
            painter.drawLine(QPointF(x, track.top()), QPointF(x, track.bottom()));
        }
        if (bar.value) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(style.series);
            painter.drawRect(
                QRectF(track.topLeft(), QSizeF(trackWidth * std::clamp(*bar.value, 0.0, 100.0) / 100.0, barHeight)));
        }
        if (bar.previous) {
            const qreal x = trackLeft + trackWidth * std::clamp(*bar.previous, 0.0, 100.0) / 100.0;
            painter.setPen(QPen(style.previous, std::max(1.0, fm.height() * 0.12)));
            painter.drawLine(QPointF(x, track.top() - barHeight * 0.3), QPointF(x, track.bottom() + barHeight * 0.3));
        }

        const QRectF valueBox(rect.right() - valueWidth, top, valueWidth, rowHeight);
        painter.setPen(style.text);
        painter.drawText(valueBox, Qt::AlignLeft | Qt::AlignVCenter, valueText(bar));
    }
    painter.restore();
}

} // namespace ahplead
