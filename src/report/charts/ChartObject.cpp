#include "report/charts/ChartObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace ahplead {

namespace {
constexpr int KindProperty = QTextFormat::UserProperty + 41;
constexpr qreal RadarAspect = 0.66; // height / width: room for labels left and right
constexpr qreal WidthShare = 0.92;  // of the text column, leaving a little air either side
} // namespace

ChartObject *ChartObject::create(QTextDocument *document, std::vector<RadarChart::Axis> axes,
                                 std::vector<ScoreBars::Bar> bars)
{
    auto *handler = new ChartObject(document);
    handler->m_axes = std::move(axes);
    handler->m_bars = std::move(bars);
    return handler;
}

void ChartObject::registerHandler(QTextDocument *document)
{
    document->documentLayout()->registerHandler(Type, this);
}

QTextCharFormat ChartObject::format(Kind kind)
{
    QTextCharFormat f;
    f.setObjectType(Type);
    f.setProperty(KindProperty, static_cast<int>(kind));
    return f;
}

QSizeF ChartObject::sizeFor(Kind kind, qreal width) const
{
    const qreal w = width * WidthShare;
    if (kind == Radar)
        return {w, w * RadarAspect};
    return {w, ScoreBars::preferredHeight(static_cast<int>(m_bars.size()), w)};
}

QSizeF ChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const qreal width =
        doc->pageSize().width() > 0 ? doc->pageSize().width() - 2 * doc->documentMargin() : doc->textWidth();
    return sizeFor(static_cast<Kind>(format.intProperty(KindProperty)), width);
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    paint(*painter, rect, static_cast<Kind>(format.intProperty(KindProperty)));
}

void ChartObject::paint(QPainter &painter, const QRectF &rect, Kind kind) const
{
    if (kind == Radar)
        RadarChart::paint(painter, rect, m_axes);
    else
        ScoreBars::paint(painter, rect, m_bars);
}

} // namespace ahplead
