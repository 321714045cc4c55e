#include "report/charts/ChartSvg.h"

#include "report/document/Html.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace ahplead {

QString ChartSvg::render(const QSize &size, const QString &title, const QString &id, const Painter &paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    QPainter painter(&generator);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return trim(buffer.data(), title, id);
}

QString ChartSvg::trim(const QByteArray &svg, const QString &title, const QString &id)
{
    QString text = QString::fromUtf8(svg);
    // Drop everything before <svg (the XML prolog) and QSvgGenerator's own title and
    // description, which it writes unescaped.
    text = text.mid(text.indexOf(QLatin1String("<svg")));
    static const QRegularExpression open(QStringLiteral("^<svg[^>]*>"));
    static const QRegularExpression meta(QStringLiteral("<title>[^<]*</title>|<desc>[^<]*</desc>"));
    static const QRegularExpression viewBox(QStringLiteral("viewBox=\"[^\"]*\""));
    const QRegularExpressionMatch head = open.match(text);
    const QString box = viewBox.match(head.captured(0)).captured(0);
    text.replace(meta, QString());
    // HTML5 puts <svg> in the SVG namespace by itself, so the xmlns URLs are not needed; the
    // report promises no http(s) URL anywhere.
    const QString titleId = QString(id + QStringLiteral("-title"));
    const QString replacement = QStringLiteral("<svg id=\"%1\" %2 role=\"img\" aria-labelledby=\"%3\" "
                                               "preserveAspectRatio=\"xMidYMid meet\"><title id=\"%3\">%4</title>")
                                    .arg(Html::escape(id), box, Html::escape(titleId), Html::escape(title));
    text.replace(head.capturedStart(0), head.capturedLength(0), replacement);
    // Qt writes the family it painted with; list fall-backs of similar width for browsers.
    text.replace(QLatin1String("font-family=\"DejaVu Sans\""),
                 QLatin1String("font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\""));
    return text.trimmed();
}

QString ChartSvg::radar(const std::vector<RadarChart::Axis> &axes, const QString &title, const QString &id)
{
    return render(QSize(720, 560), title, id,
                  [&](QPainter &p, const QRectF &rect) { RadarChart::paint(p, rect, axes); });
}

QString ChartSvg::bars(const std::vector<ScoreBars::Bar> &bars, const QString &title, const QString &id)
{
    const int width = 720;
    const int height = qRound(ScoreBars::preferredHeight(static_cast<int>(bars.size()), width));
    return render(QSize(width, height), title, id,
                  [&](QPainter &p, const QRectF &rect) { ScoreBars::paint(p, rect, bars); });
}

} // namespace ahplead
