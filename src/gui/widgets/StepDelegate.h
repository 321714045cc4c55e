#pragma once

#include <QStyledItemDelegate>

class QListWidget;

namespace ahplead {

// Two lines per entry of a list down the left of a walk-through (the assessment's sections,
// the business case's parts): the title, wrapped and bold, and under it a line of status in
// words from DETAILROLE, beside the entry's icon. Chosen and focused entries are marked by
// more than colour (a bar down the left edge).
class StepDelegate : public QStyledItemDelegate {
public:
    StepDelegate(int pad, int iconSize, int detailRole, QObject *parent);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Sets LIST up to show its entries this way: wrapped, of varying height, scrolled by pixel.
    static void install(QListWidget *list, int pad, int iconSize, int detailRole);

private:
    QRect textRect(const QRect &r) const;

    int m_pad;
    int m_icon;
    int m_detailRole;
};

} // namespace ahplead
