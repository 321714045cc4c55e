#include "report/businesscase/BusinessCaseDocument.h"

#include "report/document/DocumentBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

#include <cmath>

namespace ahplead {

namespace {

using namespace ReportStyle;
using Run = DocumentBuilder::Run;
using M = BusinessCaseModel;

// The tints of the HTML document's ratings (the assessment report's status tints).
QColor toneFill(M::Tone tone)
{
    switch (tone) {
    case M::Tone::Green:
        return {0xdf, 0xf0, 0xe2};
    case M::Tone::Amber:
        return {0xff, 0xf1, 0xc7};
    case M::Tone::Red:
        return {0xfa, 0xdc, 0xdc};
    case M::Tone::Grey:
        return HeaderFill;
    case M::Tone::None:
        break;
    }
    return {};
}

// Type sizes for a table: wide tables of figures are set smaller so a pound figure fits its
// column on one line.
struct TableType {
    QTextCharFormat body, bold, detail;
};

TableType tableType(const DocumentBuilder &b, std::size_t columns)
{
    const qreal size = columns >= 6 ? 7.5 : 8.5;
    return {b.sized(b.body(), size, false), b.sized(b.body(), size, true),
            b.sized(b.small(), size - 1.0, false, Muted)};
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

void cover(DocumentBuilder &b, const M &m)
{
    QTextBlockFormat top;
    top.setTopMargin(60);
    top.setBottomMargin(10);
    b.paragraph({{m.kicker, b.sized(b.body(), 11, false, Muted)}}, top);
    b.heading(1, m.title);
    QTextBlockFormat org;
    org.setBottomMargin(18);
    b.paragraph({{m.organisation, b.sized(b.body(), 14, true)}}, org);

    QTextTable *t = b.table(static_cast<int>(m.details.size()), {30, 70}, {});
    for (int i = 0; i < static_cast<int>(m.details.size()); ++i) {
        b.cell(t, i, 0, {{m.details[static_cast<std::size_t>(i)].label, b.bold()}}, RowHeadFill);
        b.cell(t, i, 1, {{m.details[static_cast<std::size_t>(i)].value, b.body()}});
    }
    endTable(b, t);
    QTextBlockFormat gap;
    gap.setTopMargin(10);
    b.paragraph({{QStringLiteral("Purpose of this paper"), b.sized(b.body(), 11, true, HeadingBlue)}}, gap);
    b.paragraph(m.purpose);
}

void table(DocumentBuilder &b, const M::Table &t)
{
    // The notes (basis of costing, what "–" means) go between the caption and the table and
    // are kept with them, so a note is never left alone at the top of the next page.
    QTextBlockFormat caption = DocumentBuilder::keep();
    caption.setBottomMargin(t.notes.isEmpty() ? 5 : 2);
    b.paragraph({{t.caption, b.bold()}}, caption);
    for (int i = 0; i < t.notes.size(); ++i) {
        QTextBlockFormat f = DocumentBuilder::keep();
        f.setBottomMargin(i + 1 == t.notes.size() ? 4 : 1);
        b.paragraph({{t.notes[i], b.small()}}, f);
    }
    const TableType type = tableType(b, t.widths.size());
    // A column of figures has its header right-aligned too.
    std::vector<bool> figures(t.widths.size(), !t.rows.empty());
    for (const auto &row : t.rows)
        for (std::size_t c = 0; c < row.size() && c < figures.size(); ++c)
            figures[c] = figures[c] && row[c].number;
    QTextTable *table = b.table(static_cast<int>(t.rows.size()), t.widths, t.headers, type.bold, figures);
    const int first = t.headers.isEmpty() ? 0 : 1;
    for (int r = 0; r < static_cast<int>(t.rows.size()); ++r) {
        const auto &row = t.rows[static_cast<std::size_t>(r)];
        for (int c = 0; c < static_cast<int>(row.size()); ++c) {
            const M::Cell &cell = row[static_cast<std::size_t>(c)];
            // Details tables (no header row) shade their label column like the report's cover.
            const bool label = t.headers.isEmpty() && c == 0;
            QTextCharFormat main = cell.strong || cell.tone != M::Tone::None || label ? type.bold : type.body;
            const QColor fill = toneFill(cell.tone);
            // Qt 6.4's ODF writer drops cell backgrounds, so in the editable document the words
            // carry the tint themselves.
            if (b.editable() && fill.isValid())
                main.setBackground(fill);
            std::vector<Run> runs{{cell.text, main}};
            if (!cell.detail.isEmpty())
                runs.push_back({QString(QString(QChar::LineSeparator) + cell.detail), type.detail});
            b.cell(table, r + first, c, runs, fill.isValid() ? fill : (label ? RowHeadFill : QColor()),
                   cell.number ? Qt::AlignRight : Qt::AlignLeft);
        }
    }
    endTable(b, table);
}

void callout(DocumentBuilder &b, const M::Block &block)
{
    QTextTable *t = b.table(1, {100}, {});
    b.cell(t, 0, 0,
           {{QString(block.label + QChar(QChar::LineSeparator)), b.sized(b.body(), 10.5, true, HeadingBlue)},
            {block.text, b.sized(b.body(), 9.5, false)}},
           HeaderFill);
    endTable(b, t);
}

void figures(DocumentBuilder &b, const M::Block &block)
{
    const std::size_t n = block.figures.size();
    if (n == 0)
        return;
    std::vector<qreal> widths(n, 100.0 / static_cast<qreal>(n));
    QTextTable *t = b.table(1, widths, {});
    for (std::size_t i = 0; i < n; ++i) {
        const M::Figure &f = block.figures[i];
        b.cell(t, 0, static_cast<int>(i),
               {{QString(f.label + QChar(QChar::LineSeparator)), b.sized(b.muted(), 8, false, Muted)},
                {f.value, b.sized(b.body(), 14, true)}},
               RowHeadFill);
    }
    endTable(b, t);
}

void block(DocumentBuilder &b, const M::Block &block)
{
    switch (block.kind) {
    case M::Block::Kind::Heading:
        b.heading(block.level, block.text);
        return;
    case M::Block::Kind::Paragraph:
        if (block.label.isEmpty())
            b.paragraph(block.text);
        else
            b.paragraph({{block.label, b.bold()}, {block.text, b.body()}});
        return;
    case M::Block::Kind::Bullets: {
        std::vector<std::vector<Run>> items;
        for (const M::Bullet &bullet : block.bullets) {
            std::vector<Run> runs;
            if (!bullet.lead.isEmpty())
                runs.push_back({bullet.lead, b.bold()});
            runs.push_back({bullet.text, b.body()});
            items.push_back(std::move(runs));
        }
        b.list(items, QTextListFormat::ListDisc);
        return;
    }
    case M::Block::Kind::Table:
        table(b, block.table);
        return;
    case M::Block::Kind::Figures:
        figures(b, block);
        return;
    case M::Block::Kind::Callout:
        callout(b, block);
        return;
    }
}

// A section starts a new page. But when the section before ends at the very foot of a page,
// the bottom margin of its last table (or paragraph) carries the layout just over the page
// boundary, and Qt's page break then moves the heading on once more, leaving a blank page.
// There the margin is dropped, so the heading starts the page that would have been blank.
void closeBlankPages(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (!(block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QTextBlock previous = block.previous();
        if (!previous.isValid())
            continue;
        const int page = static_cast<int>(std::floor(layout->blockBoundingRect(block).top() / pageHeight + 1e-4));
        const int previousPage =
            static_cast<int>(std::floor((layout->blockBoundingRect(previous).bottom() - 1) / pageHeight));
        if (page - previousPage < 2)
            continue;
        QTextCursor cursor(previous);
        if (QTextTable *table = cursor.currentTable()) {
            QTextTableFormat f = table->format();
            f.setBottomMargin(0);
            table->setFormat(f);
        } else {
            QTextBlockFormat f = previous.blockFormat();
            f.setBottomMargin(0);
            cursor.setBlockFormat(f);
        }
    }
}

} // namespace

std::unique_ptr<QTextDocument> BusinessCaseDocument::build(const BusinessCaseModel &model, Use use,
                                                           QPaintDevice *layoutDevice, QSizeF pageSize)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    QFont font(use == Use::Editable ? QStringLiteral("Arial") : QStringLiteral("DejaVu Sans"));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, model.documentTitle);
    if (layoutDevice)
        doc->documentLayout()->setPaintDevice(layoutDevice);
    if (!pageSize.isEmpty())
        doc->setPageSize(pageSize);

    // One edit block around the whole build: a document with a layout re-lays itself out
    // after every edit outside one.
    QTextCursor batch(doc.get());
    batch.beginEditBlock();
    const qreal unit = layoutDevice ? layoutDevice->logicalDpiY() / 96.0 : 1.0;
    DocumentBuilder b(*doc, use == Use::Editable ? DocumentBuilder::Charts::Image : DocumentBuilder::Charts::Vector,
                      nullptr, unit);
    cover(b, model);
    for (const M::Section &section : model.sections) {
        // Each case starts a page, as a board paper's sections do.
        b.heading(2, section.title, true);
        for (const M::Block &item : section.blocks)
            block(b, item);
    }
    batch.endEditBlock();
    closeBlankPages(*doc);
    return doc;
}

} // namespace ahplead
