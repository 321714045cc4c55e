#include "report/document/TextDocumentWriter.h"

#include "report/charts/ChartObject.h"
#include "report/charts/ChartStyle.h"
#include "report/charts/HeatmapStyle.h"
#include "report/document/DocumentBuilder.h"
#include "report/document/LogoImage.h"
#include "report/document/Pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextTable>

#include <algorithm>

namespace ahplead {

namespace {

using namespace ReportStyle;
using Run = DocumentBuilder::Run;
using D = Document;
using Breaks = QHash<QString, QList<int>>; // table key -> rows that start a chunk of the table

const QString LineBreak(QChar::LineSeparator);

// The type of a run of text: in the body, or in a table (where wide tables of figures are set
// smaller, so a pound figure fits its column on one line).
struct Type {
    QTextCharFormat body, bold, muted, detail;
};

Type bodyType(const DocumentBuilder &b)
{
    return {b.body(), b.bold(), b.muted(), b.small()};
}

Type tableType(const DocumentBuilder &b, const D::Table &t)
{
    const qreal size = t.style != D::Table::Style::Normal ? 7.5 : t.widths.size() >= 6 ? 7.5 : 8.5;
    return {b.sized(b.body(), size, false), b.sized(b.body(), size, true), b.sized(b.muted(), size, false, Muted),
            b.sized(b.small(), size - 1.0, false, Muted)};
}

// TEXT as runs; MAIN sets its plain words (bold in a row heading).
std::vector<Run> runsOf(const DocumentBuilder &b, const D::Text &text, const Type &type, const QTextCharFormat &main)
{
    std::vector<Run> runs;
    for (const D::Span &s : text) {
        const QString lead = s.newLine ? LineBreak : QString();
        switch (s.style) {
        case D::Span::Style::Plain:
            runs.push_back({lead + s.text, main});
            break;
        case D::Span::Style::Strong:
            runs.push_back({lead + s.text, type.bold});
            break;
        case D::Span::Style::Muted:
            runs.push_back({lead + s.text, type.muted});
            break;
        case D::Span::Style::Detail:
            runs.push_back({lead + s.text, type.detail});
            break;
        case D::Span::Style::Tag:
            runs.push_back({lead + QStringLiteral(" "), main});
            runs.push_back({QString(QChar::Nbsp + s.text.toUpper() + QChar::Nbsp), b.tag()});
            break;
        case D::Span::Style::Status: {
            // Qt 6.4's ODF writer drops cell backgrounds, so in the editable document the words
            // carry the tint themselves.
            QTextCharFormat f = type.bold;
            if (b.editable() && toneFill(s.tone).isValid())
                f.setBackground(toneFill(s.tone));
            runs.push_back({QString(lead + s.symbol + QLatin1Char(' ') + s.text), f});
            break;
        }
        case D::Span::Style::Score:
            runs.push_back({lead + s.text, b.sized(b.bold(), 9.5, true)});
            break;
        case D::Span::Style::Level:
            runs.push_back({lead + s.text, b.sized(b.body(), 6, false)});
            break;
        }
    }
    return runs;
}

// Ends a table with the space after it held in a spacer paragraph rather than in the table's
// bottom margin. Where only a table's bottom margin crosses into the next page, Qt takes the
// table to span that page too and paints its header row there again, over whatever follows.
void endTable(DocumentBuilder &b, QTextTable *table)
{
    QTextTableFormat f = table->format();
    f.setBottomMargin(0);
    table->setFormat(f);
    QTextBlockFormat spacer;
    spacer.setBottomMargin(8);
    // A space, so the next paragraph does not take this block over (DocumentBuilder::block
    // reuses an empty one); set tiny, so the spacer is its margin and not a line of text.
    b.paragraph({{QStringLiteral(" "), b.sized(b.body(), 1, false)}}, spacer);
}

void detailsTable(DocumentBuilder &b, const std::vector<D::Detail> &details)
{
    if (details.empty())
        return;
    QTextTable *t = b.table(static_cast<int>(details.size()), {30, 70}, {});
    for (int i = 0; i < static_cast<int>(details.size()); ++i) {
        b.cell(t, i, 0, {{details[static_cast<std::size_t>(i)].label, b.bold()}}, RowHeadFill);
        b.cell(t, i, 1, {{details[static_cast<std::size_t>(i)].value, b.body()}});
    }
    endTable(b, t);
}

void cover(DocumentBuilder &b, const D &d)
{
    QTextBlockFormat top;
    top.setTopMargin(60);
    if (const QSizeF logo = LogoImage::fit(d.logo, LogoImage::coverBoxMm()); !logo.isEmpty()) {
        // Top right, as a trust's papers carry it; the title keeps its place below.
        b.picture(QStringLiteral("organisation-logo.png"), LogoImage::image(d.logo), logo, Qt::AlignRight);
        top.setTopMargin(std::max(0.0, 60 - logo.height() * 96 / 25.4));
    }
    top.setBottomMargin(10);
    b.paragraph({{d.kicker, b.sized(b.body(), 11, false, Muted)}}, top);
    b.heading(1, d.title);
    QTextBlockFormat org;
    org.setBottomMargin(18);
    b.paragraph({{d.organisation, b.sized(b.body(), 14, true)}}, org);
    detailsTable(b, d.coverSheet);
    detailsTable(b, d.details);
    if (!d.glanceTitle.isEmpty()) {
        b.heading(3, d.glanceTitle);
        std::vector<std::vector<Run>> items;
        for (const QString &line : d.glance)
            items.push_back({{line, b.body()}});
        b.list(items, QTextListFormat::ListDisc);
    }
    QTextBlockFormat gap;
    gap.setTopMargin(10);
    b.paragraph({{d.purposeTitle, b.sized(b.body(), 11, true, HeadingBlue)}}, gap);
    b.paragraph(d.purpose);
}

// Which column holds figures only: its header is right-aligned over them.
std::vector<bool> figureColumns(const D::Table &t)
{
    std::vector<bool> figures(t.widths.size(), !t.rows.empty());
    for (const auto &row : t.rows)
        for (std::size_t c = 0; c < row.size() && c < figures.size(); ++c)
            figures[c] = figures[c] && row[c].number;
    return figures;
}

void fillCell(DocumentBuilder &b, QTextTable *table, int row, int column, const D::Table &t, const D::Cell &cell,
              const Type &type)
{
    if (cell.trend >= 0) {
        b.cellChart(table, row, column, ChartObject::Trend, cell.trend);
        return;
    }
    // Details tables (no header row) and row headings shade their label column.
    const bool label = column == 0 && t.style != D::Table::Style::Key &&
                       (t.headers.isEmpty() || (t.style == D::Table::Style::Heatmap && cell.strong));
    QTextCharFormat main = cell.strong || cell.tone != D::Tone::None || label ? type.bold : type.body;
    // A cell that holds a status alone takes the status's tint.
    const bool status = cell.text.size() == 1 && cell.text.front().style == D::Span::Style::Status;
    const QColor fill = toneFill(cell.tone != D::Tone::None || !status ? cell.tone : cell.text.front().tone);
    if (b.editable() && fill.isValid())
        main.setBackground(fill);
    const bool centre = cell.centre || t.style != D::Table::Style::Normal;
    std::vector<Run> runs = runsOf(b, cell.text, type, main);
    if (cell.tone >= D::Tone::Level0) // white on the heatmap's dark tints (HeatmapStyle::text)
        for (Run &r : runs)
            r.format.setForeground(HeatmapStyle::text(static_cast<int>(cell.tone) - static_cast<int>(D::Tone::Level0)));
    b.cell(table, row, column, runs, fill.isValid() ? fill : (label ? RowHeadFill : QColor()),
           cell.number ? Qt::AlignRight : (centre && !label ? Qt::AlignHCenter : Qt::AlignLeft));
    if (t.style == D::Table::Style::Normal)
        return;
    QTextTableCell c = table->cellAt(row, column);
    QTextTableCellFormat f = c.format().toTableCellFormat();
    f.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    c.setFormat(f);
}

// The header row of a heatmap: small type, centred over the tinted figures.
void heatmapHeader(DocumentBuilder &b, QTextTable *table, const D::Table &t)
{
    const QTextCharFormat head = b.sized(b.bold(), 6.5, true);
    for (int c = 0; c < t.headers.size(); ++c)
        b.cell(table, 0, c, {{t.headers[c], head}}, HeaderFill, c == 0 ? Qt::AlignLeft : Qt::AlignHCenter);
}

// The table's caption and notes, kept with it, so a note is never left alone at the foot of a
// page. A chunk break before its first row moves them, and the table, to a new page.
void caption(DocumentBuilder &b, const D::Table &t, bool newPage)
{
    if (t.caption.isEmpty())
        return;
    QTextBlockFormat caption = DocumentBuilder::keep();
    caption.setBottomMargin(t.notes.isEmpty() ? 5 : 2);
    if (newPage)
        caption.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    b.paragraph({{t.caption, b.bold()}}, caption);
    for (int i = 0; i < t.notes.size(); ++i) {
        QTextBlockFormat f = DocumentBuilder::keep();
        f.setBottomMargin(i + 1 == t.notes.size() ? 4 : 1);
        b.paragraph({{t.notes[i], b.small()}}, f);
    }
}

// A table, in chunks where a row would straddle a page (BREAKS): each chunk a table of its
// own with the header row, starting a page.
void table(DocumentBuilder &b, const D::Table &t, const Breaks &breaks)
{
    // Qt cannot make a table without a cell.
    if (t.widths.empty() || (t.rows.empty() && t.headers.isEmpty()))
        return;
    const QList<int> chunkStarts = t.wholeRows ? breaks.value(t.id) : QList<int>();
    caption(b, t, chunkStarts.contains(0));
    const Type type = tableType(b, t);
    const std::vector<bool> figures = figureColumns(t);
    const int rows = static_cast<int>(t.rows.size());
    QList<int> starts{0};
    for (int r : chunkStarts)
        if (r > 0 && r < rows && !starts.contains(r))
            starts << r;
    std::sort(starts.begin(), starts.end());
    starts << rows;
    const bool heatmap = t.style == D::Table::Style::Heatmap;
    const int first = t.headers.isEmpty() ? 0 : 1;
    for (qsizetype chunk = 0; chunk + 1 < starts.size(); ++chunk) {
        // A heatmap's header row is filled by heatmapHeader, in its own type.
        const QStringList headers = heatmap ? QStringList(t.headers.size(), QString()) : t.headers;
        QTextTable *table = b.table(starts[chunk + 1] - starts[chunk], t.widths, headers, type.bold, figures);
        QTextTableFormat f = table->format();
        if (t.wholeRows) {
            f.setProperty(Pagination::TableKeyProperty, t.id);
            f.setProperty(Pagination::FirstRowProperty, starts[chunk]);
        }
        if (chunk > 0)
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        // Tighter cells, so a heatmap's column titles wrap between words.
        if (heatmap)
            f.setCellPadding(2.5);
        table->setFormat(f);
        if (heatmap)
            heatmapHeader(b, table, t);
        for (int r = starts[chunk]; r < starts[chunk + 1]; ++r) {
            const auto &row = t.rows[static_cast<std::size_t>(r)];
            for (int c = 0; c < static_cast<int>(row.size()); ++c)
                fillCell(b, table, r - starts[chunk] + first, c, t, row[static_cast<std::size_t>(c)], type);
        }
        if (chunk + 2 == starts.size())
            endTable(b, table);
    }
}

void callout(DocumentBuilder &b, const D::Block &block)
{
    QTextTable *t = b.table(1, {100}, {});
    b.cell(t, 0, 0,
           {{QString(block.label + LineBreak), b.sized(b.body(), 10.5, true, HeadingBlue)},
            {block.text, b.sized(b.body(), 9.5, false)}},
           HeaderFill);
    endTable(b, t);
}

void figures(DocumentBuilder &b, const D::Block &block)
{
    const std::size_t n = block.figures.size();
    if (n == 0)
        return;
    std::vector<qreal> widths(n, 100.0 / static_cast<qreal>(n));
    QTextTable *t = b.table(1, widths, {});
    for (std::size_t i = 0; i < n; ++i) {
        const D::Figure &f = block.figures[i];
        b.cell(t, 0, static_cast<int>(i),
               {{QString(f.label + LineBreak), b.sized(b.muted(), 8, false, Muted)},
                {f.value, b.sized(b.body(), 14, true)}},
               RowHeadFill);
    }
    endTable(b, t);
}

void list(DocumentBuilder &b, const D::Block &block)
{
    std::vector<std::vector<Run>> items;
    for (const D::Bullet &bullet : block.bullets) {
        if (!bullet.rich.empty()) {
            items.push_back(runsOf(b, bullet.rich, bodyType(b), b.body()));
            continue;
        }
        std::vector<Run> runs;
        if (!bullet.lead.isEmpty())
            runs.push_back({bullet.lead, b.bold()});
        runs.push_back({bullet.text, b.body()});
        items.push_back(std::move(runs));
    }
    b.list(items, block.kind == D::Block::Kind::Numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
}

ChartObject::Kind chartKind(D::Chart::Kind kind)
{
    switch (kind) {
    case D::Chart::Kind::Radar:
        return ChartObject::Radar;
    case D::Chart::Kind::Shares:
        return ChartObject::Shares;
    case D::Chart::Kind::ScoreBars:
        break;
    }
    return ChartObject::Bars;
}

// A question and its answer lines, the number hanging to the left and each line kept with the
// next, so a question is never parted from its answer.
void entry(DocumentBuilder &b, const D::Block &block)
{
    const qreal indent = 30;
    QTextBlockFormat q;
    q.setTopMargin(7);
    q.setBottomMargin(2);
    q.setLeftMargin(indent);
    q.setTextIndent(-indent);
    // Tab positions, unlike margins, are scaled to the device by Qt itself.
    q.setTabPositions({QTextOption::Tab(indent, QTextOption::LeftTab)});
    q.setProperty(Pagination::KeepWithNextProperty, true);
    b.paragraph({{QString(block.label + QLatin1Char('\t')), b.muted()}, {block.text, b.bold()}}, q);
    for (std::size_t i = 0; i < block.fields.size(); ++i) {
        const D::Field &field = block.fields[i];
        QTextBlockFormat line;
        line.setLeftMargin(indent);
        line.setBottomMargin(i + 1 == block.fields.size() ? 3 : 1);
        if (i + 1 < block.fields.size())
            line.setProperty(Pagination::KeepWithNextProperty, true);
        std::vector<Run> runs{{QString(field.label + QStringLiteral(": ")), b.muted()}};
        for (Run &r : runsOf(b, field.value, bodyType(b), b.body()))
            runs.push_back(std::move(r));
        b.paragraph(runs, line);
    }
}

void paragraph(DocumentBuilder &b, const D::Block &block)
{
    QTextBlockFormat f = block.keepWithNext ? DocumentBuilder::keep() : QTextBlockFormat();
    if (!block.rich.empty())
        b.paragraph(runsOf(b, block.rich, bodyType(b), b.body()), f);
    else if (!block.label.isEmpty())
        b.paragraph({{block.label, b.bold()}, {block.text, b.body()}}, f);
    else
        b.paragraph({{block.text, block.muted ? b.muted() : b.body()}}, f);
}

void heading(DocumentBuilder &b, const D::Block &block)
{
    b.heading(block.level, block.text);
    // Words after the heading's own (a source's short name) in the body's muted type.
    for (std::size_t i = 1; i < block.rich.size(); ++i)
        b.runs({{block.rich[i].text, b.muted()}});
}

void block(DocumentBuilder &b, const D::Block &block, const Breaks &breaks)
{
    switch (block.kind) {
    case D::Block::Kind::Heading:
        heading(b, block);
        return;
    case D::Block::Kind::Paragraph:
        paragraph(b, block);
        return;
    case D::Block::Kind::Bullets:
    case D::Block::Kind::Numbered:
        list(b, block);
        return;
    case D::Block::Kind::Table:
        table(b, block.table, breaks);
        return;
    case D::Block::Kind::Figures:
        figures(b, block);
        return;
    case D::Block::Kind::Callout:
        callout(b, block);
        return;
    case D::Block::Kind::Chart:
        b.chart(chartKind(block.chart.kind));
        b.paragraph({{block.chart.caption, b.muted()}});
        return;
    case D::Block::Kind::Entry:
        entry(b, block);
        return;
    }
}

std::unique_ptr<QTextDocument> buildOnce(const D &d, TextDocumentWriter::Use use, QPaintDevice *layoutDevice,
                                         QSizeF pageSize, const Breaks &breaks)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    const bool editable = use == TextDocumentWriter::Use::Editable;
    QFont font =
        editable ? QFont(QStringLiteral("Arial")) : ChartStyle::withPlainLetters(QFont(QStringLiteral("DejaVu Sans")));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, d.documentTitle);
    // Device, page size and chart handler before any text: objects are measured by the
    // handler when laid out. Then one edit block around the whole build, because a document
    // with a layout re-lays itself out after every edit outside one (seconds, not
    // milliseconds, for a long report).
    if (layoutDevice)
        doc->documentLayout()->setPaintDevice(layoutDevice);
    if (!pageSize.isEmpty())
        doc->setPageSize(pageSize);
    ChartObject *charts = ChartObject::install(doc.get(), d.charts);

