#include "report/document/HtmlWriter.h"

#include "core/base/SaveFile.h"
#include "report/charts/ChartSvg.h"
#include "report/charts/HeatmapStyle.h"
#include "report/charts/TrendSparkline.h"
#include "report/document/Html.h"
#include "report/document/HtmlStyle.h"

namespace ahplead {

namespace {

using D = Document;

QString e(const QString &text)
{
    return Html::escape(text);
}

// The status classes of the stylesheet, by the tint that repeats a status.
QString statusClass(D::Tone tone)
{
    switch (tone) {
    case D::Tone::Green:
        return QStringLiteral("status status-met");
    case D::Tone::Amber:
        return QStringLiteral("status status-partially_met");
    case D::Tone::Red:
        return QStringLiteral("status status-not_met");
    case D::Tone::Grey:
        return QStringLiteral("status status-not_assessed");
    default:
        break;
    }
    return QStringLiteral("status");
}

QString toneClass(D::Tone tone)
{
    switch (tone) {
    case D::Tone::Green:
        return QStringLiteral("rag rag-green");
    case D::Tone::Amber:
        return QStringLiteral("rag rag-amber");
    case D::Tone::Red:
        return QStringLiteral("rag rag-red");
    case D::Tone::Grey:
        return QStringLiteral("rag rag-grey");
    case D::Tone::None:
        return {};
    case D::Tone::Unscored:
        return HeatmapStyle::cssClass(-1);
    default:
        break;
    }
    return HeatmapStyle::cssClass(static_cast<int>(tone) - static_cast<int>(D::Tone::Level0));
}

// TEXT as inline HTML; STRONG sets its plain words in bold.
QString spans(const D::Text &text, bool strong = false)
{
    QString h;
    for (const D::Span &s : text) {
        const bool block =
            s.style == D::Span::Style::Detail || s.style == D::Span::Style::Level || s.style == D::Span::Style::Score;
        if (s.newLine && !block && !h.isEmpty())
            h += QStringLiteral("<br/>");
        switch (s.style) {
        case D::Span::Style::Plain:
            h += strong ? QStringLiteral("<strong>%1</strong>").arg(e(s.text)) : e(s.text);
            break;
        case D::Span::Style::Strong:
            h += QStringLiteral("<strong>%1</strong>").arg(e(s.text));
            break;
        case D::Span::Style::Muted:
            h += QStringLiteral("<span class=\"muted\">%1</span>").arg(e(s.text));
            break;
        case D::Span::Style::Detail:
            h += QStringLiteral("<span class=\"detail\">%1</span>").arg(e(s.text));
            break;
        case D::Span::Style::Tag:
            h += QStringLiteral("<span class=\"tag\">%1</span>").arg(e(s.text));
            break;
        case D::Span::Style::Status:
            h += QStringLiteral("<span class=\"%1\"><span aria-hidden=\"true\">%2</span> %3</span>")
                     .arg(statusClass(s.tone), e(s.symbol), e(s.text));
            break;
        case D::Span::Style::Score:
            h += QStringLiteral("<span class=\"cell-score\">%1</span>").arg(e(s.text));
            break;
        case D::Span::Style::Level:
            h += QStringLiteral("<span class=\"cell-level\">%1</span>").arg(e(s.text));
            break;
        }
    }
    return h;
}

QString sparkline(const D &d, int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= d.charts.trends.size())
        return {};
    const auto &values = d.charts.trends[static_cast<std::size_t>(index)];
    const std::size_t i = static_cast<std::size_t>(index);
    const QString title = i < d.charts.trendDescriptions.size() ? d.charts.trendDescriptions[i] : QString();
    return ChartSvg::render(QSize(180, qRound(180 / TrendSparkline::Aspect)), title,
                            QStringLiteral("trend-%1").arg(index + 1),
                            [&](QPainter &p, const QRectF &rect) { TrendSparkline::paint(p, rect, values); });
}

QString tableClasses(const D::Table &t)
{
    QStringList classes;
    if (t.style == D::Table::Style::Heatmap)
        classes << QStringLiteral("heatmap");
    else if (t.style == D::Table::Style::Key)
        classes << QStringLiteral("legend");
    else if (!t.headers.isEmpty())
        classes << QStringLiteral("fixed");
    if (t.widths.size() >= 6 && t.style == D::Table::Style::Normal)
        classes << QStringLiteral("wide");
    if (!t.id.isEmpty() && t.style == D::Table::Style::Normal)
        classes << t.id;
    return classes.join(QLatin1Char(' '));
}

QString cell(const D &d, const D::Table &t, const D::Cell &c, std::size_t column)
{
    QStringList classes;
    if (c.number)
        classes << QStringLiteral("num");
    if (c.trend >= 0)
        classes << QStringLiteral("spark");
    if (const QString tone = toneClass(c.tone); !tone.isEmpty())
        classes << tone;
    const QString cls = classes.join(QLatin1Char(' '));
    const QString attr = cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls);
    // The first cell names the row when it is a label (a details table) or a heading.
    const bool rowHeader = column == 0 && (t.headers.isEmpty() || c.strong) && t.style != D::Table::Style::Key;
    const QString content = c.trend >= 0 ? sparkline(d, c.trend) : spans(c.text, c.strong && !rowHeader);
    if (rowHeader)
        return QStringLiteral("<th scope=\"row\"%1>%2</th>").arg(attr, content);
    return QStringLiteral("<td%1>%2</td>").arg(attr, content);
}

