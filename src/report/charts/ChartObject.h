#pragma once

#include "report/charts/ChartData.h"

#include <QImage>
#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace ahplead {

// A document's charts as inline objects of a QTextDocument, drawn by RadarChart, ScoreBars,
// ShareChart and TrendSparkline straight onto whatever painter lays the document out: on a
// QPdfWriter they are vectors, in a print preview crisp at any zoom. Install once per
// document, then insert characters in format(); a chart's width follows the text width, a
// sparkline sits in a table cell and its format names whose trend it draws.
class ChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    enum Kind { Radar = 1, Bars = 2, Shares = 3, Trend = 4 };
    static constexpr int Type = QTextFormat::UserObject + 41;

    // A handler owned by DOCUMENT and registered with its layout, holding DATA. Install it
    // before inserting charts, so they are measured by it when laid out.
    static ChartObject *install(QTextDocument *document, ChartData data);
    // The character format that stands for a chart of KIND (for Trend, series INDEX).
    static QTextCharFormat format(Kind kind, int index = 0);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

    // The size a chart of KIND takes in a text column WIDTH wide.
    QSizeF sizeFor(Kind kind, qreal width) const;
    // Paints a chart of KIND (series INDEX of a trend) in RECT; also rasterises charts for the ODT.
    void paint(QPainter &painter, const QRectF &rect, Kind kind, int index = 0) const;
    // A chart of KIND (series INDEX of a trend) SIZE big (96 dpi pixels) as an image at DPI, on
    // white: the charts of the editable documents (ODT, Word), which have no painted objects.
    QImage image(Kind kind, int index, QSizeF size, qreal dpi) const;
    // A sparkline's width as a share of the text width.
    static constexpr qreal TrendWidthShare = 0.14;

private:
    explicit ChartObject(QObject *parent) : QObject(parent) {}
    ChartData m_data;
};

} // namespace ahplead
