#include "report/charts/ChartStyle.h"

#include <algorithm>

namespace ahplead {

QFont ChartStyle::withPlainLetters(QFont font)
{
    font.setLetterSpacing(QFont::PercentageSpacing, PlainLetterSpacing);
    return font;
}

QFont ChartStyle::fontFor(const QRectF &rect, qreal divisor) const
{
    QFont f = font;
    if (scaleFont) {
        const qreal side = std::min(rect.width(), rect.height());
        f.setPixelSize(std::max(1, qRound(side / divisor)));
    }
    return f;
}

} // namespace ahplead
