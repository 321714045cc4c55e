#include "gui/region/RegionHeatmapDelegate.h"

#include "gui/region/RegionHeatmapModel.h"
#include "gui/widgets/Theme.h"
#include "report/charts/HeatmapStyle.h"
#include "report/charts/TrendSparkline.h"

#include <QApplication>
#include <QPainter>

namespace ahplead {

namespace {

using Kind = RegionHeatmapModel::Kind;

QColor selectionFrame()
{
    return Theme::DarkBlue;
}

} // namespace

int RegionHeatmapDelegate::rowHeight(const QFontMetrics &fm)
{
    return fm.height() * 2 + fm.height() * 3 / 4;
}

QSize RegionHeatmapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), rowHeight(option.fontMetrics)));
    return size;
}

void RegionHeatmapDelegate::paintScore(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                       const QFont &bold, const QFont &small, const QString &first,
                                       const QString &second) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const bool current = (option.state & QStyle::State_HasFocus) != 0;
    const QRect r = option.rect;
    // The tint fills the cell; white lines between cells keep them apart.
    const int level = index.data(RegionHeatmapModel::LevelRole).toInt();
    painter->fillRect(r, Qt::white);
    const QRect cell = r.adjusted(1, 1, -1, -1);
    painter->fillRect(cell, HeatmapStyle::fill(level));
    if (HeatmapStyle::hatched(level)) { // not scored: hatched and framed, never a plain pale cell
        painter->fillRect(cell, QBrush(HeatmapStyle::hatch(), Qt::BDiagPattern));
        painter->setPen(QPen(Theme::Border, 1));
        painter->drawRect(cell.adjusted(0, 0, -1, -1));
    }
    if (selected) { // a white line inside the frame keeps it visible on the dark tints
        painter->setPen(QPen(selectionFrame(), 3));
        painter->drawRect(cell.adjusted(1, 1, -2, -2));
        painter->setPen(QPen(Qt::white, 1));
        painter->drawRect(cell.adjusted(3, 3, -4, -4));
    }
    if (current && option.widget && option.widget->hasFocus()) { // the keyboard's cell, in the focus yellow
        painter->setPen(QPen(Theme::Focus, 3));
        painter->drawRect(cell.adjusted(4, 4, -5, -5));
        painter->setPen(QPen(Theme::Text, 1));
        painter->drawRect(cell.adjusted(6, 6, -7, -7));
    }
    painter->setPen(HeatmapStyle::text(level));
    const int mid = cell.top() + cell.height() / 2;
    painter->setFont(bold);
    painter->drawText(QRect(cell.left(), cell.top(), cell.width(), mid - cell.top() + 1),
                      Qt::AlignHCenter | Qt::AlignBottom, first);
    painter->setFont(small);
    painter->drawText(QRect(cell.left() + 2, mid + 1, cell.width() - 4, cell.bottom() - mid),
                      Qt::AlignHCenter | Qt::AlignTop,
                      QFontMetrics(small).elidedText(second, Qt::ElideRight, cell.width() - 4));
}

void RegionHeatmapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = static_cast<Kind>(index.data(RegionHeatmapModel::KindRole).toInt());
    const bool selected = option.state & QStyle::State_Selected;
    const bool current = (option.state & QStyle::State_HasFocus) != 0;
    const QFontMetrics &fm = option.fontMetrics;
    const int pad = fm.averageCharWidth();
    const QRect r = option.rect;
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QString first = index.data(Qt::DisplayRole).toString();
    const QString second = index.data(RegionHeatmapModel::SecondLineRole).toString();

    painter->save();
    if (kind == Kind::Score) {
        paintScore(painter, option, index, bold, small, first, second);
        painter->restore();
        return;
    }

    // Other cells: the style's background (alternating rows, the selection), then the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const QColor text = selected ? option.palette.color(QPalette::HighlightedText) : Theme::Text;
    const QColor secondary = selected ? option.palette.color(QPalette::HighlightedText) : Theme::SecondaryText;
    QRect content = r.adjusted(pad, 0, -pad, 0);

    if (kind == Kind::Trend) {
        const QVariantList values = index.data(RegionHeatmapModel::TrendRole).toList();
        std::vector<std::optional<double>> series;
        for (const QVariant &v : values)
            series.push_back(v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt);
        const int h = int(r.height() * 0.6);
        const QRectF spark(content.left(), r.top() + (r.height() - h) / 2.0, h * TrendSparkline::Aspect, h);
        TrendSparkline::Style sparkStyle;
        if (selected) {
            sparkStyle.gridFaint = QColor(0xe6, 0xef, 0xf8);
            sparkStyle.series = Theme::DarkBlue;
        }
        TrendSparkline::paint(*painter, spark, series, sparkStyle);
        content.setLeft(int(spark.right()) + pad);
        painter->setPen(text);
        painter->setFont(option.font);
        painter->drawText(content, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, first);
    } else if (second.isEmpty()) {
        painter->setPen(text);
        painter->setFont(kind == Kind::Organisation ? bold : option.font);
        painter->drawText(content, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(first, Qt::ElideRight, content.width()));
    } else {
        const int mid = r.top() + r.height() / 2;
        painter->setPen(text);
        painter->setFont(kind == Kind::Organisation ? bold : option.font);
        const QFontMetrics top(painter->font());
        painter->drawText(QRect(content.left(), r.top(), content.width(), mid - r.top()),
                          Qt::AlignLeft | Qt::AlignBottom, top.elidedText(first, Qt::ElideRight, content.width()));
        painter->setPen(secondary);
        painter->setFont(small);
        painter->drawText(QRect(content.left(), mid + 1, content.width(), r.bottom() - mid),
                          Qt::AlignLeft | Qt::AlignTop,
                          QFontMetrics(small).elidedText(second, Qt::ElideRight, content.width()));
    }
    if (current && option.widget && option.widget->hasFocus()) {
        painter->setPen(QPen(Theme::Text, 2));
        painter->drawRect(r.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

} // namespace ahplead
