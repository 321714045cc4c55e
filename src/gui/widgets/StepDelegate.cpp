#include "gui/widgets/StepDelegate.h"

#include "gui/widgets/Theme.h"

#include <QListWidget>
#include <QPainter>

namespace ahplead {

StepDelegate::StepDelegate(int pad, int iconSize, int detailRole, QObject *parent)
    : QStyledItemDelegate(parent), m_pad(pad), m_icon(iconSize), m_detailRole(detailRole)
{
}

QSize StepDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The viewport's width, not the list's: the scroll bar takes its share.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : 240;
    const QRect text = textRect(QRect(0, 0, width, 1000));
    QFont bold = option.font;
    bold.setBold(true);
    const int titleHeight =
        QFontMetrics(bold).boundingRect(text, Qt::TextWordWrap, index.data(Qt::DisplayRole).toString()).height();
    const QString detail = index.data(m_detailRole).toString();
    const int detailHeight =
        detail.isEmpty() ? 0 : QFontMetrics(option.font).boundingRect(text, Qt::TextWordWrap, detail).height() + 2;
    return {width, titleHeight + detailHeight + 2 * m_pad};
}

void StepDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = (option.state & QStyle::State_HasFocus) && option.widget && option.widget->hasFocus();
    const QRect r = option.rect;
    if (focused)
        painter->fillRect(r, Theme::Focus);
    else if (selected)
        painter->fillRect(r, Theme::PaleBlue);
    else if (option.state & QStyle::State_MouseOver)
        painter->fillRect(r, QColor(0xf7, 0xf9, 0xfa));
    if (selected)
        painter->fillRect(QRect(r.left(), r.top(), 5, r.height()), focused ? Theme::Text : Theme::Blue);
    painter->setPen(Theme::Border);
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(r.left() + m_pad + 4, r.top() + m_pad + 1, m_icon, m_icon));
    const QRect text = textRect(r);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Theme::Text);
    QRect used;
    painter->drawText(text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, index.data(Qt::DisplayRole).toString(),
                      &used);
    const QString detail = index.data(m_detailRole).toString();
    if (!detail.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(focused ? Theme::Text : Theme::SecondaryText);
        painter->drawText(text.adjusted(0, used.height() + 2, 0, 0), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          detail);
    }
    painter->restore();
}

void StepDelegate::install(QListWidget *list, int pad, int iconSize, int detailRole)
{
    list->setItemDelegate(new StepDelegate(pad, iconSize, detailRole, list));
    list->setUniformItemSizes(false);
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setMouseTracking(true);
    list->setFrameShape(QFrame::NoFrame);
    list->setResizeMode(QListView::Adjust);
}

QRect StepDelegate::textRect(const QRect &r) const
{
    return r.adjusted(m_pad + 4 + m_icon + 10, m_pad, -m_pad, -m_pad);
}

} // namespace ahplead
