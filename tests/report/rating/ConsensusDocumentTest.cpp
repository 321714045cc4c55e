#include "report/rating/ConsensusDocument.h"
#include "core/rating/Consensus.h"
#include "report/ReportTestSupport.h"
#include "report/document/TextDocumentWriter.h"
#include "report/rating/RatingFixture.h"

#include <catch2/catch.hpp>

using namespace ahplead;
using namespace ahplead::test;

namespace {

Consensus documentConsensus(bool names = false)
{
    const QString ned = QStringLiteral("non_executive_director");
    Assessment named = rating(ned, raterId(3), AnswerValue::InPlace, {{ratingQuestion(5), QStringLiteral("partial")}},
                              QStringLiteral("Reports go to committee"));
    named.rating->name = QStringLiteral("Fiona Affleck");
    const RatingSet set = ratingSet(
        {rating(QStringLiteral("chair"), raterId(1), AnswerValue::InPlace),
         rating(ned, raterId(2), AnswerValue::InPlace,
                {{ratingQuestion(5), QStringLiteral("not_in_place")}, {ratingQuestion(9), QStringLiteral("partial")}}),
         named});
    return Consensus::build(ratingFramework(), set, names);
}

} // namespace

TEST_CASE("The consensus report lists the questions that differ, largest disagreement first, with notes by role",
          "[rating]")
{
    const Consensus c = documentConsensus();
    const Document d = ConsensusDocument::build(c, ratingFramework(), QDateTime(QDate(2026, 12, 5), QTime(10, 0)));
    CHECK(d.title == QStringLiteral("Where the board\u2019s views differed"));
    CHECK(d.dateText == QStringLiteral("5 December 2026"));
    const QString text = d.plainText();
    const qsizetype first = text.indexOf(ratingFramework().question(ratingQuestion(5))->text);
    const qsizetype second = text.indexOf(ratingFramework().question(ratingQuestion(9))->text);
    REQUIRE(first >= 0);
    REQUIRE(second >= 0);
    CHECK(first < second);
    CHECK(text.contains(QStringLiteral("Non-executive director 2: ")));
    CHECK(text.contains(QStringLiteral("Reports go to committee")));
    CHECK_FALSE(text.contains(QStringLiteral("Fiona Affleck")));
    CHECK(text.contains(QStringLiteral("The range of the raters' domain scores")));
    CHECK(text.contains(QStringLiteral("Questions every rater answered alike")));
    // One spreadsheet row per question.
    CHECK(d.dataRows.size() == static_cast<std::size_t>(ratingFramework().questionCount()));
    CHECK(d.dataRows.front().at(0) == ratingQuestion(5));

    const Document withNames = ConsensusDocument::build(documentConsensus(true), ratingFramework(),
                                                        QDateTime(QDate(2026, 12, 5), QTime(10, 0)));
    CHECK(withNames.plainText().contains(QStringLiteral("Fiona Affleck: ")));
}

TEST_CASE("The section on where the board's views differed can be added to another report", "[rating]")
{
    Document other;
    other.title = QStringLiteral("Board report");
    other.sections.push_back({QStringLiteral("first"), QStringLiteral("1. Results"), {}, true});
    ConsensusDocument::appendSection(other, documentConsensus(), ratingFramework(), QStringLiteral("2."));
    REQUIRE(other.sections.size() == 2);
    CHECK(other.sections.back().title == QStringLiteral("2. Where the board\u2019s views differed"));
    CHECK(other.sections.back().id == QStringLiteral("consensus"));
    CHECK(other.dataRows.empty());
}
