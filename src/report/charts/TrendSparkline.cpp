#include "report/charts/TrendSparkline.h"

#include "core/assessment/Maturity.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ahplead {

void TrendSparkline::paint(QPainter &painter, const QRectF &rect, const std::vector<std::optional<double>> &values,
                           const Style &style)
{
    if (rect.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = rect.height() / 20.0;
    const qreal dot = unit * 1.6;
    // Room for the dots inside the rectangle.
    const QRectF plot = rect.adjusted(dot * 1.5, dot * 1.5, -dot * 1.5, -dot * 1.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.gridFaint);
    painter.drawRect(rect);
    painter.setPen(QPen(style.grid, std::max(unit * 0.35, 0.5)));
    for (int level = 1; level <= Maturity::MaxLevel; ++level) {
        const qreal y = plot.bottom() - plot.height() * Maturity::threshold(level) / 100.0;
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }
    const std::size_t n = values.size();
    const auto point = [&](std::size_t i) {
        const qreal x = n < 2 ? plot.center().x() : plot.left() + plot.width() * qreal(i) / qreal(n - 1);
        return QPointF(x, plot.bottom() - plot.height() * std::clamp(*values[i], 0.0, 100.0) / 100.0);
    };
    // The line: a run of scored submissions is joined; an unscored one breaks it.
    painter.setPen(QPen(style.series, unit * 1.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    for (std::size_t i = 1; i < n; ++i)
        if (values[i - 1] && values[i])
            painter.drawLine(point(i - 1), point(i));
    painter.setPen(Qt::NoPen);
    for (std::size_t i = 0; i < n; ++i) {
        if (!values[i])
            continue;
        const bool latest = i + 1 == n;
        painter.setBrush(latest ? style.series : style.text);
        const qreal r = latest ? dot * 1.25 : dot * 0.8;
        painter.drawEllipse(point(i), r, r);
    }
    painter.restore();
}

} // namespace ahplead