QString table(const D &d, const D::Table &t)
{
    const QString classes = tableClasses(t);
    QString h = classes.isEmpty() ? QStringLiteral("<table>\n") : QStringLiteral("<table class=\"%1\">\n").arg(classes);
    // The notes (basis of costing, what "–" means) belong to the caption, as in the PDF.
    QString notes;
    for (const QString &n : t.notes)
        notes += QStringLiteral("<span class=\"note\">%1</span>").arg(e(n));
    h += QStringLiteral("<caption>%1%2</caption>\n<colgroup>").arg(e(t.caption), notes);
    for (qreal w : t.widths)
        h += QStringLiteral("<col style=\"width: %1%\"/>").arg(w, 0, 'f', 1);
    h += QStringLiteral("</colgroup>\n");
    std::vector<bool> figures(t.widths.size(), !t.rows.empty());
    for (const auto &row : t.rows)
        for (std::size_t c = 0; c < row.size() && c < figures.size(); ++c)
            figures[c] = figures[c] && row[c].number;
    if (!t.headers.isEmpty()) {
        h += QStringLiteral("<thead><tr>");
        for (int c = 0; c < t.headers.size(); ++c)
            h += QStringLiteral("<th scope=\"col\"%1>%2</th>")
                     .arg(static_cast<std::size_t>(c) < figures.size() && figures[static_cast<std::size_t>(c)]
                              ? QStringLiteral(" class=\"right\"")
                              : QString(),
                          e(t.headers[c]));
        h += QStringLiteral("</tr></thead>\n");
    }
    h += QStringLiteral("<tbody>\n");
    for (const auto &row : t.rows) {
        h += QStringLiteral("<tr>");
        for (std::size_t c = 0; c < row.size(); ++c)
            h += cell(d, t, row[c], c);
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody>\n</table>\n");
}

QString chart(const D &d, const D::Chart &c)
{
    QString svg;
    switch (c.kind) {
    case D::Chart::Kind::ScoreBars:
        svg = ChartSvg::bars(d.charts.bars, c.description, c.id);
        break;
    case D::Chart::Kind::Radar:
        svg = ChartSvg::radar(d.charts.radar, c.description, c.id);
        break;
    case D::Chart::Kind::Shares: {
        const int width = 720;
        const int height = qRound(ShareChart::preferredHeight(static_cast<int>(d.charts.shares.size()), width));
        svg = ChartSvg::render(QSize(width, height), c.description, c.id,
                               [&](QPainter &p, const QRectF &rect) { ShareChart::paint(p, rect, d.charts.shares); });
        break;
    }
    }
    return QStringLiteral("<figure>\n%1\n<figcaption>%2</figcaption>\n</figure>\n").arg(svg, e(c.caption));
}

QString list(const D::Block &b)
{
    const bool numbered = b.kind == D::Block::Kind::Numbered;
    QString h = numbered ? QStringLiteral("<ol class=\"actions\">\n") : QStringLiteral("<ul>\n");
    for (const D::Bullet &item : b.bullets) {
        if (!item.rich.empty())
            h += QStringLiteral("<li>%1</li>\n").arg(spans(item.rich));
        else if (item.lead.isEmpty())
            h += QStringLiteral("<li>%1</li>\n").arg(e(item.text));
        else
            h += QStringLiteral("<li><strong>%1</strong>%2</li>\n").arg(e(item.lead), e(item.text));
    }
    return h + (numbered ? QStringLiteral("</ol>\n") : QStringLiteral("</ul>\n"));
}

QString entry(const D::Block &b)
{
    QString h = QStringLiteral("<div class=\"answer\">\n<h4><span class=\"qn\">%1</span>%2</h4>\n<dl>\n")
                    .arg(e(b.label), e(b.text));
    for (const D::Field &f : b.fields)
        h += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(e(f.label), spans(f.value));
    return h + QStringLiteral("</dl>\n</div>\n");
}

QString paragraph(const D::Block &b)
{
    if (!b.rich.empty())
        return QStringLiteral("<p>%1</p>\n").arg(spans(b.rich));
    if (!b.label.isEmpty())
        return QStringLiteral("<p><strong>%1</strong>%2</p>\n").arg(e(b.label), e(b.text));
    if (b.muted)
        return QStringLiteral("<p class=\"muted\">%1</p>\n").arg(e(b.text));
    return QStringLiteral("<p>%1</p>\n").arg(e(b.text));
}

QString block(const D &d, const D::Block &b)
{
    switch (b.kind) {
    case D::Block::Kind::Heading: {
        // Words after the heading's own (a source's short name) are muted.
        QString after;
        for (std::size_t i = 1; i < b.rich.size(); ++i)
            after += QStringLiteral("<span class=\"muted\">%1</span>").arg(e(b.rich[i].text));
        return QStringLiteral("<h%1>%2%3</h%1>\n").arg(b.level).arg(e(b.text), after);
    }
    case D::Block::Kind::Paragraph:
        return paragraph(b);
    case D::Block::Kind::Bullets:
    case D::Block::Kind::Numbered:
        return list(b);
    case D::Block::Kind::Table:
        return table(d, b.table);
    case D::Block::Kind::Figures: {
        QString h = QStringLiteral("<dl class=\"kpis\">\n");
        for (const D::Figure &f : b.figures)
            h += QStringLiteral("<div class=\"kpi\"><dt>%1</dt><dd>%2</dd></div>\n").arg(e(f.label), e(f.value));
        return h + QStringLiteral("</dl>\n");
    }
    case D::Block::Kind::Callout:
        return QStringLiteral("<div class=\"callout\">\n<p class=\"label\">%1</p>\n<p>%2</p>\n</div>\n")
            .arg(e(b.label), e(b.text));
    case D::Block::Kind::Chart:
        return chart(d, b.chart);
    case D::Block::Kind::Entry:
        return entry(b);
    }
    return {};
}

// A cover's table of label and value rows; an empty value is an empty cell to fill in.
QString htmlDetailsTable(const QString &caption, const std::vector<D::Detail> &rows)
{
    if (rows.empty())
        return {};
    QString h = QStringLiteral("<table class=\"details\">\n<caption>%1</caption>\n<tbody>\n").arg(e(caption));
    for (const auto &detail : rows)
        h += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n").arg(e(detail.label), e(detail.value));
    return h + QStringLiteral("</tbody>\n</table>\n");
}

QString cover(const D &d)
{
    QString h = QStringLiteral("<header class=\"cover\">\n");
    // The logo inside the page, so the file stays whole when mailed: LogoImage made it a PNG,
    // and base64 has no character HTML would read.
    if (!d.logo.isEmpty())
        h += QStringLiteral("<img class=\"logo\" src=\"data:image/png;base64,%1\" alt=\"%2\">\n")
                 .arg(QString::fromLatin1(d.logo.toBase64()), e(QStringLiteral("Logo of %1").arg(d.organisation)));
    h += QStringLiteral("<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n<p class=\"organisation\">%3</p>\n")
             .arg(e(d.kicker), e(d.title), e(d.organisation));
    h += htmlDetailsTable(d.coverSheetCaption, d.coverSheet);
    h += htmlDetailsTable(d.detailsCaption, d.details);
    if (!d.glanceTitle.isEmpty()) {
        h += QStringLiteral("<section class=\"glance\" aria-labelledby=\"glance\">\n<h2 id=\"glance\">%1</h2>\n<ul>\n")
                 .arg(e(d.glanceTitle));
        for (const QString &line : d.glance)
            h += QStringLiteral("<li>%1</li>\n").arg(e(line));
        h += QStringLiteral("</ul>\n</section>\n");
    }
    return h + QStringLiteral("<p class=\"purpose\"><strong>%1. </strong>%2</p>\n</header>\n")
                   .arg(e(d.purposeTitle), e(d.purpose));
}

QString contents(const D &d)
{
    // The section titles carry their own numbers, so the list is not numbered again.
    QString h =
        QStringLiteral("<nav aria-label=\"Contents\">\n<h2 id=\"contents\">Contents</h2>\n<ul class=\"toc\">\n");
    for (const D::Section &s : d.sections)
        h += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(e(s.id), e(s.title));
    return h + QStringLiteral("</ul>\n</nav>\n");
}

} // namespace

