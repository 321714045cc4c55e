#include "gui/rating/SpreadChart.h"

#include "gui/widgets/Theme.h"

#include <QPainter>

#include <algorithm>

namespace ahplead {

SpreadChart::SpreadChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("spreadChart"));
    setAccessibleName(tr("How the board members answered"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void SpreadChart::setQuestion(const Disagreement &question, const Framework &framework)
{
    m_bars.clear();
    for (const AnswerValue value : {AnswerValue::InPlace, AnswerValue::Partial, AnswerValue::NotInPlace})
        m_bars.push_back({framework.label(value), question.count(value)});
    // The rarer answers take a bar only when someone gave them, so the usual chart stays simple.
    if (question.count(AnswerValue::NotApplicable) > 0)
        m_bars.push_back({tr("Not applicable"), question.count(AnswerValue::NotApplicable)});
    if (question.unanswered > 0)
        m_bars.push_back({tr("Not answered"), question.unanswered});
    m_raters = question.raters;
    QStringList words;
    for (const Bar &b : m_bars)
        words << tr("%1: %2").arg(b.label).arg(b.count);
    setAccessibleDescription(words.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

QSize SpreadChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 24, static_cast<int>(std::max<std::size_t>(m_bars.size(), 3)) * line * 2 + line};
}

QSize SpreadChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 14, static_cast<int>(std::max<std::size_t>(m_bars.size(), 3)) * line * 2};
}

void SpreadChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    int labelWidth = 0;
    for (const Bar &b : m_bars)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(b.label));
    const int countWidth = metrics.horizontalAdvance(QStringLiteral("000"));
    const int gap = line / 2;
    const int barLeft = labelWidth + gap;
    const int barRoom = std::max(line, width() - barLeft - gap - countWidth);
    const int most = std::max(1, m_raters);
    const int rowHeight = line * 2;
    int y = 0;
    for (const Bar &b : m_bars) {
        const QRect labelRect(0, y, labelWidth, rowHeight);
        painter.setPen(Theme::Text);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, b.label);
        const int length = b.count * barRoom / most;
        const QRect track(barLeft, y + line / 3, barRoom, rowHeight - 2 * (line / 3));
        painter.fillRect(track, Theme::Background);
        if (length > 0)
            painter.fillRect(QRect(track.topLeft(), QSize(length, track.height())), Theme::Blue);
        painter.setPen(Theme::Text);
        painter.drawText(QRect(barLeft + barRoom + gap, y, countWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(b.count));
        y += rowHeight;
    }
}

} // namespace ahplead
