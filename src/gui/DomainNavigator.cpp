#include "DomainNavigator.h"

#include "AssessmentSession.h"
#include "Icons.h"
#include "Maturity.h"
#include "Texts.h"
#include "Theme.h"

#include <QPainter>
#include <QStyledItemDelegate>

#include <cmath>

namespace ahplead {

namespace {

// Two lines per section: the title (wrapped, bold when chosen) and its progress in words.
class NavigatorDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int Pad = 10;
    static constexpr int Icon = 20;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The viewport's width, not the list's: the scroll bar takes its share.
        const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
        const int width = view ? view->viewport()->width() : 240;
        const QRect text = textRect(QRect(0, 0, width, 1000));
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics title(bold);
        const QFontMetrics body(option.font);
        const int titleHeight =
            title.boundingRect(text, Qt::TextWordWrap, index.data(Qt::DisplayRole).toString()).height();
        const QString progress = index.data(DomainNavigator::ProgressRole).toString();
        const int progressHeight =
            progress.isEmpty() ? 0 : body.boundingRect(text, Qt::TextWordWrap, progress).height() + 2;
        return {width, titleHeight + progressHeight + 2 * Pad};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
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
        const int iconTop = r.top() + Pad + 1;
        icon.paint(painter, QRect(r.left() + Pad + 4, iconTop, Icon, Icon));

        const QRect text = textRect(r);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(Theme::Text);
        const QString title = index.data(Qt::DisplayRole).toString();
        QRect used;
        painter->drawText(text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title, &used);
        const QString progress = index.data(DomainNavigator::ProgressRole).toString();
        if (!progress.isEmpty()) {
            painter->setFont(option.font);
            painter->setPen(focused ? Theme::Text : Theme::SecondaryText);
            painter->drawText(text.adjusted(0, used.height() + 2, 0, 0),
                              Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, progress);
        }
        painter->restore();
    }

private:
    static QRect textRect(const QRect &r) { return r.adjusted(Pad + 4 + Icon + 10, Pad, -Pad, -Pad); }
};

} // namespace

DomainNavigator::DomainNavigator(AssessmentSession &session, QWidget *parent) : QListWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("navigator"));
    setAccessibleName(tr("Sections"));
    setAccessibleDescription(tr("The sections of the assessment and how many questions of each are answered. "
                                "Use Up and Down to move between them."));
    setItemDelegate(new NavigatorDelegate(this));
    setUniformItemSizes(false);
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setResizeMode(QListView::Adjust);
    int n = 0;
    for (const Domain &domain : session.framework().domains) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(++n).arg(domain.title), this);
        item->setData(Qt::UserRole, domain.id);
    }
    auto *results = new QListWidgetItem(Icons::get(QStringLiteral("results")), tr("Results"), this);
    results->setData(Qt::UserRole, QString());
    refresh();
}

void DomainNavigator::refresh()
{
    const auto &domains = m_session.framework().domains;
    for (std::size_t i = 0; i < domains.size(); ++i) {
        const Domain &domain = domains[i];
        const int answered = m_session.answeredIn(domain);
        const int total = static_cast<int>(domain.questions.size());
        const int flagged = m_session.flaggedIn(domain);
        QString progress = Texts::answeredCount(answered, total);
        if (flagged > 0)
            progress += tr(", %n flagged", nullptr, flagged);
        QListWidgetItem *it = item(static_cast<int>(i));
        it->setData(ProgressRole, progress);
        it->setIcon(Icons::get(answered == 0       ? QStringLiteral("progress-none")
                               : answered == total ? QStringLiteral("progress-done")
                                                   : QStringLiteral("progress-some")));
        it->setData(Qt::AccessibleTextRole, tr("Section %1: %2").arg(it->text(), progress));
        it->setToolTip(progress);
    }
    const ScoreCard &card = m_session.scoreCard();
    QListWidgetItem *results = item(resultsRow());
    const QString summary =
        card.overallScore
            ? tr("Overall %1, %2").arg(std::lround(*card.overallScore)).arg(Maturity::name(card.overallLevel))
            : tr("Not scored yet");
    results->setData(ProgressRole, summary);
    results->setData(Qt::AccessibleTextRole, tr("Results: %1").arg(summary));
}

QSize DomainNavigator::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 42, 400};
}

} // namespace ahplead
