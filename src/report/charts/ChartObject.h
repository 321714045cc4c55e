#pragma once

#include "report/charts/RadarChart.h"
#include "report/charts/ScoreBars.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace ahplead {

// Charts as inline objects of a QTextDocument, drawn by RadarChart / ScoreBars straight
// onto whatever painter lays out the document: on a QPdfWriter they are vectors, on a
// widget or print preview they are crisp at any zoom. Install once per document, then
// insert with insert(); the object's width follows the document's text width.
class ChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    enum Kind { Radar = 1, Bars = 2 };
    static constexpr int Type = QTextFormat::UserObject + 41;

    // A handler owned by DOCUMENT, with the data it draws. Register it before inserting
    // chart objects, so they are measured by it when laid out.
    static ChartObject *create(QTextDocument *document, std::vector<RadarChart::Axis> axes,
                               std::vector<ScoreBars::Bar> bars);
    void registerHandler(QTextDocument *document);
    // The character format that stands for a chart of KIND.
    static QTextCharFormat format(Kind kind);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

    // The size a chart of KIND takes in a text column WIDTH wide.
    QSizeF sizeFor(Kind kind, qreal width) const;
    // Paints a chart of KIND in RECT (also used to rasterise charts for the ODT).
    void paint(QPainter &painter, const QRectF &rect, Kind kind) const;

private:
    explicit ChartObject(QObject *parent) : QObject(parent) {}

    std::vector<RadarChart::Axis> m_axes;
    std::vector<ScoreBars::Bar> m_bars;
};

} // namespace ahplead
