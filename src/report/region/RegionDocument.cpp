#include "report/region/RegionDocument.h"

#include "report/assessment/ReportDocument.h"
#include "report/assessment/ReportModel.h"
#include "report/charts/HeatmapStyle.h"
#include "report/charts/RegionChartObject.h"
#include "report/document/DocumentBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace ahplead {

namespace {

using namespace ReportStyle;
using Run = DocumentBuilder::Run;

const QString LineBreak(QChar::LineSeparator);

QString object()
{
    return QString(QChar::ObjectReplacementCharacter);
}

// Column widths (percentages) for a first column of FIRST and COUNT equal columns after it.
std::vector<qreal> columns(qreal first, int count)
{
    std::vector<qreal> widths{first};
    for (int i = 0; i < count; ++i)
        widths.push_back((100.0 - first) / count);
    return widths;
}

// The organisation's name over its type, ICS and code, as the row header of every table.
std::vector<Run> organisationRuns(const DocumentBuilder &b, const RegionReportModel::OrganisationRow &o)
{
    return {{o.name, b.sized(b.bold(), 8, true)},
            {QString(LineBreak + o.descriptor), b.sized(b.small(), 6.5, false, Muted)}};
}

void cover(DocumentBuilder &b, const RegionReportModel &m)
{
    QTextBlockFormat top;
    top.setTopMargin(60);
    top.setBottomMargin(10);
    b.paragraph({{m.kicker, b.sized(b.body(), 11, false, Muted)}}, top);
    b.heading(1, m.title);
    QTextBlockFormat scope;
    scope.setBottomMargin(18);
    b.paragraph({{m.scope, b.sized(b.body(), 14, true)}}, scope);

    QTextTable *t = b.table(static_cast<int>(m.details.size()), {30, 70}, {});
    for (int i = 0; i < static_cast<int>(m.details.size()); ++i) {
        b.cell(t, i, 0, {{m.details[std::size_t(i)].label, b.bold()}}, RowHeadFill);
        b.cell(t, i, 1, {{m.details[std::size_t(i)].value, b.body()}});
    }
    b.heading(3, QStringLiteral("At a glance"));
    std::vector<std::vector<Run>> items;
    for (const QString &line : m.atAGlance)
        items.push_back({{line, b.body()}});
    b.list(items, QTextListFormat::ListDisc);
    QTextBlockFormat gap;
    gap.setTopMargin(6);
    b.paragraph({{QStringLiteral("Purpose of this summary"), b.sized(b.body(), 11, true, HeadingBlue)}}, gap);
    b.paragraph(m.purpose);
}

void legend(DocumentBuilder &b, const RegionReportModel &m)
{
    b.paragraph({{QStringLiteral("Key: maturity level and score out of 100"), b.bold()}}, DocumentBuilder::keep());
    const std::vector<qreal> equal(m.legend.size(), 100.0 / static_cast<qreal>(m.legend.size()));
    QTextTable *t = b.table(1, equal, {});
    for (int i = 0; i < static_cast<int>(m.legend.size()); ++i) {
        const auto &entry = m.legend[std::size_t(i)];
        b.cell(t, 0, i,
               {{entry.name, b.sized(b.bold(), 7.5, true)},
                {QString(LineBreak + entry.range), b.sized(b.body(), 7, false)}},
               HeatmapStyle::fill(entry.level), Qt::AlignHCenter);
    }
}

// Tables are built in chunks so no row is split over a page break: Qt splits a row wherever
// the page ends (it moves a row whole only when not even its first line fits). RegionDocument
// ::build lays the document out, finds a row that would straddle a break, and builds again with
// a new chunk starting at that row: a table of its own, with the header row, on a new page.
constexpr int TableKeyProperty = QTextFormat::UserProperty + 47;
constexpr int FirstRowProperty = QTextFormat::UserProperty + 48;

using Breaks = QHash<QString, QList<int>>; // table key -> model rows that start a chunk

struct TableSpec {
    QString key;
    QString caption; // "Table 1. …", kept with the table
    int rows = 0;
    std::vector<qreal> columns;
    QStringList headers;
    qreal padding = 0;                                         // 0: DocumentBuilder's
    std::function<void(QTextTable *)> header;                  // fills row 0 itself, when set
    std::function<void(QTextTable *, int row, int index)> row; // fills table ROW with model row INDEX
};

void chunkedTable(DocumentBuilder &b, const TableSpec &spec, const Breaks &breaks)
{
    // A break before the first row moves the caption, and the table with it, to a new page.
    QTextBlockFormat caption = DocumentBuilder::keep();
    if (breaks.value(spec.key).contains(0))
        caption.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    b.paragraph({{spec.caption, b.bold()}}, caption);
    QList<int> starts{0};
    for (int r : breaks.value(spec.key))
        if (r > 0 && r < spec.rows && !starts.contains(r))
            starts << r;
    std::sort(starts.begin(), starts.end());
    starts << spec.rows;
    for (qsizetype c = 0; c + 1 < starts.size(); ++c) {
        const int first = starts[c];
        QTextTable *t = b.table(starts[c + 1] - first, spec.columns, spec.headers);
        QTextTableFormat f = t->format();
        f.setProperty(TableKeyProperty, spec.key);
        f.setProperty(FirstRowProperty, first);
        if (first > 0)
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (spec.padding > 0)
            f.setCellPadding(spec.padding);
        t->setFormat(f);
        if (spec.header)
            spec.header(t);
        for (int i = first; i < starts[c + 1]; ++i)
            spec.row(t, i - first + 1, i);
    }
}

void heatmap(DocumentBuilder &b, const RegionReportModel &m, const Breaks &breaks)
{
    b.heading(2, QStringLiteral("1. Domain scores by organisation"), true);
    b.paragraph({{m.heatmapNote, b.body()}}, DocumentBuilder::keep());
    legend(b, m);
    if (m.organisations.empty()) {
        b.paragraph(QStringLiteral("No organisation matches the filters."));
        return;
    }
    const int domains = static_cast<int>(m.domainTitles.size());
    const QTextCharFormat head = b.sized(b.bold(), 6.5, true);
    const QTextCharFormat score = b.sized(b.bold(), 9.5, true);
    const QTextCharFormat level = b.sized(b.body(), 6, false);
    TableSpec spec;
    spec.key = QStringLiteral("heatmap");
    spec.caption = QStringLiteral("Table 1. Domain scores of each organisation's latest submission");
    spec.rows = static_cast<int>(m.organisations.size());
    spec.columns = columns(22, domains + 1);
    for (int i = 0; i < domains + 2; ++i)
        spec.headers << QString();
    // Tighter cells than the other tables, so the domain titles wrap between words.
    spec.padding = 2.5;
    spec.header = [&](QTextTable *t) {
        b.cell(t, 0, 0, {{QStringLiteral("Organisation"), head}}, HeaderFill);
        b.cell(t, 0, 1, {{QStringLiteral("Overall"), head}}, HeaderFill, Qt::AlignHCenter);
        for (int d = 0; d < domains; ++d)
            b.cell(t, 0, d + 2, {{m.domainTitles[d], head}}, HeaderFill, Qt::AlignHCenter);
    };
    spec.row = [&](QTextTable *t, int row, int index) {
        const auto &o = m.organisations[std::size_t(index)];
        const auto paint = [&](int column, const RegionReportModel::Cell &c) {
            b.cell(t, row, column, {{c.scoreText, score}, {QString(LineBreak + c.levelText), level}},
                   HeatmapStyle::fill(c.level), Qt::AlignHCenter);
            QTextTableCell cell = t->cellAt(row, column);
            QTextTableCellFormat f = cell.format().toTableCellFormat();
            f.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            cell.setFormat(f);
        };
        // Type and ICS only: the ODS code is in the other tables, and a shorter line keeps
        // the rows, and so the heatmap, compact.
        b.cell(t, row, 0,
               {{o.name, b.sized(b.bold(), 8, true)},
                {QString(LineBreak + o.typeLabel +
                         (o.ics.isEmpty() ? QString() : QString(QStringLiteral(" \u00b7 ") + o.ics))),
                 b.sized(b.small(), 6.5, false, Muted)}},
               RowHeadFill);
        paint(1, o.overall);
        for (int d = 0; d < domains && d < static_cast<int>(o.domains.size()); ++d)
            paint(d + 2, o.domains[std::size_t(d)]);
    };
    chunkedTable(b, spec, breaks);
}

void recommendations(DocumentBuilder &b, const RegionReportModel &m, const Breaks &breaks)
{
    b.heading(2, QStringLiteral("2. Recommendations across the region"), true);
    b.paragraph({{QStringLiteral("How many %1 meet each recommendation in full, from their latest submission. "
                                 "Critical recommendations come first, then the ones the fewest %1 meet.")
                      .arg(m.noun),
                  b.body()}},
                DocumentBuilder::keep());
    QTextBlockFormat chart;
    chart.setAlignment(Qt::AlignHCenter);
    chart.setTopMargin(4);
    chart.setBottomMargin(4);
    chart.setProperty(ReportDocument::KeepWithNextProperty, true); // with its caption
    // block() and runs() rather than paragraph(), whose 118% line height would leave a
    // band of white under the chart.
    b.block(chart, b.body());
    b.runs({{object(), RegionChartObject::format(RegionChartObject::Shares)}});
    b.paragraph({{QStringLiteral("Figure 1. Share of %1 meeting each recommendation").arg(m.noun), b.muted()}});

    TableSpec spec;
    spec.key = QStringLiteral("recommendations");
    spec.caption = QStringLiteral("Table 2. Recommendations: how many %1 meet each").arg(m.noun);
    spec.rows = static_cast<int>(m.recommendations.size());
    spec.columns = {56, 11, 11, 11, 11};
    spec.headers = {QStringLiteral("Recommendation"), QStringLiteral("Met in full"), QStringLiteral("Met in part"),
                    QStringLiteral("Not met"), QStringLiteral("Not assessed")};
    spec.row = [&](QTextTable *t, int row, int index) {
        const auto &r = m.recommendations[std::size_t(index)];
        std::vector<Run> runs{{r.title, b.bold()}};
        if (r.critical) {
            runs.push_back({QStringLiteral(" "), b.body()});
            runs.push_back({QStringLiteral("\u00a0CRITICAL\u00a0"), b.tag()});
        }
        runs.push_back({QString(LineBreak + r.sentence), b.body()});
        if (!r.citations.isEmpty())
            runs.push_back({QString(LineBreak + QStringLiteral("Sources: ") + r.citations), b.small()});
        b.cell(t, row, 0, runs);
        b.cell(t, row, 1, {{r.shareText, b.bold()}}, QColor(), Qt::AlignRight);
        b.cell(t, row, 2, {{QString::number(r.partiallyMet), b.body()}}, QColor(), Qt::AlignRight);
        b.cell(t, row, 3, {{QString::number(r.notMet), b.body()}}, QColor(), Qt::AlignRight);
        b.cell(t, row, 4, {{QString::number(r.notAssessed), b.body()}}, QColor(), Qt::AlignRight);
    };
    chunkedTable(b, spec, breaks);
}

void criticalGaps(DocumentBuilder &b, const RegionReportModel &m, const Breaks &breaks)
{
    b.heading(2, QStringLiteral("3. Critical gaps by organisation"), true);
    b.paragraph({{QStringLiteral("%1 of %2 %3 have at least one critical recommendation they do not fully meet. "
                                 "Each gap is shown with its status in words.")
                      .arg(m.organisationsWithCriticalGaps)
                      .arg(m.organisations.size())
                      .arg(m.noun),
                  b.body()}},
                DocumentBuilder::keep());
    TableSpec spec;
    spec.key = QStringLiteral("gaps");
    spec.caption = QStringLiteral("Table 3. Critical gaps of each organisation");
    spec.rows = static_cast<int>(m.organisations.size());
    spec.columns = {32, 10, 58};
    spec.headers = {QStringLiteral("Organisation"), QStringLiteral("Gaps"),
                    QStringLiteral("Critical recommendations not fully met")};
    spec.row = [&](QTextTable *t, int row, int index) {
        const auto &o = m.organisations[std::size_t(index)];
        b.cell(t, row, 0, organisationRuns(b, o), RowHeadFill);
        b.cell(t, row, 1, {{QString::number(o.criticalGaps.size()), b.bold()}}, QColor(), Qt::AlignRight);
        std::vector<Run> gaps;
        for (const auto &g : o.criticalGaps) {
            if (!gaps.empty())
                gaps.push_back({LineBreak, b.body()});
            gaps.push_back(
                {QString(g.statusSymbol + QLatin1Char(' ') + g.statusText + QStringLiteral(": ")), b.bold()});
            gaps.push_back({g.title, b.body()});
        }
        if (gaps.empty())
            gaps.push_back({QStringLiteral("None"), b.muted()});
        b.cell(t, row, 2, gaps);
    };
    chunkedTable(b, spec, breaks);
}

void trends(DocumentBuilder &b, const RegionReportModel &m, const Breaks &breaks)
{
    b.heading(2, QStringLiteral("4. Trends across submissions"), true);
    b.paragraph({{QStringLiteral("Each organisation's overall score out of 100 at every submission, oldest first. In "
                                 "the sparkline the faint lines mark the maturity levels at 20, 40, 60 and 80, and "
                                 "the larger dot is the latest submission."),
                  b.body()}},
                DocumentBuilder::keep());
    TableSpec spec;
    spec.key = QStringLiteral("trends");
    spec.caption = QStringLiteral("Table 4. Overall score by submission");
    spec.rows = static_cast<int>(m.organisations.size());
    spec.columns = {27, 12, 31, 13, 17};
    spec.headers = {QStringLiteral("Organisation"), QStringLiteral("Latest"),
                    QStringLiteral("Overall score by revision"), QStringLiteral("Change"), QStringLiteral("Trend")};
    spec.row = [&](QTextTable *t, int row, int index) {
        const auto &o = m.organisations[std::size_t(index)];
        b.cell(t, row, 0, organisationRuns(b, o), RowHeadFill);
        b.cell(t, row, 1,
               {{QStringLiteral("Revision %1").arg(o.revision), b.body()},
                {QString(LineBreak + o.reviewStatusText), b.small()}});
        b.cell(t, row, 2, {{o.trendText, b.sized(b.body(), 7.5, false)}});
        b.cell(t, row, 3, {{o.changeText, b.body()}});
        b.cell(t, row, 4, {{object(), RegionChartObject::format(RegionChartObject::Trend, index)}}, QColor(),
               Qt::AlignHCenter);
    };
    chunkedTable(b, spec, breaks);
}

// The first row of each chunked table that would straddle a page break, as {table key, model row}.
QList<std::pair<QString, int>> straddlingRows(QTextDocument &document)
{
    QList<std::pair<QString, int>> found;
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return found;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto pageOf = [&](qreal y) { return static_cast<int>(std::floor(y / pageHeight + 1e-4)); };
    QSet<QString> done;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const QTextTableFormat format = table->format();
        const QString key = format.stringProperty(TableKeyProperty);
        if (key.isEmpty() || done.contains(key))
            continue;
        const int headerRows = format.headerRowCount();
        for (int r = headerRows; r < table->rows(); ++r) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = 0;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                const QTextBlock first = document.findBlock(cell.firstPosition());
                const QTextBlock last = document.findBlock(cell.lastPosition());
                qreal firstTop = layout->blockBoundingRect(first).top();
                if (first.layout() && first.layout()->lineCount() > 0)
                    firstTop += first.layout()->lineAt(0).y();
                top = std::min(top, firstTop);
                bottom = std::max(bottom, layout->blockBoundingRect(last).bottom());
            }
            // A row taller than half a page is left to split: moving it would leave a large gap.
            if (bottom - top < pageHeight / 2 && pageOf(top) != pageOf(bottom - 1)) {
                found.push_back({key, format.intProperty(FirstRowProperty) + r - headerRows});
                done.insert(key);
                break;
            }
        }
    }
    return found;
}

