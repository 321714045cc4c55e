#pragma once

#include "report/charts/RadarChart.h"

#include <QWidget>

#include <vector>

namespace ahplead {

// The results page's radar chart: a thin widget around report's RadarChart, which paints
// the same chart into PDF and SVG reports. Its accessible description is the chart in
// words, so the scores are never only a picture.
class RadarChartWidget : public QWidget {
    Q_OBJECT

public:
    explicit RadarChartWidget(QWidget *parent = nullptr);

    void setAxes(std::vector<RadarChart::Axis> axes);
    const std::vector<RadarChart::Axis> &axes() const { return m_axes; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<RadarChart::Axis> m_axes;
};

} // namespace ahplead
