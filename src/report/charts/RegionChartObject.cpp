#include "report/charts/RegionChartObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace ahplead {

namespace {
constexpr int KindProperty = QTextFormat::UserProperty + 45;
constexpr int IndexProperty = QTextFormat::UserProperty + 46;
constexpr qreal SharesWidthShare = 0.98;
} // namespace

RegionChartObject *RegionChartObject::install(QTextDocument *document, std::vector<ShareChart::Bar> shares,
                                              std::vector<Series> trends)
{
    auto *handler = new RegionChartObject(document);
    handler->m_shares = std::move(shares);
    handler->m_trends = std::move(trends);
    document->documentLayout()->registerHandler(Type, handler);
    return handler;
}

QTextCharFormat RegionChartObject::format(Kind kind, int index)
{
    QTextCharFormat f;
    f.setObjectType(Type);
    f.setProperty(KindProperty, static_cast<int>(kind));
    f.setProperty(IndexProperty, index);
    return f;
}

QSizeF RegionChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const qreal width =
        doc->pageSize().width() > 0 ? doc->pageSize().width() - 2 * doc->documentMargin() : doc->textWidth();
    if (format.intProperty(KindProperty) == Trend) {
        const qreal w = width * TrendWidthShare;
        return {w, w / TrendSparkline::Aspect};
    }
    const qreal w = width * SharesWidthShare;
    return {w, ShareChart::preferredHeight(static_cast<int>(m_shares.size()), w)};
}

void RegionChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    if (format.intProperty(KindProperty) == Trend) {
        const auto index = static_cast<std::size_t>(format.intProperty(IndexProperty));
        if (index < m_trends.size())
            TrendSparkline::paint(*painter, rect, m_trends[index]);
        return;
    }
    ShareChart::paint(*painter, rect, m_shares);
}

} // namespace ahplead
