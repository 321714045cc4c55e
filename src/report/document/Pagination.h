#pragma once

#include <QList>
#include <QString>
#include <QTextFormat>

#include <utility>

class QTextDocument;

namespace ahplead {

// The page-breaking rules of every paginated document (TextDocumentWriter), applied to a
// QTextDocument laid out in pages: what Qt's own layout does not do for a board paper.
class Pagination {
public:
    // Marks blocks that must not be left alone at the foot of a page (headings, questions).
    static constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 40;
    // Names a table whose rows are never split over a page, and the first row of the
    // document's table a QTextTable holds (a table is built in chunks: see straddlingRows).
    static constexpr int TableKeyProperty = QTextFormat::UserProperty + 47;
    static constexpr int FirstRowProperty = QTextFormat::UserProperty + 48;

    // Moves to the top of the next page every kept block whose follower starts on a later
    // page (with the kept blocks above it) and every short paragraph that would be split
    // over two pages. Needs a paginated document; returns how many blocks moved.
    static int keepWithNext(QTextDocument &document);
    // Drops the bottom margin that would carry a section's end onto a page of its own, so
    // the next section's heading does not leave a blank page.
    static void closeBlankPages(QTextDocument &doc);
    // The first row of each keyed table that would straddle a page break, as {table key,
    // row}: Qt splits a row wherever the page ends, so the writer builds the document again
    // with a new chunk of that table starting at that row, on a new page.
    static QList<std::pair<QString, int>> straddlingRows(QTextDocument &document);
};

} // namespace ahplead
