#include "report/charts/ChartObject.h"

#include "report/charts/TrendSparkline.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace ahplead {

namespace {
constexpr int KindProperty = QTextFormat::UserProperty + 41;
constexpr int IndexProperty = QTextFormat::UserProperty + 46;
constexpr qreal RadarAspect = 0.66;      // height / width: room for labels left and right
constexpr qreal WidthShare = 0.92;       // of the text column, leaving a little air either side
constexpr qreal SharesWidthShare = 0.98; // the share chart's labels need the width
} // namespace

ChartObject *ChartObject::install(QTextDocument *document, ChartData data)
{
    auto *handler = new ChartObject(document);
    handler->m_data = std::move(data);
    document->documentLayout()->registerHandler(Type, handler);
    return handler;
}

QTextCharFormat ChartObject::format(Kind kind, int index)
{
    QTextCharFormat f;
    f.setObjectType(Type);
    f.setProperty(KindProperty, static_cast<int>(kind));
    f.setProperty(IndexProperty, index);
    return f;
}

QSizeF ChartObject::sizeFor(Kind kind, qreal width) const
{
    switch (kind) {
    case Radar:
        return {width * WidthShare, width * WidthShare * RadarAspect};
    case Bars:
        return {width * WidthShare,
                ScoreBars::preferredHeight(static_cast<int>(m_data.bars.size()), width * WidthShare)};
    case Shares:
        return {width * SharesWidthShare,
                ShareChart::preferredHeight(static_cast<int>(m_data.shares.size()), width * SharesWidthShare)};
    case Trend:
        break;
    }
    return {width * TrendWidthShare, width * TrendWidthShare / TrendSparkline::Aspect};
}

QSizeF ChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const qreal width =
        doc->pageSize().width() > 0 ? doc->pageSize().width() - 2 * doc->documentMargin() : doc->textWidth();
    return sizeFor(static_cast<Kind>(format.intProperty(KindProperty)), width);
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    paint(*painter, rect, static_cast<Kind>(format.intProperty(KindProperty)), format.intProperty(IndexProperty));
}

QImage ChartObject::image(Kind kind, int index, QSizeF size, qreal dpi) const
{
    const qreal scale = dpi / 96.0;
    QImage image((size * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        // Painting ends before the image is handed out.
        QPainter p(&image);
        p.scale(scale, scale);
        paint(p, QRectF(QPointF(0, 0), size), kind, index);
    }
    return image;
}

void ChartObject::paint(QPainter &painter, const QRectF &rect, Kind kind, int index) const
{
    switch (kind) {
    case Radar:
        RadarChart::paint(painter, rect, m_data.radar);
        return;
    case Bars:
        ScoreBars::paint(painter, rect, m_data.bars);
        return;
    case Shares:
        ShareChart::paint(painter, rect, m_data.shares);
        return;
    case Trend:
        if (index >= 0 && static_cast<std::size_t>(index) < m_data.trends.size())
            TrendSparkline::paint(painter, rect, m_data.trends[static_cast<std::size_t>(index)]);
        return;
    }
}

} // namespace ahplead
