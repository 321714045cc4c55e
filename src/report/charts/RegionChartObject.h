#pragma once

#include "report/charts/ShareChart.h"
#include "report/charts/TrendSparkline.h"

#include <QObject>
#include <QTextObjectInterface>

#include <optional>
#include <vector>

class QTextDocument;

namespace ahplead {

// The regional summary's charts as inline objects of a QTextDocument, drawn by ShareChart and
// TrendSparkline straight onto the painter that lays out the document (vectors on a PDF page),
// like ChartObject does for the assessment report's charts. A sparkline sits in a table cell;
// its format names which organisation's trend it draws.
class RegionChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    enum Kind { Shares = 1, Trend = 2 };
    // ChartObject is UserObject + 41.
    static constexpr int Type = QTextFormat::UserObject + 45;

    using Series = std::vector<std::optional<double>>; // one organisation's overall scores, oldest first
    // A handler owned by DOCUMENT and registered with its layout, holding what it draws.
    static RegionChartObject *install(QTextDocument *document, std::vector<ShareChart::Bar> shares,
                                      std::vector<Series> trends);
    // The character format that stands for a chart of KIND (for Trend, organisation INDEX's).
    static QTextCharFormat format(Kind kind, int index = 0);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

    // A sparkline's width as a share of the text width.
    static constexpr qreal TrendWidthShare = 0.14;

private:
    explicit RegionChartObject(QObject *parent) : QObject(parent) {}

    std::vector<ShareChart::Bar> m_shares;
    std::vector<Series> m_trends;
};

} // namespace ahplead
