#include "report/ReportTestSupport.h"
#include "report/assessment/AssessmentReport.h"
#include "report/document/CsvWriter.h"
#include "report/document/ReportWriter.h"

#include "core/assessment/AssessmentWriter.h"
#include "core/assessment/Scorer.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace ahplead;

namespace {

// The board example with a cover sheet half filled in: the agenda item, the purpose and the
// corporate risk register are left for the secretary to write in by hand.
Assessment halfCovered(const test::ExampleReport &r)
{
    Assessment a = r.assessment;
    a.cover.meeting = QStringLiteral("Trust board meeting in public");
    a.cover.meetingDate = QDate(2027, 3, 3);
    a.cover.reportOf = QStringLiteral("Chief Nurse");
    a.cover.preparedBy = QStringLiteral("Chief Allied Health Professional");
    a.cover.recommendation = QStringLiteral("The board is asked to take assurance from the self-assessment.");
    a.cover.assuranceFramework = QStringLiteral("BAF risk 3, workforce");
    a.cover.qualityEquality = QStringLiteral("No adverse impact identified");
    a.cover.previouslyConsidered = QStringLiteral("People committee");
    return a;
}

// The board example as a draft with only the first ANSWERED of its questions answered.
Assessment draftWith(const test::ExampleReport &r, int answered)
{
    Assessment a = r.assessment;
    a.status = QStringLiteral("draft");
    a.answers.clear();
    int n = 0;
    for (const Domain &d : r.framework->domains)
        for (const Question &q : d.questions)
            if (n++ < answered && r.assessment.answers.contains(q.id))
                a.answers.insert(q.id, r.assessment.answers.value(q.id));
    return a;
}

int entries(const Document &d)
{
    int n = 0;
    for (const Document::Section &s : d.sections)
        for (const Document::Block &b : s.blocks)
            n += b.kind == Document::Block::Kind::Entry ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("The board report's cover sheet shows every filled field and leaves a blank one empty in PDF and Word")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    const Assessment a = halfCovered(r);
    const Document document =
        AssessmentReport::build(ReportModel::build(*r.framework, a, Scorer::score(*r.framework, a)));
    REQUIRE(document.coverSheet.size() == 11);
    const QStringList filled{a.cover.meeting,         QStringLiteral("3 March 2027"), a.cover.reportOf,
                             a.cover.preparedBy,      a.cover.recommendation,         a.cover.assuranceFramework,
                             a.cover.qualityEquality, a.cover.previouslyConsidered};
    const QStringList blank{QStringLiteral("Agenda item"), QStringLiteral("Purpose"),
                            QStringLiteral("Corporate risk register")};
    for (const Document::Detail &d : document.coverSheet)
        CHECK((blank.contains(d.label) ? d.value.isEmpty() : filled.contains(d.value)));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("board.pdf"));
    REQUIRE(ReportWriter::write(document, ReportFormat::Pdf, pdf).ok());
    const QString text = test::pdfText(pdf);
    for (const QString &value : filled)
        CHECK(test::squeezed(text).contains(test::squeezed(value)));
    for (const QString &label : blank)
        CHECK(text.contains(label));
    // A blank is a blank: the cover sheet's next label follows it, with no words to fill it.
    static const QRegularExpression agendaThenReport(QStringLiteral("Agenda item\\s+Report of"));
    static const QRegularExpression riskThenQuality(
        QStringLiteral("Corporate risk register\\s+Quality and equality impact"));
    CHECK(text.contains(agendaThenReport));
    CHECK(text.contains(riskThenQuality));
    const QString cover = text.section(QLatin1Char('\f'), 0, 0); // the first page
    for (const char *placeholder : {"Not recorded", "Not given", "To be confirmed", "TBC", "[", "\u2014"})
        CHECK_FALSE(cover.contains(QString::fromUtf8(placeholder)));

