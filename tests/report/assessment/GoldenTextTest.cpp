#include "report/ReportTestSupport.h"
#include "report/assessment/AssessmentReport.h"
#include "report/document/CsvWriter.h"
#include "report/document/HtmlWriter.h"
#include "report/document/TextDocumentWriter.h"

#include <catch2/catch.hpp>

using namespace ahplead;

// The report's words, compared with golden files: tests/report/golden/KIND-report.txt (the
// document's plain text, the same text the PDF and ODT lay out), KIND-report.csv and, for the
// board report, board-report.html.
// The locale is pinned to en_GB. To accept a deliberate change, run the test with
// AHPLEAD_UPDATE_GOLDEN=1 and review the diff of the golden files (test::compareWithGolden).

TEST_CASE("The report text of each example matches its golden file with the locale pinned")
{
    const test::PinnedLocale locale;
    for (const QString &kind : test::exampleKinds()) {
        const auto r = test::exampleReport(kind);
        const auto doc = TextDocumentWriter::build(AssessmentReport::build(r.model), TextDocumentWriter::Use::Print);
        test::compareWithGolden(kind + QStringLiteral("-report.txt"), test::goldenText(*doc));
        test::compareWithGolden(kind + QStringLiteral("-report.csv"),
                                CsvWriter::render(AssessmentReport::build(r.model)));
    }
}

TEST_CASE("The board report's HTML matches its golden file with the locale pinned")
{
    const test::PinnedLocale locale;
    auto r = test::exampleReport(QStringLiteral("board"));
    // The creator names the program's version ("ahplead 0.1.0"), which the HTML carries in
    // its generator meta and footer: pinned, so a release does not rewrite the golden file.
    r.model.creator = QStringLiteral("ahplead");
    test::compareWithGolden(QStringLiteral("board-report.html"), HtmlWriter::toBytes(AssessmentReport::build(r.model)));
}
