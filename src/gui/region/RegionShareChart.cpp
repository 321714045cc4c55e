#include "gui/region/RegionShareChart.h"

#include <QPainter>

namespace ahplead {

RegionShareChart::RegionShareChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("shareChart"));
    setAccessibleName(tr("How many organisations meet each recommendation"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void RegionShareChart::setBars(std::vector<ShareChart::Bar> bars, const QString &description)
{
    m_bars = std::move(bars);
    setAccessibleDescription(description);
    updateGeometry();
    update();
}

int RegionShareChart::rowHeight() const
{
    // Room for a label over two lines.
    return fontMetrics().height() * 5 / 2 + 4;
}

QSize RegionShareChart::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 120;
    return {width, heightForWidth(width)};
}

QSize RegionShareChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, heightForWidth(fontMetrics().averageCharWidth() * 60)};
}

int RegionShareChart::heightForWidth(int) const
{
    return rowHeight() * (int(m_bars.size()) + 1);
}

void RegionShareChart::paintEvent(QPaintEvent *)
{
    if (m_bars.empty())
        return;
    QPainter painter(this);
    ShareChart::Style style;
    // The widget's own font keeps the labels the size of the text around them, at any scaling.
    style.font = font();
    style.scaleFont = false;
    ShareChart::paint(painter, QRectF(0, 0, width(), rowHeight() * (int(m_bars.size()) + 1)), m_bars, style);
}

} // namespace ahplead
