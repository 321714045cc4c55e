#pragma once

#include "report/charts/ShareChart.h"

#include <QWidget>

#include <vector>

namespace ahplead {

// For each recommendation, how many organisations meet it in full, in part or not, drawn by
// the report library's ShareChart (the same bars as the PDF and HTML summary) in the app's
// own font. The figures are written beside each bar, and the whole chart is in words in its
// accessible description.
class RegionShareChart : public QWidget {
    Q_OBJECT

public:
    explicit RegionShareChart(QWidget *parent = nullptr);

    void setBars(std::vector<ShareChart::Bar> bars, const QString &description);
    const std::vector<ShareChart::Bar> &bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;

    std::vector<ShareChart::Bar> m_bars;
};

} // namespace ahplead
