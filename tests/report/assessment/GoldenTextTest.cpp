#include "report/ReportTestSupport.h"

#include "report/assessment/CsvWriter.h"
#include "report/assessment/ReportDocument.h"

#include <catch2/catch.hpp>

using namespace ahplead;

// The report's words, compared with golden files: tests/report/golden/KIND-report.txt (the
// document's plain text, the same text the PDF and ODT lay out) and KIND-report.csv.
// The locale is pinned to en_GB. To accept a deliberate change, run the test with
// AHPLEAD_UPDATE_GOLDEN=1 and review the diff of the golden files (test::compareWithGolden).

TEST_CASE("The report text of each example matches its golden file with the locale pinned")
{
    const test::PinnedLocale locale;
    for (const QString &kind : test::exampleKinds()) {
        const auto r = test::exampleReport(kind);
        const auto doc = ReportDocument::build(r.model, ReportDocument::Charts::Vector);
        test::compareWithGolden(kind + QStringLiteral("-report.txt"), test::goldenText(*doc));
        test::compareWithGolden(kind + QStringLiteral("-report.csv"), CsvWriter::render(r.model));
    }
}
