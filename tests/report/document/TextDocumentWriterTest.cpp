#include "report/document/TextDocumentWriter.h"
#include "report/document/Pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace ahplead;

namespace {

using D = Document;

// A document whose one table has ROWS rows of several lines each, named "Row 001" and on.
Document tallRows(int rows, bool wholeRows)
{
    D d;
    d.title = QStringLiteral("Rows");
    d.organisation = QStringLiteral("Organisation");
    D::Table t;
    t.id = QStringLiteral("rows");
    t.caption = QStringLiteral("Table 1. Rows");
    t.headers = {QStringLiteral("Name"), QStringLiteral("Words")};
    t.widths = {30, 70};
    t.wholeRows = wholeRows;
    const QString words =
        QStringLiteral("Several lines of words in a narrow column, so that the row is tall. ").repeated(4);
    for (int i = 1; i <= rows; ++i)
        t.rows.push_back({D::cell({D::plain(QStringLiteral("Row %1").arg(i, 3, 10, QLatin1Char('0')))}, false, true),
                          D::cell({D::plain(words)})});
    d.sections.push_back({QStringLiteral("rows"), QStringLiteral("1. Rows"), {D::table(std::move(t))}, true});
    return d;
}

std::vector<QTextTable *> tablesOf(QTextDocument &doc)
{
    std::vector<QTextTable *> tables;
    for (QTextFrame *frame : doc.rootFrame()->childFrames())
        if (auto *table = qobject_cast<QTextTable *>(frame))
            tables.push_back(table);
    return tables;
}

// How many body rows of DOC's tables start on one page and end on the next.
int splitRows(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const auto pageOf = [&](qreal y) { return static_cast<int>(std::floor(y / pageHeight + 1e-4)); };
    int split = 0;
    for (QTextTable *table : tablesOf(doc)) {
        for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = 0;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                const QTextBlock first = doc.findBlock(cell.firstPosition());
                qreal firstTop = layout->blockBoundingRect(first).top();
                if (first.layout() && first.layout()->lineCount() > 0)
                    firstTop += first.layout()->lineAt(0).y();
                top = std::min(top, firstTop);
                bottom = std::max(bottom, layout->blockBoundingRect(doc.findBlock(cell.lastPosition())).bottom());
            }
            if (pageOf(top) != pageOf(bottom - 1))
                ++split;
        }
    }
    return split;
}

} // namespace

TEST_CASE("A table that keeps its rows whole never splits a row over a page and repeats its header row")
{
    const QSizeF page(480, 640);
    // The control: laid out by Qt alone, rows are split where the page ends.
    auto loose = TextDocumentWriter::build(tallRows(40, false), TextDocumentWriter::Use::Print, nullptr, page);
    REQUIRE(splitRows(*loose) > 0);

    auto whole = TextDocumentWriter::build(tallRows(40, true), TextDocumentWriter::Use::Print, nullptr, page);
    CHECK(splitRows(*whole) == 0);
    // Each chunk is a table of its own that starts a page with the header row.
    const std::vector<QTextTable *> chunks = tablesOf(*whole);
    CHECK(chunks.size() > 1);
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        CHECK(chunks[i]->format().headerRowCount() == 1);
        CHECK(whole->findBlock(chunks[i]->cellAt(0, 0).firstPosition()).text() == QStringLiteral("Name"));
        if (i > 0)
            CHECK(chunks[i]->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
    }
    // Nothing is lost or doubled on the way.
    const QString text = whole->toPlainText();
    for (int i = 1; i <= 40; ++i)
        CHECK(text.count(QStringLiteral("Row %1").arg(i, 3, 10, QLatin1Char('0'))) == 1);
}

TEST_CASE("Without a page size the document is laid out once, as one table")
{
    auto doc = TextDocumentWriter::build(tallRows(40, true), TextDocumentWriter::Use::Print);
    CHECK(tablesOf(*doc).size() == 1);
    CHECK(Pagination::straddlingRows(*doc).isEmpty());
}