void about(DocumentBuilder &b, const RegionReportModel &m)
{
    b.heading(2, QStringLiteral("About this summary"));
    for (const QString &p : m.method)
        b.paragraph(p);
}

std::unique_ptr<QTextDocument> buildOnce(const RegionReportModel &model, QPaintDevice *layoutDevice, QSizeF pageSize,
                                         const Breaks &breaks)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, model.documentTitle);
    // As ReportDocument::build: device, page size and object handler before any text, then
    // one edit block around the whole build.
    if (layoutDevice)
        doc->documentLayout()->setPaintDevice(layoutDevice);
    if (!pageSize.isEmpty())
        doc->setPageSize(pageSize);
    std::vector<RegionChartObject::Series> series;
    for (const auto &o : model.organisations) {
        RegionChartObject::Series s;
        for (const auto &p : o.trend)
            s.push_back(p.score);
        series.push_back(std::move(s));
    }
    RegionChartObject::install(doc.get(), model.shareBars, std::move(series));

    QTextCursor batch(doc.get());
    batch.beginEditBlock();
    const qreal unit = layoutDevice ? layoutDevice->logicalDpiY() / 96.0 : 1.0;
    DocumentBuilder b(*doc, DocumentBuilder::Charts::Vector, nullptr, unit);
    cover(b, model);
    heatmap(b, model, breaks);
    recommendations(b, model, breaks);
    criticalGaps(b, model, breaks);
    trends(b, model, breaks);
    about(b, model);
    batch.endEditBlock();
    return doc;
}

} // namespace

std::unique_ptr<QTextDocument> RegionDocument::build(const RegionReportModel &model, QPaintDevice *layoutDevice,
                                                     QSizeF pageSize)
{
    Breaks breaks;
    // Each section starts a page and holds one table, so a pass finds the next straddling row
    // of every table at once; three passes settle thirty organisations.
    constexpr int MaxPasses = 12;
    for (int pass = 1;; ++pass) {
        auto doc = buildOnce(model, layoutDevice, pageSize, breaks);
        if (pageSize.isEmpty())
            return doc;
        ReportDocument::keepWithNext(*doc);
        bool moved = false;
        for (const auto &[key, row] : straddlingRows(*doc)) {
            if (!breaks[key].contains(row)) {
                breaks[key] << row;
                moved = true;
            }
        }
        // Settled, or a row that straddles even at the top of a page (left as Qt lays it).
        if (!moved || pass == MaxPasses)
            return doc;
    }
}

ReportPages::Furniture RegionDocument::furniture(const RegionReportModel &model)
{
    return {QString(model.title + QStringLiteral(" for ") + model.scope),
            QString(QStringLiteral("Produced ") + model.dateText), model.documentTitle};
}

} // namespace ahplead
