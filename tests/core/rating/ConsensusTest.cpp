#include "core/rating/Consensus.h"
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "core/assessment/Scorer.h"
#include "core/rating/ConsensusDraft.h"
#include "report/rating/RatingFixture.h"
#include "support/TestSupport.h"

using namespace ahplead;
using namespace ahplead::test;

namespace {

const QString ned = QStringLiteral("non_executive_director");

// Five raters who agree on everything but questions 0 to 3:
//   question 0: 2 in place, 2 not in place, 1 partly  (wide)
//   question 1: 4 in place, 1 partly                  (narrow)
//   question 2: 4 in place, 1 partly                  (narrow, a tie with question 1)
//   question 3: 4 in place, 1 not answered            (no disagreement, but not all answered)
std::vector<Assessment> consensusRatings()
{
    const QString q0 = ratingQuestion(0), q1 = ratingQuestion(1), q2 = ratingQuestion(2), q3 = ratingQuestion(3);
    return {rating(QStringLiteral("chair"), raterId(1), AnswerValue::InPlace, {}, QStringLiteral("Seen the minutes")),
            rating(ned, raterId(2), AnswerValue::InPlace, {{q0, QStringLiteral("in_place")}}),
            rating(ned, raterId(3), AnswerValue::InPlace,
                   {{q0, QStringLiteral("not_in_place")}, {q1, QStringLiteral("partial")}}),
            rating(QStringLiteral("executive_director"), raterId(4), AnswerValue::InPlace,
                   {{q0, QStringLiteral("not_in_place")}, {q2, QStringLiteral("partial")}}),
            rating(QStringLiteral("chief_ahp"), raterId(5), AnswerValue::InPlace,
                   {{q0, QStringLiteral("partial")}, {q3, QString()}}, QStringLiteral("No AHP lead on the board"))};
}

} // namespace

TEST_CASE("Questions come largest disagreement first, ties in framework order", "[rating]")
{
    const RatingSet set = ratingSet(consensusRatings());
    const Consensus c = Consensus::build(ratingFramework(), set);
    const auto list = c.byDisagreement();
    REQUIRE(list.size() == 4);
    CHECK(list[0]->questionId == ratingQuestion(0));
    CHECK(list[1]->questionId == ratingQuestion(1));
    CHECK(list[2]->questionId == ratingQuestion(2));
    CHECK(list[3]->questionId == ratingQuestion(3));
    CHECK(list[0]->measure > list[1]->measure);
    CHECK(list[1]->measure == list[2]->measure);
    CHECK(list[3]->measure == 0.0);
    CHECK(list[0]->count(AnswerValue::InPlace) == 2);
    CHECK(list[0]->count(AnswerValue::NotInPlace) == 2);
    CHECK(list[0]->count(AnswerValue::Partial) == 1);
    CHECK(list[3]->unanswered == 1);
    CHECK(list[0]->spreadText(ratingFramework()) == QStringLiteral("2 in place, 1 partly in place, 2 not in place"));
}

TEST_CASE("The disagreement is 0 when all agree and 1 when the raters split between the two ends", "[rating]")
{
    const Framework &fw = ratingFramework();
    using V = AnswerValue;
    CHECK(Disagreement::measureOf({V::InPlace, V::InPlace, V::InPlace}, fw) == 0.0);
    CHECK(Disagreement::measureOf({V::InPlace, V::InPlace, V::NotInPlace, V::NotInPlace}, fw) == 1.0);
    CHECK(Disagreement::measureOf({V::InPlace, V::Partial}, fw) == 0.5);
    CHECK(Disagreement::measureOf({V::InPlace}, fw) == 0.0);
    CHECK(Disagreement::measureOf({V::NotApplicable, V::InPlace}, fw) == 1.0);
    const double wide = Disagreement::measureOf({V::InPlace, V::InPlace, V::NotInPlace, V::Partial}, fw);
    const double narrow = Disagreement::measureOf({V::InPlace, V::InPlace, V::InPlace, V::Partial}, fw);
    CHECK(wide > narrow);
    CHECK(narrow > 0.0);
}

TEST_CASE("Questions every rater answered alike are listed as unanimous, and notes carry the rater's label", "[rating]")
{
    const RatingSet set = ratingSet(consensusRatings());
    const Consensus c = Consensus::build(ratingFramework(), set);
    const auto alike = c.unanimous();
    CHECK(alike.size() == static_cast<std::size_t>(ratingFramework().questionCount() - 4));
    for (const Disagreement *d : alike) {
        CHECK(d->agreed() == AnswerValue::InPlace);
        CHECK(d->measure == 0.0);
    }
    const Disagreement &q0 = c.questions.front();
    CHECK_FALSE(q0.unanimous());
    REQUIRE(q0.notes.size() == 2);
    CHECK(q0.notes[0].rater == QStringLiteral("Chair"));
    CHECK(q0.notes[1].rater == QStringLiteral("Chief AHP"));
    CHECK(q0.notes[1].text == QStringLiteral("No AHP lead on the board"));
    CHECK(c.raters == QStringList{QStringLiteral("Chair"), QStringLiteral("Non-executive director 1"),
                                  QStringLiteral("Non-executive director 2"), QStringLiteral("Executive director"),
                                  QStringLiteral("Chief AHP")});
}

