#include "report/ReportTestSupport.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "report/assessment/ActionPlanSheet.h"
#include "report/assessment/AssessmentReport.h"
#include "report/document/HtmlWriter.h"
#include "report/document/ReportWriter.h"
#include "report/document/SourceLibrary.h"
#include "report/document/TextDocumentWriter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    text.remove(QRegularExpression(QStringLiteral("Developing (allied|workforce|AHP leaders)")));
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

TEST_CASE("The board's owners, target dates and progress show in the action plan of the PDF and the Word document, "
          "with overdue actions marked")
{
    auto r = test::exampleReport(QStringLiteral("board"));
    REQUIRE(r.card.actions.size() >= 2);
    const Action &first = r.card.actions[0];
    const Action &second = r.card.actions[1];
    r.assessment.actions.insert(first.recommendationId,
                                {first.recommendationId, QStringLiteral("Director of nursing"), QDate(2026, 11, 30),
                                 TrackedAction::Status::InProgress, QStringLiteral("Panel booked for January")});
    r.assessment.actions.insert(second.recommendationId, {second.recommendationId,
                                                          QStringLiteral("Chief executive"),
                                                          QDate(2027, 3, 31),
                                                          TrackedAction::Status::NotStarted,
                                                          {}});
    const ReportModel model =
        ReportModel::build(*r.framework, r.assessment, r.card, SourceLibrary::bundled(), QDate(2026, 12, 5));
    CHECK(model.actionsTracked == 2);
    CHECK(model.actionsOverdue == 1);
    CHECK(model.actionPlanIntro.contains(QStringLiteral("as recorded for 2 of")));
    CHECK(model.actionPlanIntro.contains(QStringLiteral("1 is past its target date")));
    CHECK(model.actions[0].overdue);
    CHECK_FALSE(model.actions[1].overdue);

    QTemporaryDir dir;
    const Document document = AssessmentReport::build(model);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(ReportWriter::write(document, ReportFormat::Pdf, pdf).ok());
    const QString text = test::squeezed(test::pdfText(pdf, true));
    for (const char *expected : {"Director of nursing", "30 November 2026", "Overdue", "In progress",
                                 "Note: Panel booked for January", "Chief executive", "31 March 2027", "Not started"}) {
        INFO(expected);
        CHECK(text.contains(test::squeezed(QString::fromUtf8(expected))));
    }
    const QString docx = dir.filePath(QStringLiteral("report.docx"));
    REQUIRE(ReportWriter::write(document, ReportFormat::Docx, docx).ok());
    const test::ProcessResult read =
        test::checkDocx(document, docx,
                        {QStringLiteral("Director of nursing"), QStringLiteral("30 November 2026"),
                         QStringLiteral("Overdue"), QStringLiteral("In progress")});
    if (read.exitCode == 77)
        AHPLEAD_SKIP(read.out.toStdString());
    INFO(read.out.toStdString() << read.err.toStdString());
    CHECK(read.exitCode == 0);

    // The action plan as a spreadsheet: a row per action, what was recorded in its own columns.
    const QString csv = dir.filePath(QStringLiteral("actions.csv"));
    REQUIRE(ReportWriter::write(ActionPlanSheet::build(model), ReportFormat::Csv, csv).ok());
    const test::ProcessResult sheet = test::runPython(QStringLiteral("assessment/check_actions_csv.py"),
                                                      {csv, QString::number(model.actions.size())});
    INFO(sheet.out.toStdString() << sheet.err.toStdString());
    REQUIRE(sheet.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(sheet.out.toUtf8()).array();
    REQUIRE(rows.size() == static_cast<qsizetype>(model.actions.size()));
    const QJsonObject top = rows[0].toObject();
    CHECK(top[QStringLiteral("Recommendation ID")].toString() == first.recommendationId);
    CHECK(top[QStringLiteral("Owner")].toString() == QStringLiteral("Director of nursing"));
    CHECK(top[QStringLiteral("Target date")].toString() == QStringLiteral("2026-11-30"));
    CHECK(top[QStringLiteral("Progress")].toString() == QStringLiteral("In progress"));
    CHECK(top[QStringLiteral("Overdue")].toString() == QStringLiteral("Yes"));
    CHECK(top[QStringLiteral("Note")].toString() == QStringLiteral("Panel booked for January"));
    CHECK(rows[1].toObject()[QStringLiteral("Overdue")].toString() == QStringLiteral("No"));
    REQUIRE(rows.size() >= 3);
    CHECK(rows[2].toObject()[QStringLiteral("Owner")].toString().isEmpty()); // nothing recorded yet
}
