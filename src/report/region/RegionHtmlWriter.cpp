#include "report/region/RegionHtmlWriter.h"

#include "core/base/SaveFile.h"
#include "report/assessment/HtmlWriter.h"
#include "report/charts/ChartSvg.h"
#include "report/charts/HeatmapStyle.h"
#include "report/charts/ShareChart.h"
#include "report/charts/TrendSparkline.h"
#include "report/document/Html.h"

namespace ahplead {

namespace {

QString e(const QString &text)
{
    return Html::escape(text);
}

// Added to the reports' stylesheet: the heatmap (fixed columns, centred figures, the tints
// from HeatmapStyle), its key and the sparklines.
const char *const RegionCss = R"css(
table.heatmap { table-layout: fixed; font-size: 0.85rem; }
table.heatmap thead th { text-align: center; vertical-align: bottom; font-size: 0.72rem; padding: 0.3rem 0.15rem;
  overflow-wrap: break-word; }
table.heatmap thead th:first-child { text-align: left; width: 24%; }
table.heatmap th[scope="row"], table.trends th[scope="row"], table.gaps th[scope="row"] { width: 24%; }
table.heatmap td { text-align: center; vertical-align: middle; padding: 0.3rem 0.2rem; }
table.legend { table-layout: fixed; font-size: 0.85rem; }
table.legend td { text-align: center; vertical-align: middle; }
.cell-score { display: block; font-weight: bold; font-size: 1.1rem; line-height: 1.2; }
.cell-level { display: block; font-size: 0.72rem; line-height: 1.2; }
.descriptor { display: block; font-weight: normal; color: #425563; font-size: 0.8rem; }
table.recs { table-layout: fixed; }
table.recs thead th { font-size: 0.85rem; }
table.recs thead th:first-child { width: 50%; }
table.recs th.num, table.recs td.num { white-space: normal; }
.sources { display: block; font-weight: normal; color: #425563; font-size: 0.8rem; }
table.trends { table-layout: fixed; }
table.trends thead th:nth-child(1) { width: 23%; }
table.trends thead th:nth-child(2) { width: 15%; }
table.trends thead th:nth-child(3) { width: 31%; }
table.trends thead th:nth-child(4) { width: 16%; }
table.trends thead th:nth-child(5) { width: 15%; }
td.spark { vertical-align: middle; }
td.spark svg { display: block; width: 100%; max-width: 8rem; height: auto; margin: 0 auto; }
.glance { background: #e8edee; border-left: 6px solid #005eb8; padding: 0.6rem 1rem 0.2rem; margin: 1rem 0; }
.glance h2 { border: 0; margin-top: 0.2rem; font-size: 1.2rem; }
@media print {
  .glance h2 { break-before: auto; }
  table.heatmap { font-size: 7.5pt; }
  table.heatmap thead th { font-size: 6.5pt; }
  table.heatmap th[scope="row"], table.heatmap thead th:first-child { width: 22%; }
  table.heatmap .cell-score { font-size: 9.5pt; }
  table.heatmap .cell-level { font-size: 6pt; }
  table.heatmap .descriptor { font-size: 6.5pt; }
  table.heatmap td, table.legend td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

QString criticalTag()
{
    return QStringLiteral("<span class=\"tag\">Critical</span>");
}

QString organisationHeader(const RegionReportModel::OrganisationRow &o)
{
    return QStringLiteral("<th scope=\"row\">%1<span class=\"descriptor\">%2</span></th>")
        .arg(e(o.name), e(o.descriptor));
}

QString heatCell(const RegionReportModel::Cell &c)
{
    return QStringLiteral(
               "<td class=\"%1\"><span class=\"cell-score\">%2</span><span class=\"cell-level\">%3</span></td>")
        .arg(HeatmapStyle::cssClass(c.level), e(c.scoreText), e(c.levelText));
}

QString cover(const RegionReportModel &m)
{
    QString h = QStringLiteral("<header class=\"cover\">\n<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n"
                               "<p class=\"organisation\">%3</p>\n")
                    .arg(e(m.kicker), e(m.title), e(m.scope));
    h += QStringLiteral("<table class=\"details\">\n<caption>Summary details</caption>\n<tbody>\n");
    for (const auto &d : m.details)
        h += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n").arg(e(d.label), e(d.value));
    h += QStringLiteral("</tbody>\n</table>\n<section class=\"glance\" aria-labelledby=\"glance\">\n"
                        "<h2 id=\"glance\">At a glance</h2>\n<ul>\n");
    for (const QString &line : m.atAGlance)
        h += QStringLiteral("<li>%1</li>\n").arg(e(line));
    h += QStringLiteral("</ul>\n</section>\n<p class=\"purpose\">%1</p>\n</header>\n").arg(e(m.purpose));
    return h;
}

QString contents()
{
    return QStringLiteral("<nav aria-label=\"Contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n"
                          "<li><a href=\"#heatmap\">Domain scores by organisation</a></li>\n"
                          "<li><a href=\"#recommendations\">Recommendations across the region</a></li>\n"
                          "<li><a href=\"#gaps\">Critical gaps by organisation</a></li>\n"
                          "<li><a href=\"#trends\">Trends across submissions</a></li>\n"
                          "<li><a href=\"#about\">About this summary</a></li>\n"
                          "</ol>\n</nav>\n");
}

QString heatmap(const RegionReportModel &m)
{
    QString h = QStringLiteral("<section aria-labelledby=\"heatmap\">\n"
                               "<h2 id=\"heatmap\">1. Domain scores by organisation</h2>\n<p>%1</p>\n")
                    .arg(e(m.heatmapNote));
    h += QStringLiteral("<table class=\"legend\">\n<caption>Key: maturity level and score out of 100</caption>\n"
                        "<tbody>\n<tr>");
    for (const auto &entry : m.legend)
        h += QStringLiteral("<td class=\"%1\"><strong>%2</strong><br/>%3</td>")
                 .arg(HeatmapStyle::cssClass(entry.level), e(entry.name), e(entry.range));
    h += QStringLiteral("</tr>\n</tbody>\n</table>\n");
    if (m.organisations.empty())
        return h + QStringLiteral("<p>No organisation matches the filters.</p>\n</section>\n");
    h += QStringLiteral("<table class=\"heatmap\">\n<caption>Table 1. Domain scores of each organisation's latest "
                        "submission</caption>\n<thead><tr><th scope=\"col\">Organisation</th>"
                        "<th scope=\"col\">Overall</th>");
    for (const QString &d : m.domainTitles)
        h += QStringLiteral("<th scope=\"col\">%1</th>").arg(e(d));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const auto &o : m.organisations) {
        h += QStringLiteral("<tr>") + organisationHeader(o) + heatCell(o.overall);
        for (const auto &c : o.domains)
            h += heatCell(c);
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody>\n</table>\n</section>\n");
}

QString recommendations(const RegionReportModel &m)
{
    QString h = QStringLiteral("<section aria-labelledby=\"recommendations\">\n"
                               "<h2 id=\"recommendations\">2. Recommendations across the region</h2>\n"
                               "<p>How many %1 meet each recommendation in full, from their latest submission. "
                               "Critical recommendations come first, then the ones the fewest %1 meet.</p>\n")
                    .arg(e(m.noun));
    const int width = 720;
    const int height = qRound(ShareChart::preferredHeight(static_cast<int>(m.shareBars.size()), width));
    h += QStringLiteral("<figure>\n%1\n<figcaption>Figure 1. Share of %2 meeting each recommendation</figcaption>\n"
                        "</figure>\n")
             .arg(ChartSvg::render(QSize(width, height), m.shareChartDescription, QStringLiteral("share-chart"),
                                   [&](QPainter &p, const QRectF &rect) { ShareChart::paint(p, rect, m.shareBars); }),
                  e(m.noun));
    h += QStringLiteral(
             "<table class=\"recs\">\n<caption>Table 2. Recommendations: how many %1 meet each</caption>\n<thead><tr>"
             "<th scope=\"col\">Recommendation</th><th scope=\"col\" class=\"num\">Met in full</th>"
             "<th scope=\"col\" class=\"num\">Met in part</th><th scope=\"col\" class=\"num\">Not met</th>"
             "<th scope=\"col\" class=\"num\">Not assessed</th></tr></thead>\n<tbody>\n")
             .arg(e(m.noun));
    for (const auto &r : m.recommendations) {
        h += QStringLiteral("<tr><th scope=\"row\">%1%2<span class=\"descriptor\">%3</span>")
                 .arg(e(r.title), r.critical ? criticalTag() : QString(), e(r.sentence));
        if (!r.citations.isEmpty())
            h += QStringLiteral("<span class=\"sources\">Sources: %1</span>").arg(e(r.citations));
        h += QStringLiteral("</th><td class=\"num\"><strong>%1</strong></td><td class=\"num\">%2</td>"
                            "<td class=\"num\">%3</td><td class=\"num\">%4</td></tr>\n")
                 .arg(e(r.shareText))
                 .arg(r.partiallyMet)
                 .arg(r.notMet)
                 .arg(r.notAssessed);
    }
    return h + QStringLiteral("</tbody>\n</table>\n</section>\n");
}

QString criticalGaps(const RegionReportModel &m)
{
    QString h =
        QStringLiteral("<section aria-labelledby=\"gaps\">\n<h2 id=\"gaps\">3. Critical gaps by organisation</h2>\n"
                       "<p>%1 of %2 %3 have at least one critical recommendation they do not fully meet. Each "
                       "gap is shown with its status in words.</p>\n")
            .arg(m.organisationsWithCriticalGaps)
            .arg(m.organisations.size())
            .arg(e(m.noun));
    h += QStringLiteral("<table class=\"gaps\">\n<caption>Table 3. Critical gaps of each organisation</caption>\n"
                        "<thead><tr><th scope=\"col\">Organisation</th><th scope=\"col\" class=\"num\">Gaps</th>"
                        "<th scope=\"col\">Critical recommendations not fully met</th></tr></thead>\n<tbody>\n");
    for (const auto &o : m.organisations) {
        QStringList gaps;
        for (const auto &g : o.criticalGaps)
            gaps << QStringLiteral("<span class=\"status status-%1\"><span aria-hidden=\"true\">%2</span> %3</span> %4")
                        .arg(toString(g.status), e(g.statusSymbol), e(g.statusText), e(g.title));
        h += QStringLiteral("<tr>") + organisationHeader(o) +
             QStringLiteral("<td class=\"num\"><strong>%1</strong></td><td>%2</td></tr>\n")
                 .arg(o.criticalGaps.size())
                 .arg(gaps.isEmpty() ? QStringLiteral("<span class=\"muted\">None</span>")
                                     : gaps.join(QStringLiteral("<br/>")));
    }
    return h + QStringLiteral("</tbody>\n</table>\n</section>\n");
}

QString trends(const RegionReportModel &m)
{
    QString h =
        QStringLiteral("<section aria-labelledby=\"trends\">\n<h2 id=\"trends\">4. Trends across submissions</h2>\n"
                       "<p>Each organisation's overall score out of 100 at every submission, oldest first. In "
                       "the sparkline the faint lines mark the maturity levels at 20, 40, 60 and 80, and the "
                       "larger dot is the latest submission.</p>\n");
    h += QStringLiteral("<table class=\"trends\">\n<caption>Table 4. Overall score by submission</caption>\n<thead><tr>"
                        "<th scope=\"col\">Organisation</th><th scope=\"col\">Latest</th>"
                        "<th scope=\"col\">Overall score by revision</th><th scope=\"col\">Change</th>"
                        "<th scope=\"col\">Trend</th></tr></thead>\n<tbody>\n");
    const QSize spark(180, qRound(180 / TrendSparkline::Aspect));
    int index = 0;
    for (const auto &o : m.organisations) {
        std::vector<std::optional<double>> values;
        QStringList scores;
        for (const auto &p : o.trend) {
            values.push_back(p.score);
            scores << p.scoreText;
        }
        const QString title =
            QString(QStringLiteral("Overall score by revision, oldest first: ") + scores.join(QStringLiteral(", ")));
        const QString svg =
            ChartSvg::render(spark, title, QStringLiteral("trend-%1").arg(++index),
                             [&](QPainter &p, const QRectF &rect) { TrendSparkline::paint(p, rect, values); });
        h += QStringLiteral("<tr>") + organisationHeader(o) +
             QStringLiteral("<td>Revision %1<br/><span class=\"muted\">%2</span></td><td>%3</td><td>%4</td>"
                            "<td class=\"spark\">%5</td></tr>\n")
                 .arg(o.revision)
                 .arg(e(o.reviewStatusText), e(o.trendText), e(o.changeText), svg);
    }
    return h + QStringLiteral("</tbody>\n</table>\n</section>\n");
}

QString about(const RegionReportModel &m)
{
    QString h = QStringLiteral("<section aria-labelledby=\"about\">\n<h2 id=\"about\">About this summary</h2>\n");
    for (const QString &p : m.method)
        h += QStringLiteral("<p>%1</p>\n").arg(e(p));
    return h + QStringLiteral("</section>\n");
}

} // namespace

QString RegionHtmlWriter::render(const RegionReportModel &m)
{
    QString h;
    h.reserve(256 * 1024);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                        "<meta name=\"generator\" content=\"%1\"/>\n<meta name=\"author\" content=\"%2\"/>\n"
                        "<title>%3</title>\n<style>")
             .arg(e(m.creator), e(m.author), e(m.documentTitle));
    h += HtmlWriter::styleSheet();
    h += QLatin1String(RegionCss);
    h += HeatmapStyle::css();
    h += QStringLiteral("</style>\n</head>\n<body>\n<div class=\"page\">\n");
    h += cover(m);
    h += contents();
    h += QStringLiteral("<main>\n");
    h += heatmap(m);
    h += recommendations(m);
    h += criticalGaps(m);
    h += trends(m);
    h += about(m);
    h += QStringLiteral("</main>\n<footer>\n<p>%1. Produced %2 by %3.</p>\n</footer>\n</div>\n</body>\n</html>\n")
             .arg(e(m.documentTitle), e(m.dateText), e(m.creator));
    return h;
}

QByteArray RegionHtmlWriter::toBytes(const RegionReportModel &model)
{
    return render(model).toUtf8();
}

Status RegionHtmlWriter::write(const RegionReportModel &model, const QString &path)
{
    return SaveFile::write(path, toBytes(model));
}

} // namespace ahplead