TEST_CASE("Each domain's range is the lowest and highest of the raters' own domain scores", "[rating]")
{
    const auto ratings = consensusRatings();
    const RatingSet set = ratingSet(ratings);
    const Consensus c = Consensus::build(ratingFramework(), set);
    REQUIRE(c.domains.size() == ratingFramework().domains.size());
    for (const Consensus::DomainRange &range : c.domains) {
        double low = 101, high = -1;
        for (const Assessment &a : ratings) {
            const auto score = Scorer::score(ratingFramework(), a).domain(range.id)->score;
            REQUIRE(score.has_value());
            low = std::min(low, *score);
            high = std::max(high, *score);
        }
        CHECK(range.scored == 5);
        CHECK(range.lowest == low);
        CHECK(range.highest == high);
    }
    // The first domain holds the questions the raters differ on; the others are all in place.
    CHECK(*c.domains.front().lowest < *c.domains.front().highest);
    CHECK(*c.domains.back().lowest == 100.0);
    CHECK(*c.domains.back().highest == 100.0);
}

TEST_CASE("The merged draft takes the answers all raters gave alike and leaves the rest open with their spread",
          "[rating]")
{
    const RatingSet set = ratingSet(consensusRatings());
    const Consensus c = Consensus::build(ratingFramework(), set);
    const auto draft = ConsensusDraft::build(ratingFramework(), set, c, QDateTime(QDate(2026, 12, 5), QTime(10, 0)));
    const Assessment &a = draft.assessment;
    CHECK_FALSE(a.rating.has_value());
    CHECK(a.status == QStringLiteral("draft"));
    CHECK(a.organisation == ratingBoard().organisation);
    CHECK(draft.agreed == ratingFramework().questionCount() - 4);
    CHECK(a.answers.size() == draft.agreed);
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(a.answers.contains(ratingQuestion(i)));
    const Answer agreed = a.answers.value(ratingQuestion(4));
    CHECK(agreed.value == AnswerValue::InPlace);
    CHECK(agreed.evidence == QStringLiteral("Ratings: 5 in place. Chair: Seen the minutes. Chief AHP: No AHP lead on "
                                            "the board."));
    REQUIRE(draft.open.size() == 4);
    CHECK(draft.open[0].questionId == ratingQuestion(0));
    CHECK(draft.open[0].note == QStringLiteral("Not agreed. Ratings: 2 in place, 1 partly in place, 2 not in place. "
                                               "Chair: Seen the minutes. Chief AHP: No AHP lead on the board."));
    CHECK(draft.open[3].note.startsWith(QStringLiteral("Not agreed. Ratings: 4 in place, 1 not answered.")));
}

TEST_CASE("The merged draft keeps every question not agreed, with its spread, as still to agree, and none agreed",
          "[rating]")
{
    const RatingSet set = ratingSet(consensusRatings());
    const Consensus c = Consensus::build(ratingFramework(), set);
    const auto draft = ConsensusDraft::build(ratingFramework(), set, c, QDateTime(QDate(2026, 12, 5), QTime(10, 0)));
    const Assessment &a = draft.assessment;
    REQUIRE(a.toAgree.size() == 4);
    for (const ConsensusDraft::Open &open : draft.open) {
        CHECK(a.toAgree.value(open.questionId) == open.note);
        CHECK(a.stillToAgree(open.questionId) == open.note);
    }
    for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it)
        CHECK_FALSE(a.toAgree.contains(it.key()));
    CHECK(a.toAgree.value(ratingQuestion(0)) ==
          QStringLiteral("Not agreed. Ratings: 2 in place, 1 partly in place, 2 not in place. Chair: Seen the minutes. "
                         "Chief AHP: No AHP lead on the board."));
}

TEST_CASE(
    "A question still to agree whose raters wrote at length is cut to what a file holds, so the draft opens again",
    "[rating]")
{
    const QString q0 = ratingQuestion(0);
    Assessment chair = rating(QStringLiteral("chair"), raterId(1), AnswerValue::InPlace);
    Assessment member = rating(ned, raterId(2), AnswerValue::InPlace, {{q0, QStringLiteral("not_in_place")}});
    chair.answers[q0].evidence = QString(60000, QLatin1Char('a'));
    member.answers[q0].evidence = QString(60000, QLatin1Char('b'));
    const RatingSet set = ratingSet({chair, member});
    const auto draft = ConsensusDraft::build(ratingFramework(), set, Consensus::build(ratingFramework(), set));
    CHECK(draft.assessment.toAgree.value(q0).size() == 100000);
    CHECK(draft.assessment.toAgree.value(q0).endsWith(QChar(0x2026)));
    auto again = AssessmentReader::parse(AssessmentWriter::toBytes(draft.assessment, ratingFramework()),
                                         QStringLiteral("draft.json"), frameworks());
    const std::string problem = again.ok() ? std::string() : again.message().toStdString();
    INFO(problem);
    REQUIRE(again.ok());
    CHECK(again->toAgree.value(q0) == draft.assessment.toAgree.value(q0));
}
