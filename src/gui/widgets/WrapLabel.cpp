#include "gui/widgets/WrapLabel.h"

#include <QEvent>
#include <QPainter>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace ahplead {

WrapLabel::WrapLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

void WrapLabel::setText(const QString &text)
{
    if (text == QLabel::text())
        return;
    forget();
    QLabel::setText(text);
}

void WrapLabel::forget()
{
    m_layouts.clear();
}

const QTextLayout &WrapLabel::layoutFor(int width) const
{
    width = std::max(width, 1);
    auto it = m_layouts.constFind(width);
    if (it != m_layouts.constEnd())
        return **it;
    if (m_layouts.size() >= 8) // widths seen while a window is resized: keep a few
        m_layouts.clear();
    QString content = text();
    content.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto layout = std::make_shared<QTextLayout>(content, font());
    QTextOption option(alignment() & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WordWrap);
    layout->setTextOption(option);
    layout->setCacheEnabled(true); // keeps the shaped glyphs for painting
    const qreal leading = QFontMetricsF(font()).leading();
    qreal y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        y += leading > 0 && y > 0 ? leading : 0;
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    m_layouts.insert(width, layout);
    return *layout;
}

int WrapLabel::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    const int inner = width - m.left() - m.right() - 2 * margin();
    const QRectF box = layoutFor(inner).boundingRect();
    return static_cast<int>(std::ceil(box.height())) + m.top() + m.bottom() + 2 * margin();
}

QSize WrapLabel::sizeHint() const
{
    // Like QLabel: about 80 characters wide, or the text's own width if it is shorter.
    const QFontMetrics fm(font());
    const QMargins m = contentsMargins();
    const int natural = fm.horizontalAdvance(text()) + 1;
    const int width = std::min(natural, fm.averageCharWidth() * 80) + m.left() + m.right() + 2 * margin();
    return {width, heightForWidth(width)};
}

QSize WrapLabel::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    const QMargins m = contentsMargins();
    const int width =
        std::min(fm.horizontalAdvance(text()) + 1, fm.averageCharWidth() * 12) + m.left() + m.right() + 2 * margin();
    return {width, fm.height() + m.top() + m.bottom() + 2 * margin()};
}

void WrapLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const QTextLayout &layout = layoutFor(area.width());
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    const qreal height = layout.boundingRect().height();
    qreal top = area.top();
    if (alignment() & Qt::AlignVCenter)
        top += std::max<qreal>(0, (area.height() - height) / 2);
    else if (alignment() & Qt::AlignBottom)
        top += std::max<qreal>(0, area.height() - height);
    layout.draw(&painter, QPointF(area.left(), top));
}

void WrapLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::ContentsRectChange || event->type() == QEvent::LayoutDirectionChange)
        forget();
    QLabel::changeEvent(event);
}

} // namespace ahplead
