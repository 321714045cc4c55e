#include "report/assessment/HtmlWriter.h"

#include "core/base/SaveFile.h"
#include "report/charts/ChartSvg.h"
#include "report/document/Html.h"

namespace ahplead {

namespace {

QString e(const QString &text)
{
    return Html::escape(text);
}

// Colours meet WCAG 2.2 AA: body text #212b32 on white is 15:1, headings #003087 are
// 12.6:1, secondary text #425563 is 7.6:1, and status tints keep dark text above 12:1.
// Status is always a word plus a symbol; the tint only repeats it.
const char *const Css = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f0f4f5; color: #212b32; font-family: Arial, "Helvetica Neue", "DejaVu Sans", sans-serif;
  font-size: 1rem; line-height: 1.5; }
.page { max-width: 60rem; margin: 0 auto; padding: 2rem 2.5rem 3rem; background: #ffffff; }
h1, h2, h3, h4 { color: #003087; line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 2rem; margin-top: 0.3em; }
h2 { font-size: 1.5rem; border-bottom: 2px solid #005eb8; padding-bottom: 0.2em; margin-top: 2.2em; }
h3 { font-size: 1.2rem; }
h4 { font-size: 1rem; margin: 0; }
p { margin: 0 0 0.8em; }
a { color: #005eb8; }
a:focus { outline: 3px solid #ffb81c; outline-offset: 1px; background: #ffeb3b; color: #212b32; }
.cover { border-bottom: 4px solid #005eb8; padding-bottom: 1.5rem; }
.kicker { color: #425563; font-size: 1.05rem; margin: 0; }
.organisation { font-size: 1.3rem; font-weight: bold; margin: 0 0 1rem; }
.purpose { background: #e8edee; border-left: 6px solid #005eb8; padding: 0.8rem 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1.2rem; font-size: 0.95rem; }
caption { text-align: left; font-weight: bold; color: #212b32; padding: 0 0 0.4rem; }
th, td { border: 1px solid #aeb7bd; padding: 0.4rem 0.55rem; text-align: left; vertical-align: top; }
thead th { background: #e8edee; color: #212b32; }
th[scope="row"] { background: #f7f9fa; font-weight: bold; width: 30%; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.blank { min-width: 7rem; }
.kpis { display: flex; flex-wrap: wrap; gap: 0.8rem; margin: 1rem 0; padding: 0; }
.kpi { flex: 1 1 12rem; border: 1px solid #aeb7bd; border-top: 5px solid #005eb8; padding: 0.6rem 0.9rem; margin: 0; }
.kpi dt { color: #425563; font-size: 0.9rem; }
.kpi dd { margin: 0.2rem 0 0; font-size: 1.35rem; font-weight: bold; }
.status { display: inline-block; padding: 0.05rem 0.45rem; border: 1px solid #768692; border-radius: 0.2rem;
  white-space: nowrap; font-weight: bold; }
.status-met { background: #dff0e2; }
.status-partially_met { background: #fff1c7; }
.status-not_met { background: #fadcdc; }
.status-not_assessed { background: #e8edee; }
.critical { font-weight: bold; }
.tag { display: inline-block; border: 1px solid #425563; padding: 0 0.35rem; border-radius: 0.2rem; font-size: 0.85rem;
  font-weight: bold; margin-left: 0.3rem; }
.muted { color: #425563; font-size: 0.9rem; }
figure { margin: 1rem 0 1.5rem; }
figure svg { display: block; width: 100%; max-width: 42rem; height: auto; margin: 0 auto; }
figcaption { color: #425563; font-size: 0.9rem; text-align: center; margin-top: 0.4rem; }
.answer { border-top: 1px solid #aeb7bd; padding: 0.7rem 0; break-inside: avoid; }
.answer .qn { color: #425563; margin-right: 0.4rem; }
.answer dl { display: grid; grid-template-columns: 9rem 1fr; gap: 0.2rem 0.8rem; margin: 0.4rem 0 0; }
.answer dt { color: #425563; }
.answer dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
.flag { font-weight: bold; }
td, dd, p, li { overflow-wrap: anywhere; }
ol.actions li { margin-bottom: 0.5rem; }
nav ol { columns: 2; }
footer { margin-top: 3rem; color: #425563; font-size: 0.85rem; border-top: 1px solid #aeb7bd; padding-top: 0.6rem; }
@media print {
  @page { size: A4; margin: 16mm 15mm 18mm; }
  body { background: #ffffff; font-size: 10pt; }
  .page { max-width: none; padding: 0; }
  nav { display: none; }
  h2 { break-before: page; margin-top: 0; }
  h2, h3, h4 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, figure, .kpi { break-inside: avoid; }
  a { color: #212b32; text-decoration: none; }
  .status, thead th, th[scope="row"], .purpose { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

QString statusClass(RecommendationStatus status)
{
    return QString(QStringLiteral("status status-") + toString(status));
}

QString statusHtml(RecommendationStatus status, const QString &symbol, const QString &text)
{
    return QStringLiteral("<span class=\"%1\"><span aria-hidden=\"true\">%2</span> %3</span>")
        .arg(statusClass(status), e(symbol), e(text));
}

QString criticalTag()
{
    return QStringLiteral("<span class=\"tag\">Critical</span>");
}

QString cover(const ReportModel &m)
{
    QString h = QStringLiteral("<header class=\"cover\">\n<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n"
                               "<p class=\"organisation\">%3</p>\n")
                    .arg(e(m.subtitle), e(m.title), e(m.organisation));
    h += QStringLiteral("<table class=\"details\">\n<caption>Assessment details</caption>\n<tbody>\n");
    for (const auto &d : m.details)
        h += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n").arg(e(d.label), e(d.value));
    h += QStringLiteral("</tbody>\n</table>\n<p class=\"purpose\">%1</p>\n</header>\n").arg(e(m.purpose));
    return h;
}

QString contents()
{
    return QStringLiteral("<nav aria-label=\"Contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n"
                          "<li><a href=\"#summary\">Executive summary</a></li>\n"
                          "<li><a href=\"#domains\">Domain scores</a></li>\n"
                          "<li><a href=\"#recommendations\">Recommendations</a></li>\n"
                          "<li><a href=\"#action-plan\">Action plan</a></li>\n"
                          "<li><a href=\"#answers\">Answers and evidence</a></li>\n"
                          "<li><a href=\"#sources\">Appendix A: sources cited</a></li>\n"
                          "<li><a href=\"#method\">Appendix B: how the scores are worked out</a></li>\n"
                          "</ol>\n</nav>\n");
}

QString summary(const ReportModel &m)
{
    QString h = QStringLiteral("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">1. Executive summary</h2>\n");
    h += QStringLiteral("<dl class=\"kpis\">\n"
                        "<div class=\"kpi\"><dt>Overall maturity</dt><dd>%1</dd></div>\n"
                        "<div class=\"kpi\"><dt>Overall score</dt><dd>%2</dd></div>\n"
                        "<div class=\"kpi\"><dt>Critical gaps</dt><dd>%3</dd></div>\n"
                        "</dl>\n")
             .arg(e(m.overallLevelText), e(m.overallScoreText))
             .arg(m.criticalGapCount);
    if (!m.levelCapText.isEmpty())
        h += QStringLiteral("<p>%1</p>\n").arg(e(m.levelCapText));
    h += QStringLiteral("<p>%1</p>\n").arg(e(m.completionText));
    h += QStringLiteral("<h3>Domain scores at a glance</h3>\n<figure>\n%1\n<figcaption>Figure 1. Domain scores out "
                        "of 100, with the maturity level of each</figcaption>\n</figure>\n")
             .arg(ChartSvg::bars(m.bars, QString(QStringLiteral("Bar chart. ") + m.chartDescription),
                                 QStringLiteral("score-bars")));
    h += QStringLiteral("<h3>Critical gaps</h3>\n");
    if (m.criticalGaps.empty()) {
        h += QStringLiteral("<p>No critical recommendation is partially met or not met.</p>\n");
    } else {
        h += QStringLiteral("<ul>\n");
        for (const auto &g : m.criticalGaps)
            h +=
                QStringLiteral("<li>%1: %2</li>\n").arg(e(g.title), statusHtml(g.status, g.statusSymbol, g.statusText));
        h += QStringLiteral("</ul>\n");
    }
    h += QStringLiteral("<h3>Top five actions</h3>\n");
    if (m.topActions.empty()) {
        h += QStringLiteral("<p>Every assessed recommendation is met; there is no action to take.</p>\n");
    } else {
        h += QStringLiteral("<ol class=\"actions\">\n");
        for (const auto &a : m.topActions)
            h += QStringLiteral("<li><strong>%1</strong>%2<br/>%3</li>\n")
                     .arg(e(a.title), a.critical ? criticalTag() : QString(), e(a.action));
        h += QStringLiteral("</ol>\n");
    }
    return h + QStringLiteral("</section>\n");
}

QString domains(const ReportModel &m)
{
    QString h = QStringLiteral("<section aria-labelledby=\"domains\">\n<h2 id=\"domains\">2. Domain scores</h2>\n");
    h += QStringLiteral("<p>Scores are out of 100; the rings and ticks mark the maturity levels at 20, 40, 60 and "
                        "80. Table 1 gives the same figures with how many questions were answered.</p>\n");
    h += QStringLiteral("<figure>\n%1\n<figcaption>Figure 2. Domain scores (radar chart)</figcaption>\n</figure>\n")
             .arg(ChartSvg::radar(m.radar, m.chartDescription, QStringLiteral("radar-chart")));
    h +=
        QStringLiteral("<table>\n<caption>Table 1. Domain scores</caption>\n<thead><tr>"
                       "<th scope=\"col\">Domain</th><th scope=\"col\" class=\"num\">Score</th>"
                       "<th scope=\"col\">Maturity level</th><th scope=\"col\">Questions</th></tr></thead>\n<tbody>\n");
    for (const auto &d : m.domains)
        h += QStringLiteral("<tr><th scope=\"row\">%1. %2</th><td class=\"num\">%3</td><td>%4</td><td>%5</td></tr>\n")
                 .arg(e(d.number), e(d.title), e(d.scoreText), e(d.levelText), e(d.progress));
    return h + QStringLiteral("</tbody>\n</table>\n</section>\n");
}

QString recommendations(const ReportModel &m)
{
    QString h = QStringLiteral(
        "<section aria-labelledby=\"recommendations\">\n<h2 id=\"recommendations\">3. Recommendations</h2>\n"
        "<table>\n<caption>Table 2. Every recommendation and its status</caption>\n<thead><tr>"
        "<th scope=\"col\">Recommendation</th><th scope=\"col\">Status</th><th scope=\"col\">Evidence</th></tr>"
        "</thead>\n<tbody>\n");
    for (const auto &r : m.recommendations)
        h += QStringLiteral("<tr><th scope=\"row\">%1%2<br/><span class=\"muted\">%3</span></th>"
                            "<td>%4</td><td>%5</td></tr>\n")
                 .arg(e(r.title), r.critical ? criticalTag() : QString(), e(r.text),
                      statusHtml(r.status, r.statusSymbol, r.statusText), e(r.evidenceText));
    return h + QStringLiteral("</tbody>\n</table>\n</section>\n");
}

QString actionPlan(const ReportModel &m)
{
    QString h =
        QStringLiteral("<section aria-labelledby=\"action-plan\">\n<h2 id=\"action-plan\">4. Action plan</h2>\n");
    if (m.actions.empty())
        return h +
               QStringLiteral("<p>Every assessed recommendation is met; there is no action to take.</p>\n</section>\n");
    h += QStringLiteral("<p>%1</p>\n").arg(e(m.actionPlanIntro));
    h += QStringLiteral("<table>\n<caption>Table 3. Action plan</caption>\n<thead><tr>"
                        "<th scope=\"col\" class=\"num\">No.</th><th scope=\"col\">Action</th>"
                        "<th scope=\"col\">Status now</th><th scope=\"col\">Owner</th>"
                        "<th scope=\"col\">Target date</th></tr></thead>\n<tbody>\n");
    for (const auto &a : m.actions)
        h += QStringLiteral("<tr><td class=\"num\">%1</td><td><strong>%2</strong>%3<br/>%4<br/>"
                            "<span class=\"muted\">Sources: %5</span></td><td>%6</td>"
                            "<td class=\"blank\"></td><td class=\"blank\"></td></tr>\n")
                 .arg(a.rank)
                 .arg(e(a.title), a.critical ? criticalTag() : QString(), e(a.action), e(a.citations),
                      statusHtml(a.status, a.statusSymbol, a.statusText));
    return h + QStringLiteral("</tbody>\n</table>\n</section>\n");
}

QString answers(const ReportModel &m)
{
    QString h =
        QStringLiteral("<section aria-labelledby=\"answers\">\n<h2 id=\"answers\">5. Answers and evidence</h2>\n");
    for (const auto &s : m.answerSections) {
        h += QStringLiteral("<h3>%1. %2</h3>\n").arg(e(s.number), e(s.title));
        for (const auto &a : s.answers) {
            h += QStringLiteral("<div class=\"answer\">\n<h4><span class=\"qn\">%1</span>%2</h4>\n<dl>\n"
                                "<dt>Answer</dt><dd><strong>%3</strong>%4</dd>\n")
                     .arg(e(a.number), e(a.question), e(a.answerText),
                          a.flagged ? QStringLiteral(" <span class=\"flag\"><span aria-hidden=\"true\">\u2691</span> "
                                                     "Flagged for review</span>")
                                    : QString());
            h += QStringLiteral("<dt>Evidence</dt><dd>%1</dd>\n")
                     .arg(a.evidence.isEmpty() ? QStringLiteral("<span class=\"muted\">None recorded</span>")
                                               : e(a.evidence));
            if (!a.recommendationStatuses.isEmpty())
                h += QStringLiteral("<dt>Evidences</dt><dd class=\"muted\">%1</dd>\n").arg(e(a.recommendationStatuses));
            h += QStringLiteral("</dl>\n</div>\n");
        }
    }
    return h + QStringLiteral("</section>\n");
}

QString appendices(const ReportModel &m)
{
    QString h =
        QStringLiteral("<section aria-labelledby=\"sources\">\n<h2 id=\"sources\">Appendix A: sources cited</h2>\n"
                       "<p>The framework's questions and recommendations cite these public NHS publications "
                       "by the short name in brackets.</p>\n");
    for (const auto &s : m.sources) {
        h += QStringLiteral("<h3>%1 <span class=\"muted\">[%2]</span></h3>\n").arg(e(s.title), e(s.id));
        if (!s.date.isEmpty())
            h += QStringLiteral("<p class=\"muted\">Published %1</p>\n").arg(e(s.date));
        h += QStringLiteral("<p><strong>Sections cited:</strong> %1</p>\n")
                 .arg(e(s.sections.join(QStringLiteral("; "))));
    }
    h += QStringLiteral("</section>\n<section aria-labelledby=\"method\">\n"
                        "<h2 id=\"method\">Appendix B: how the scores are worked out</h2>\n");
    for (const QString &p : m.scoringMethod)
        h += QStringLiteral("<p>%1</p>\n").arg(e(p));
    return h + QStringLiteral("</section>\n");
}

} // namespace

QString HtmlWriter::render(const ReportModel &m)
{
    QString h;
    h.reserve(200 * 1024);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                        "<meta name=\"generator\" content=\"%1\"/>\n<meta name=\"author\" content=\"%2\"/>\n"
                        "<title>%3</title>\n<style>")
             .arg(e(m.creator), e(m.author), e(m.documentTitle));
    h += QLatin1String(Css);
    h += QStringLiteral("</style>\n</head>\n<body>\n<div class=\"page\">\n");
    h += cover(m);
    h += contents();
    h += QStringLiteral("<main>\n");
    h += summary(m);
    h += domains(m);
    h += recommendations(m);
    h += actionPlan(m);
    h += answers(m);
    h += appendices(m);
    h += QStringLiteral("</main>\n<footer>\n<p>%1. %2, %3. Produced by %4.</p>\n</footer>\n</div>\n</body>\n</html>\n")
             .arg(e(m.title), e(m.organisation), e(m.dateText), e(m.creator));
    return h;
}

QString HtmlWriter::styleSheet()
{
    return QLatin1String(Css);
}

QByteArray HtmlWriter::toBytes(const ReportModel &model)
{
    return render(model).toUtf8();
}

Status HtmlWriter::write(const ReportModel &model, const QString &path)
{
    return SaveFile::write(path, toBytes(model));
}

} // namespace ahplead
