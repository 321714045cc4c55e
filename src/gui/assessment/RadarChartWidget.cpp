#include "gui/assessment/RadarChartWidget.h"

#include <QPainter>

namespace ahplead {

RadarChartWidget::RadarChartWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("radarChart"));
    setAccessibleName(tr("Radar chart of section scores"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void RadarChartWidget::setAxes(std::vector<RadarChart::Axis> axes)
{
    m_axes = std::move(axes);
    setAccessibleDescription(RadarChart::description(m_axes));
    setToolTip(RadarChart::description(m_axes));
    update();
}

QSize RadarChartWidget::sizeHint() const
{
    const int side = fontMetrics().height() * 28;
    return {side + side / 4, side};
}

QSize RadarChartWidget::minimumSizeHint() const
{
    const int side = fontMetrics().height() * 18;
    return {side, side * 4 / 5};
}

int RadarChartWidget::heightForWidth(int width) const
{
    // Wider than tall leaves room for the labels at the sides.
    return std::max(minimumSizeHint().height(), std::min(width * 4 / 5, sizeHint().height()));
}

void RadarChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    RadarChart::Style style;
    // The widget's own font keeps the labels the size of the text around them, at any scaling.
    style.font = font();
    style.scaleFont = false;
    RadarChart::paint(painter, QRectF(rect()), m_axes, style);
}

} // namespace ahplead
