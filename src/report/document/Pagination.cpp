#include "report/document/Pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <limits>
#include <vector>

namespace ahplead {

int Pagination::keepWithNext(QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    // The page of a block's line: when a block does not fit, the layout moves its lines to
    // the next page while the block's own rectangle still starts on this one.
    const auto pageOfLine = [&](const QTextBlock &block, bool last) {
        qreal y = layout->blockBoundingRect(block).top();
        if (const QTextLayout *lines = block.layout(); lines && lines->lineCount() > 0)
            y += lines->lineAt(last ? lines->lineCount() - 1 : 0).y();
        // A line the layout pushed to the top of a page sits at k x pageHeight give or take
        // rounding (QFixed), so allow a sliver.
        return static_cast<int>(std::floor(y / pageHeight + 1e-4));
    };
    const auto pageOf = [&](const QTextBlock &block) { return pageOfLine(block, false); };
    const auto inTable = [](const QTextBlock &block) { return QTextCursor(block).currentTable() != nullptr; };
    const auto kept = [&](const QTextBlock &block) {
        return block.isValid() && block.blockFormat().boolProperty(KeepWithNextProperty) && !inTable(block);
    };
    constexpr int ShortBlock = 3; // lines; a paragraph this short is never split over two pages

    // Which block to move to the next page so BLOCK keeps with what follows, or an invalid
    // block when nothing needs to move.
    const auto blockToMove = [&](const QTextBlock &block) {
        const int page = pageOf(block);
        const QTextBlock next = block.next();
        const bool orphaned = kept(block) && next.isValid() && pageOf(next) > page;
        const int lineCount = block.layout() ? block.layout()->lineCount() : 0;
        const bool split = lineCount > 1 && lineCount <= ShortBlock && pageOfLine(block, true) > page;
        if (!orphaned && !split)
            return QTextBlock();
        // Take the run of kept blocks above along (a heading above a question).
        QTextBlock first = block;
        while (kept(first.previous()) && pageOf(first.previous()) == page)
            first = first.previous();
        if (first.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            return QTextBlock(); // already starts a page: the run is simply longer than a page
        return first;
    };

    // Each move pushes later text down, so only the first move of a run of pages can be
    // decided from the layout as it stands. But text after a forced page break is laid out
    // the same whatever comes before it, so each such section gets its first move in the same
    // round, and the document is laid out again once per round rather than once per move.
    int moved = 0;
    for (;;) {
        std::vector<QTextBlock> moves;
        bool sectionMoved = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (inTable(block))
                continue;
            if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                sectionMoved = false;
            if (sectionMoved)
                continue;
            if (const QTextBlock first = blockToMove(block); first.isValid()) {
                moves.push_back(first);
                sectionMoved = true;
            }
        }
        if (moves.empty())
            return moved;
        QTextCursor batch(&document);
        batch.beginEditBlock();
        for (const QTextBlock &first : moves) {
            QTextCursor cursor(first);
            QTextBlockFormat f = first.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(f);
        }
        batch.endEditBlock();
        moved += int(moves.size());
    }
}

// A section starts a new page. But when the section before ends at the very foot of a page,
// the bottom margin of its last table (or paragraph) carries the layout just over the page
// boundary, and Qt's page break then moves the heading on once more, leaving a blank page.
// There the margin is dropped, so the heading starts the page that would have been blank.
void Pagination::closeBlankPages(QTextDocument &doc)
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

// The first row of each chunked table that would straddle a page break, as {table key, model row}.
QList<std::pair<QString, int>> Pagination::straddlingRows(QTextDocument &document)
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

} // namespace ahplead
