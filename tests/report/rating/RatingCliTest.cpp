#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "report/ReportTestSupport.h"
#include "report/rating/RatingFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace ahplead;
using namespace ahplead::test;

namespace {

QString ratingBoardExample()
{
    return dataDir() + QStringLiteral("/examples/board-example.json");
}

// Answers the blank rating file PATH as a rater would in the app: every question VALUE, question
// 0 OTHER, each with NOTE.
void answerRating(const QString &path, AnswerValue value, AnswerValue other, const QString &note)
{
    auto read = AssessmentReader::read(path, frameworks());
    REQUIRE(read.ok());
    Assessment a = std::move(read).value();
    for (const Domain &d : ratingFramework().domains)
        for (const Question &q : d.questions)
            a.answers.insert(q.id, Answer{q.id, q.id == ratingQuestion(0) ? other : value, note, false, {}, {}});
    writeFile(path, AssessmentWriter::toBytes(a, ratingFramework()));
}

ProcessResult ratingCli(const QStringList &args)
{
    const ProcessResult r = runCli(args);
    INFO(r.out.toStdString() + r.err.toStdString());
    return r;
}

} // namespace

TEST_CASE("Invite, answer, merge and consensus work end to end through the CLI on real files", "[rating]")
{
    QTemporaryDir dir;
    const QString chair = dir.filePath(QStringLiteral("chair.json"));
    const QString ned = dir.filePath(QStringLiteral("ned.json"));
    const QString cahp = dir.filePath(QStringLiteral("cahp.json"));
    REQUIRE(ratingCli({QStringLiteral("rating-invite"), ratingBoardExample(), QStringLiteral("--role"),
                       QStringLiteral("chair"), QStringLiteral("--name"), QStringLiteral("Fiona Affleck"),
                       QStringLiteral("-o"), chair})
                .exitCode == 0);
    REQUIRE(ratingCli({QStringLiteral("rating-invite"), ratingBoardExample(), QStringLiteral("--role"),
                       QStringLiteral("non_executive_director"), QStringLiteral("-o"), ned})
                .exitCode == 0);
    REQUIRE(ratingCli({QStringLiteral("rating-invite"), ratingBoardExample(), QStringLiteral("--role"),
                       QStringLiteral("chief_ahp"), QStringLiteral("-o"), cahp})
                .exitCode == 0);
    answerRating(chair, AnswerValue::InPlace, AnswerValue::InPlace, QStringLiteral("Seen the minutes"));
    answerRating(ned, AnswerValue::InPlace, AnswerValue::NotInPlace, {});
    answerRating(cahp, AnswerValue::InPlace, AnswerValue::Partial, QStringLiteral("No AHP voice"));

    const QString merged = dir.filePath(QStringLiteral("merged.json"));
    const ProcessResult merge = ratingCli({QStringLiteral("merge"), chair, ned, cahp, QStringLiteral("-o"), merged});
    REQUIRE(merge.exitCode == 0);
    CHECK(merge.out.contains(QStringLiteral("1 questions for the board to settle")));
    auto draft = AssessmentReader::read(merged, frameworks());
    REQUIRE(draft.ok());
    CHECK_FALSE(draft->rating.has_value());
    CHECK(draft->status == QStringLiteral("draft"));
    CHECK(draft->answers.size() == ratingFramework().questionCount() - 1);
    CHECK_FALSE(draft->answers.contains(ratingQuestion(0)));
    // The question not agreed is kept in the file with its spread, as the summary printed it.
    REQUIRE(draft->toAgree.keys() == QStringList{ratingQuestion(0)});
    const QString spread = draft->toAgree.value(ratingQuestion(0));
    CHECK(spread == QStringLiteral("Not agreed. Ratings: 1 in place, 1 partly in place, 1 not in place. Chair: Seen "
                                   "the minutes. Chief AHP: No AHP voice."));
    CHECK(merge.out.contains(ratingQuestion(0) + QStringLiteral(": ") + spread));
    const ProcessResult draftValid =
        run(python(), {sourceDir() + QStringLiteral("/tests/data/validate_json.py"),
                       dataDir() + QStringLiteral("/schema/assessment.schema.json"), merged});
    INFO(draftValid.out.toStdString() + draftValid.err.toStdString());
    CHECK(draftValid.exitCode == 0);

    const QString json = dir.filePath(QStringLiteral("consensus.json"));
    REQUIRE(ratingCli({QStringLiteral("consensus"), chair, ned, cahp, QStringLiteral("-o"), json}).exitCode == 0);
    const ProcessResult valid = run(python(), {sourceDir() + QStringLiteral("/tests/data/validate_json.py"),
                                               dataDir() + QStringLiteral("/schema/consensus.schema.json"), json});
    INFO(valid.out.toStdString() + valid.err.toStdString());
    CHECK(valid.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(readFile(json)).object();
    CHECK(doc.value(QStringLiteral("questions")).toArray().first().toObject().value(QStringLiteral("question")) ==
          ratingQuestion(0));
    CHECK(doc.value(QStringLiteral("raters")).toArray().first() == QStringLiteral("Chair"));

    const QString html = dir.filePath(QStringLiteral("consensus.html"));
    REQUIRE(ratingCli({QStringLiteral("consensus"), chair, ned, cahp, QStringLiteral("--format"),
                       QStringLiteral("html"), QStringLiteral("-o"), html})
                .exitCode == 0);
    const ProcessResult htmlCheck = runPython(QStringLiteral("check_html.py"), {html});
    INFO(htmlCheck.out.toStdString() + htmlCheck.err.toStdString());
    CHECK(htmlCheck.exitCode == 0);

    const QString csv = dir.filePath(QStringLiteral("consensus.csv"));
    REQUIRE(ratingCli({QStringLiteral("consensus"), chair, ned, cahp, QStringLiteral("-o"), csv}).exitCode == 0);
    const ProcessResult csvCheck =
        runPython(QStringLiteral("rating/check_consensus_csv.py"),
                  {csv, QString::number(ratingFramework().questionCount()), QStringLiteral("3")});
    INFO(csvCheck.out.toStdString() + csvCheck.err.toStdString());
    CHECK(csvCheck.exitCode == 0);

    const QString pdf = dir.filePath(QStringLiteral("consensus.pdf"));
    REQUIRE(
        ratingCli({QStringLiteral("consensus"), chair, ned, cahp, QStringLiteral("--names"), QStringLiteral("-o"), pdf})
            .exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK_FALSE(hasLigatures(text));
    CHECK(text.contains(QStringLiteral("Fiona Affleck")));
    CHECK(squeezed(text).contains(squeezed(QStringLiteral("Where the board\u2019s views differed"))));
    CHECK(squeezed(text).contains(squeezed(QStringLiteral("Fiona Affleck: Seen the minutes"))));
}

TEST_CASE("The rating commands refuse wrong input with exit 1 and usage mistakes with exit 2", "[rating]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.json"));
    CHECK(ratingCli({QStringLiteral("rating-invite"), ratingBoardExample(), QStringLiteral("--role"),
                     QStringLiteral("chief_executive"), QStringLiteral("-o"), out})
              .exitCode == 2);
    CHECK(ratingCli({QStringLiteral("rating-invite"), ratingBoardExample(), QStringLiteral("-o"), out}).exitCode == 2);
    CHECK(ratingCli({QStringLiteral("merge"), QStringLiteral("-o"), out}).exitCode == 2);
    CHECK(ratingCli({QStringLiteral("consensus"), ratingBoardExample(), QStringLiteral("--format"),
                     QStringLiteral("odt"), QStringLiteral("-o"), out})
              .exitCode == 2);

    // A plain assessment is not a rating file; the message says so, then names the file.
    const ProcessResult plain = ratingCli({QStringLiteral("merge"), ratingBoardExample(), QStringLiteral("-o"), out});
    CHECK(plain.exitCode == 1);
    CHECK(plain.err.contains(QStringLiteral("not a rating file")));
    CHECK(plain.err.contains(QStringLiteral("board-example.json")));

    // Another organisation's rating is refused, naming the file.
    const QString a = dir.filePath(QStringLiteral("a.json"));
    const QString b = dir.filePath(QStringLiteral("b.json"));
    writeFile(a, AssessmentWriter::toBytes(rating(QStringLiteral("chair"), raterId(1), AnswerValue::InPlace),
                                           ratingFramework()));
    Assessment other = rating(QStringLiteral("other"), raterId(2), AnswerValue::InPlace);
    other.organisation.odsCode = QStringLiteral("RY9");
    writeFile(b, AssessmentWriter::toBytes(other, ratingFramework()));
    const ProcessResult mixed = ratingCli({QStringLiteral("consensus"), a, b, QStringLiteral("-o"), out});
    CHECK(mixed.exitCode == 1);
    CHECK(mixed.err.startsWith(QStringLiteral("This rating is of another organisation")));
    CHECK(mixed.err.contains(QStringLiteral("File: b.json")));
}
