#include "report/ReportTestSupport.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "report/assessment/AssessmentReport.h"
#include "report/document/HtmlWriter.h"
#include "report/document/TextDocumentWriter.h"

#include <QRegularExpression>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace ahplead;

namespace {

// The board example cut down to one answer, as a report model.
test::ExampleReport draftReport()
{
    auto read = AssessmentReader::parse(test::oneAnswerDraft(QStringLiteral("board")), QStringLiteral("draft.json"),
                                        test::frameworks());
    REQUIRE(read.ok());
    test::ExampleReport r;
    r.assessment = std::move(read).value();
    r.framework = test::frameworks().find(r.assessment.frameworkId, r.assessment.frameworkVersion);
    REQUIRE(r.framework);
    r.card = Scorer::score(*r.framework, r.assessment);
    r.model = ReportModel::build(*r.framework, r.assessment, r.card);
    return r;
}

// TEXT without the scoring method's table of levels (which names every level as a key) and
// without source titles that happen to contain "Developing".
QString withoutKeyAndTitles(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("Scores map to maturity levels:[^\\n<]*")));
    text.remove(QRegularExpression(QStringLiteral("Developing (allied|workforce)")));
    return text;
}

void checkNoLevelNamed(const QString &text)
{
    const QString rest = withoutKeyAndTitles(text);
    for (const char *level : {"Emerging", "Developing", "Established", "Embedded"}) {
        INFO(level);
        CHECK_FALSE(rest.contains(QLatin1String(level)));
    }
    CHECK_FALSE(rest.contains(QRegularExpression(QStringLiteral("Level \\d"))));
}

} // namespace

TEST_CASE("The report of a one-answer draft says Provisional with its counts and names no maturity level")
{
    const test::PinnedLocale locale;
    const auto r = draftReport();
    const QString provisional = QStringLiteral("Provisional: 1 of %1 answered").arg(r.framework->questionCount());
    const Document document = AssessmentReport::build(r.model);

    const auto doc = TextDocumentWriter::build(document, TextDocumentWriter::Use::Print);
    const QString text = QString::fromUtf8(test::goldenText(*doc));
    CHECK(text.contains(provisional));
    CHECK(text.contains(QStringLiteral("None found so far;")));
    checkNoLevelNamed(text);

    const QString html = HtmlWriter::render(document);
    CHECK(html.contains(provisional));
    checkNoLevelNamed(html);
}

TEST_CASE("The provisional draft report matches its golden file with the locale pinned")
{
    const test::PinnedLocale locale;
    const auto r = draftReport();
    const auto doc = TextDocumentWriter::build(AssessmentReport::build(r.model), TextDocumentWriter::Use::Print);
    test::compareWithGolden(QStringLiteral("board-draft-report.txt"), test::goldenText(*doc));
}

TEST_CASE("A complete example's report is not provisional")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    CHECK_FALSE(r.model.provisional);
    CHECK(r.model.overallLevelText == QStringLiteral("Level 1: Emerging"));
}