    // Word: every cover row exactly, a blank value an empty cell (test::checkDocx checks the rows).
    const QString word = dir.filePath(QStringLiteral("board.docx"));
    REQUIRE(ReportWriter::write(document, ReportFormat::Docx, word).ok());
    const auto check = test::checkDocx(document, word, filled + blank);
    if (check.exitCode == 77)
        AHPLEAD_SKIP(check.out.trimmed().toStdString());
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("A recommendation typed on the cover sheet is what the cover's box asks of the board, in the "
          "secretary's words")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    const Assessment a = halfCovered(r);
    const Document typed = AssessmentReport::build(ReportModel::build(*r.framework, a, Scorer::score(*r.framework, a)));
    CHECK(typed.purposeTitle == QStringLiteral("Recommendation to the board"));
    CHECK(typed.purpose == a.cover.recommendation);
    // Without one, the box says what the board is asked to do with this kind of paper.
    CHECK(r.assessment.cover.recommendation.isEmpty());
    const Document plain = AssessmentReport::build(r.model);
    CHECK(plain.purposeTitle == QStringLiteral("Purpose of this paper"));
    CHECK(plain.purpose.startsWith(QStringLiteral("The board is asked to note")));
}

TEST_CASE("A personal self-assessment's report has no board paper cover sheet")
{
    const auto r = test::exampleReport(QStringLiteral("individual"));
    CHECK(r.model.coverSheet.empty());
    CHECK(AssessmentReport::build(r.model).coverSheet.empty());
}

TEST_CASE("A draft's appendix of answers leaves out the unanswered questions unless asked, and the CSV has every one")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    const Assessment a = draftWith(r, 27);
    const int questions = ReportModel::answerCount(r.model);
    const int answered = int(a.answers.size());
    REQUIRE(answered > 0);
    REQUIRE(answered < questions);
    const ReportModel model = ReportModel::build(*r.framework, a, Scorer::score(*r.framework, a));

    const Document paper = AssessmentReport::build(model);
    CHECK(entries(paper) == answered);
    const QString words = paper.plainText();
    CHECK_FALSE(words.contains(QStringLiteral("Not answered")));
    CHECK(words.contains(QStringLiteral("The %1 questions not yet answered are left out.").arg(questions - answered)));
    CHECK(words.contains(QStringLiteral("Appendix A: answers and evidence")));
    CHECK(int(paper.dataRows.size()) == questions); // the spreadsheet keeps every question

    const Document everything = AssessmentReport::build(model, AssessmentReport::Questions::All);
    CHECK(entries(everything) == questions);
    CHECK(everything.plainText().contains(QStringLiteral("Not answered")));
    CHECK_FALSE(everything.plainText().contains(QStringLiteral("not yet answered are left out")));

    // The CLI: --all-questions puts them back; the CSV has every question either way.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("draft.json"));
    test::writeFile(file, AssessmentWriter::toBytes(a, *r.framework));
    const auto pdfOf = [&](const QStringList &extra) {
        const QString out = dir.filePath(QStringLiteral("draft%1.pdf").arg(extra.size()));
        const auto run = test::runCli(QStringList{QStringLiteral("report"), file, QStringLiteral("-o"), out} + extra);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return test::pdfText(out);
    };
    CHECK_FALSE(pdfOf({}).contains(QStringLiteral("Not answered")));
    CHECK(pdfOf({QStringLiteral("--all-questions")}).contains(QStringLiteral("Not answered")));
    const QString csv = dir.filePath(QStringLiteral("draft.csv"));
    REQUIRE(test::runCli({QStringLiteral("report"), file, QStringLiteral("-o"), csv}).exitCode == 0);
    CHECK(QString::fromUtf8(test::readFile(csv)).count(QStringLiteral("Not answered")) == questions - answered);
}

TEST_CASE("Sources read in words in the report, never as the framework's short ids")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    static const QRegularExpression shortId(QStringLiteral("(^|; )(handbook|investing|developing|blog|ics),"));
    REQUIRE_FALSE(r.model.actions.empty());
    for (const ReportModel::ActionRow &a : r.model.actions) {
        INFO(a.citations.toStdString());
        CHECK_FALSE(a.citations.contains(shortId));
    }
    for (const ReportModel::RecommendationRow &rec : r.model.recommendations)
        CHECK_FALSE(rec.citations.contains(shortId));
    const QString words = AssessmentReport::build(r.model).plainText();
    CHECK(words.contains(QStringLiteral("Sources: Chief AHPs handbook (2022), ")));
    CHECK(words.contains(QStringLiteral("[Chief AHPs handbook (2022)]"))); // the appendix of sources names it so
    CHECK_FALSE(words.contains(QStringLiteral("Evidences:")));
}
