#pragma once

#include <QStyledItemDelegate>

namespace ahplead {

// Draws the heatmap's cells (RegionHeatmapModel): a score cell in its level's tint
// (HeatmapStyle, shared with the PDF and HTML summary) with the score and the level in
// words; the organisation's name over its type, ICS and code; the trend as a sparkline
// (TrendSparkline) beside the change in words. A chosen row keeps its tints and gets a
// dark frame, so the colour is never lost and never needed.
class RegionHeatmapDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The height of a row: two lines of text and some room.
    static int rowHeight(const QFontMetrics &fm);

private:
    // A score cell: its level's tint with the score over the level in words.
    void paintScore(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const QFont &bold,
                    const QFont &small, const QString &first, const QString &second) const;
};

} // namespace ahplead
