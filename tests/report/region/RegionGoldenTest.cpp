#include "report/region/RegionFixture.h"

#include "report/ReportTestSupport.h"
#include "report/document/CsvWriter.h"
#include "report/document/HtmlWriter.h"
#include "report/document/TextDocumentWriter.h"
#include "report/region/RegionDocument.h"
#include "report/region/RegionReportModel.h"

#include <catch2/catch.hpp>

using namespace ahplead;

// The regional summary's words, held by golden files so that a rewrite of the report stack
// says the same: tests/report/golden/region-summary.txt (the document's plain text, the text
// the PDF lays out), region-summary.csv and region-summary.html. The region is the fixture's
// twelve trusts (three ICSs, one to three revisions each, some reviewed). What the fixture
// leaves to chance does not reach the summary: submission UUIDs and the store's temporary
// path are not shown, submission dates are fixed, and the reviews follow the store's order
// (by name, then date). The day the summary was produced is pinned below. To accept a
// deliberate change, run with AHPLEAD_UPDATE_GOLDEN=1 and review the diff of the golden files.

namespace {

RegionReportModel goldenModel(const test::RegionFixture &region)
{
    RegionReportModel model = RegionReportModel::build(
        test::exampleFramework(QStringLiteral("board")), region.summary(),
        QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC), QStringLiteral("Regional team"));
    // The creator names the program's version ("ahplead 0.1.0"), which the HTML carries in
    // its generator meta and footer: pinned, so a release does not rewrite the golden file.
    model.creator = QStringLiteral("ahplead");
    return model;
}

} // namespace

TEST_CASE("The regional summary's text, CSV and HTML match their golden files with the locale pinned")
{
    const test::PinnedLocale locale;
    const auto region = test::makeRegion(12);
    const RegionReportModel model = goldenModel(*region);
    const Document document = RegionDocument::build(model);
    const auto doc = TextDocumentWriter::build(document, TextDocumentWriter::Use::Print);
    test::compareWithGolden(QStringLiteral("region-summary.txt"), test::goldenText(*doc));
    test::compareWithGolden(QStringLiteral("region-summary.csv"), CsvWriter::render(document));
    test::compareWithGolden(QStringLiteral("region-summary.html"), HtmlWriter::toBytes(document));
}
