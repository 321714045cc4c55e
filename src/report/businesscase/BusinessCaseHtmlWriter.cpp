#include "report/businesscase/BusinessCaseHtmlWriter.h"

#include "core/base/SaveFile.h"
#include "report/assessment/HtmlWriter.h"
#include "report/document/Html.h"

namespace ahplead {

namespace {

using M = BusinessCaseModel;

QString e(const QString &text)
{
    return Html::escape(text);
}

// What the business case adds to the reports' stylesheet. The tints are the report's status
// tints (dark text on them stays above 12:1); the rating is always written as well.
const char *const ExtraCss = R"css(
.callout { background: #e8edee; border-left: 6px solid #005eb8; padding: 0.8rem 1rem; margin: 1rem 0; }
.callout .label { font-weight: bold; color: #003087; margin-bottom: 0.3rem; }
table.fixed { table-layout: fixed; }
table.fixed th[scope="row"] { width: auto; }
table.wide th, table.wide td { font-size: 0.88em; }
th.right { text-align: right; }
.detail { display: block; color: #425563; font-size: 0.85em; font-weight: normal; white-space: pre-line; }
.rag { font-weight: bold; }
.rag-green { background: #dff0e2; }
.rag-amber { background: #fff1c7; }
.rag-red { background: #fadcdc; }
.rag-grey { background: #e8edee; }
caption .note { display: block; color: #425563; font-size: 0.85em; font-weight: normal; margin-top: 0.15rem; }
h4 { margin-top: 1.2em; font-size: 1.05rem; }
nav ul.toc { columns: 2; list-style: none; padding-left: 0; }
@media print {
  .rag-green, .rag-amber, .rag-red, .rag-grey, .callout { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  table { font-size: 9pt; width: 99.8%; } /* a full-width collapsed border loses its right edge in print */
  caption { font-size: 10pt; }
}
)css";

QString toneClass(M::Tone tone)
{
    switch (tone) {
    case M::Tone::Green:
        return QStringLiteral(" rag rag-green");
    case M::Tone::Amber:
        return QStringLiteral(" rag rag-amber");
    case M::Tone::Red:
        return QStringLiteral(" rag rag-red");
    case M::Tone::Grey:
        return QStringLiteral(" rag rag-grey");
    case M::Tone::None:
        break;
    }
    return {};
}

QString cellContent(const M::Cell &c, bool inRowHeader)
{
    QString h = c.strong && !inRowHeader ? QStringLiteral("<strong>%1</strong>").arg(e(c.text)) : e(c.text);
    if (!c.detail.isEmpty())
        h += QStringLiteral("<span class=\"detail\">%1</span>").arg(e(c.detail));
    return h;
}

QString table(const M::Table &t)
{
    const bool details = t.headers.isEmpty();
    QStringList classes;
    if (!details)
        classes << QStringLiteral("fixed");
    if (t.widths.size() >= 6)
        classes << QStringLiteral("wide");
    QString h = classes.isEmpty() ? QStringLiteral("<table>\n")
                                  : QStringLiteral("<table class=\"%1\">\n").arg(classes.join(QLatin1Char(' ')));
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
    if (!details) {
        h += QStringLiteral("<thead><tr>");
        for (int c = 0; c < t.headers.size(); ++c)
            h += QStringLiteral("<th scope=\"col\"%1>%2</th>")
                     .arg(figures[static_cast<std::size_t>(c)] ? QStringLiteral(" class=\"right\"") : QString(),
                          e(t.headers[c]));
        h += QStringLiteral("</tr></thead>\n");
    }
    h += QStringLiteral("<tbody>\n");
    for (const auto &row : t.rows) {
        h += QStringLiteral("<tr>");
        for (std::size_t c = 0; c < row.size(); ++c) {
            const M::Cell &cell = row[c];
            QString cls = QString((cell.number ? QStringLiteral("num") : QString()) + toneClass(cell.tone)).trimmed();
            const QString attr = cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls);
            // The first cell names the row when it is a label (a details table) or a heading.
            if (c == 0 && (details || cell.strong))
                h += QStringLiteral("<th scope=\"row\"%1>%2</th>").arg(attr, cellContent(cell, true));
            else
                h += QStringLiteral("<td%1>%2</td>").arg(attr, cellContent(cell, false));
        }
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</tbody>\n</table>\n");
    return h;
}

QString block(const M::Block &b)
{
    switch (b.kind) {
    case M::Block::Kind::Heading:
        return QStringLiteral("<h%1>%2</h%1>\n").arg(b.level).arg(e(b.text));
    case M::Block::Kind::Paragraph:
        if (b.label.isEmpty())
            return QStringLiteral("<p>%1</p>\n").arg(e(b.text));
        return QStringLiteral("<p><strong>%1</strong>%2</p>\n").arg(e(b.label), e(b.text));
    case M::Block::Kind::Bullets: {
        QString h = QStringLiteral("<ul>\n");
        for (const M::Bullet &item : b.bullets)
            h += item.lead.isEmpty()
                     ? QStringLiteral("<li>%1</li>\n").arg(e(item.text))
                     : QStringLiteral("<li><strong>%1</strong>%2</li>\n").arg(e(item.lead), e(item.text));
        return h + QStringLiteral("</ul>\n");
    }
    case M::Block::Kind::Table:
        return table(b.table);
    case M::Block::Kind::Figures: {
        QString h = QStringLiteral("<dl class=\"kpis\">\n");
        for (const M::Figure &f : b.figures)
            h += QStringLiteral("<div class=\"kpi\"><dt>%1</dt><dd>%2</dd></div>\n").arg(e(f.label), e(f.value));
        return h + QStringLiteral("</dl>\n");
    }
    case M::Block::Kind::Callout:
        return QStringLiteral("<div class=\"callout\">\n<p class=\"label\">%1</p>\n<p>%2</p>\n</div>\n")
            .arg(e(b.label), e(b.text));
    }
    return {};
}

QString cover(const M &m)
{
    QString h = QStringLiteral("<header class=\"cover\">\n<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n"
                               "<p class=\"organisation\">%3</p>\n")
                    .arg(e(m.kicker), e(m.title), e(m.organisation));
    h += QStringLiteral("<table class=\"details\">\n<caption>Paper details</caption>\n<tbody>\n");
    for (const auto &d : m.details)
        h += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n").arg(e(d.label), e(d.value));
    h += QStringLiteral("</tbody>\n</table>\n<p class=\"purpose\"><strong>Purpose of this paper. </strong>%1</p>\n"
                        "</header>\n")
             .arg(e(m.purpose));
    return h;
}

QString contents(const M &m)
{
    // The section titles carry their own numbers, so the list is not numbered again.
    QString h =
        QStringLiteral("<nav aria-label=\"Contents\">\n<h2 id=\"contents\">Contents</h2>\n<ul class=\"toc\">\n");
    for (const M::Section &s : m.sections)
        h += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(e(s.id), e(s.title));
    return h + QStringLiteral("</ul>\n</nav>\n");
}

} // namespace

QString BusinessCaseHtmlWriter::render(const BusinessCaseModel &m)
{
    QString h;
    h.reserve(256 * 1024);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                        "<meta name=\"generator\" content=\"%1\"/>\n<meta name=\"author\" content=\"%2\"/>\n"
                        "<title>%3</title>\n<style>")
             .arg(e(m.creator), e(m.author), e(m.documentTitle));
    h += HtmlWriter::styleSheet();
    h += QLatin1String(ExtraCss);
    h += QStringLiteral("</style>\n</head>\n<body>\n<div class=\"page\">\n");
    h += cover(m);
    h += contents(m);
    h += QStringLiteral("<main>\n");
    for (const M::Section &s : m.sections) {
        h += QStringLiteral("<section aria-labelledby=\"%1\">\n<h2 id=\"%1\">%2</h2>\n").arg(e(s.id), e(s.title));
        for (const M::Block &b : s.blocks)
            h += block(b);
        h += QStringLiteral("</section>\n");
    }
    h += QStringLiteral("</main>\n<footer>\n<p>%1. %2, %3. Produced by %4.</p>\n</footer>\n</div>\n</body>\n</html>\n")
             .arg(e(m.title), e(m.organisation), e(m.dateText), e(m.creator));
    return h;
}

QByteArray BusinessCaseHtmlWriter::toBytes(const BusinessCaseModel &model)
{
    return render(model).toUtf8();
}

Status BusinessCaseHtmlWriter::write(const BusinessCaseModel &model, const QString &path)
{
    return SaveFile::write(path, toBytes(model));
}

} // namespace ahplead