    QTextCursor batch(doc.get());
    batch.beginEditBlock();
    const qreal unit = layoutDevice ? layoutDevice->logicalDpiY() / 96.0 : 1.0;
    DocumentBuilder b(*doc, editable ? DocumentBuilder::Charts::Image : DocumentBuilder::Charts::Vector, charts, unit);
    cover(b, d);
    for (const D::Section &section : d.sections) {
        // A section starts a page, as a board paper's sections do.
        b.heading(2, section.title, section.newPage);
        for (const D::Block &item : section.blocks)
            block(b, item, breaks);
    }
    batch.endEditBlock();
    return doc;
}

} // namespace

std::unique_ptr<QTextDocument> TextDocumentWriter::build(const Document &document, Use use, QPaintDevice *layoutDevice,
                                                         QSizeF pageSize)
{
    Breaks breaks;
    // Each pass finds the next straddling row of every table at once; three passes settle a
    // region of thirty organisations.
    constexpr int MaxPasses = 12;
    for (int pass = 1;; ++pass) {
        auto doc = buildOnce(document, use, layoutDevice, pageSize, breaks);
        if (pageSize.isEmpty())
            return doc;
        Pagination::closeBlankPages(*doc);
        Pagination::keepWithNext(*doc);
        bool moved = false;
        for (const auto &[key, row] : Pagination::straddlingRows(*doc)) {
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

} // namespace ahplead
