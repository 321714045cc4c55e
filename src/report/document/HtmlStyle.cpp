#include "report/document/HtmlStyle.h"

#include "report/charts/HeatmapStyle.h"

namespace ahplead {

namespace {

// Colours meet WCAG 2.2 AA: body text #212b32 on white is 15:1, headings #003087 are
// 12.6:1, secondary text #425563 is 7.6:1, and status tints keep dark text above 12:1.
// Status is always a word plus a symbol; the tint only repeats it.
const char *const Base = R"css(
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
.logo { display: block; margin: 0 0 1rem auto; max-width: 14rem; max-height: 5.5rem; }
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

// Tables of figures, notes under captions, rated cells and call-outs (the business case).
const char *const Tables = R"css(
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

// The heatmap (fixed columns, centred figures, the tints from HeatmapStyle), its key, the
// sparklines and the cover's "at a glance" box.
const char *const Heatmap = R"css(
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
table.recs { table-layout: fixed; }
table.recs thead th { font-size: 0.85rem; }
table.recs thead th:first-child { width: 50%; }
table.recs th.num, table.recs td.num { white-space: normal; }
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
  table.heatmap .detail { font-size: 6.5pt; }
  table.heatmap td, table.legend td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

} // namespace

QString HtmlStyle::sheet()
{
    return QLatin1String(Base) + QLatin1String(Tables) + QLatin1String(Heatmap) + HeatmapStyle::css();
}

} // namespace ahplead
