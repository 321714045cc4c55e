#include "report/businesscase/BusinessCaseTestSupport.h"

#include "report/document/HtmlWriter.h"
#include "report/document/TextDocumentWriter.h"

#include <catch2/catch.hpp>

using namespace ahplead;

// The business case document's words, held by golden files so that a rewrite of the report
// stack says the same: tests/report/golden/business-case.txt (the document's plain text, the
// text the PDF and ODT lay out) and business-case.html. The document is the example case
// (data/examples/business-case-example.json) read as the CLI reads it, with the case for
// change drawn from the board assessment it names. To accept a deliberate change, run with
// AHPLEAD_UPDATE_GOLDEN=1 and review the diff of the golden files.

namespace {

BusinessCaseModel goldenModel()
{
    BusinessCaseModel model = test::exampleBusinessCaseModel();
    // The creator names the program's version ("ahplead 0.1.0"), which the HTML carries in
    // its generator meta and footer: pinned, so a release does not rewrite the golden file.
    model.creator = QStringLiteral("ahplead");
    return model;
}

} // namespace

TEST_CASE("The business case document's text matches its golden file with the locale pinned")
{
    const test::PinnedLocale locale;
    const BusinessCaseModel model = goldenModel();
    const auto print = TextDocumentWriter::build(model, TextDocumentWriter::Use::Print);
    test::compareWithGolden(QStringLiteral("business-case.txt"), test::goldenText(*print));

    // The editable use (ODT) differs from the printed one only in typeface and in drawing
    // charts as images, so its words are the same golden file.
    const auto editable = TextDocumentWriter::build(model, TextDocumentWriter::Use::Editable);
    test::compareWithGolden(QStringLiteral("business-case.txt"), test::goldenText(*editable));
}

TEST_CASE("The business case document's HTML matches its golden file with the locale pinned")
{
    const test::PinnedLocale locale;
    test::compareWithGolden(QStringLiteral("business-case.html"), HtmlWriter::toBytes(goldenModel()));
}