QString HtmlWriter::render(const Document &d)
{
    QString h;
    h.reserve(256 * 1024);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                        "<meta name=\"generator\" content=\"%1\"/>\n<meta name=\"author\" content=\"%2\"/>\n"
                        "<title>%3</title>\n<style>")
             .arg(e(d.creator), e(d.author), e(d.documentTitle));
    h += HtmlStyle::sheet();
    h += QStringLiteral("</style>\n</head>\n<body>\n<div class=\"page\">\n");
    h += cover(d);
    h += contents(d);
    h += QStringLiteral("<main>\n");
    for (const D::Section &s : d.sections) {
        h += QStringLiteral("<section aria-labelledby=\"%1\">\n<h2 id=\"%1\">%2</h2>\n").arg(e(s.id), e(s.title));
        for (const D::Block &b : s.blocks)
            h += block(d, b);
        h += QStringLiteral("</section>\n");
    }
    h += QStringLiteral("</main>\n<footer>\n<p>%1. %2, %3. Produced by %4.</p>\n</footer>\n</div>\n</body>\n</html>\n")
             .arg(e(d.footer), e(d.organisation), e(d.dateText), e(d.creator));
    return h;
}

QByteArray HtmlWriter::toBytes(const Document &document)
{
    return render(document).toUtf8();
}

Status HtmlWriter::write(const Document &document, const QString &path)
{
    return SaveFile::write(path, toBytes(document));
}

} // namespace ahplead
