#include "core/rating/RatingSet.h"
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "core/rating/RatingInvitation.h"
#include "report/rating/RatingFixture.h"
#include "support/TestSupport.h"

using namespace ahplead;
using namespace ahplead::test;

namespace {
const QString nonExecutive = QStringLiteral("non_executive_director");
}

TEST_CASE("A rating block is read back as written and written again byte for byte", "[rating]")
{
    Assessment a = rating(QStringLiteral("chair"), raterId(1), AnswerValue::Partial);
    a.rating->name = QStringLiteral("Dr Aoife O\u2019Brien");
    const QByteArray bytes = AssessmentWriter::toBytes(a, ratingFramework());
    auto read = AssessmentReader::parse(bytes, QStringLiteral("chair.json"), frameworks());
    REQUIRE(read.ok());
    REQUIRE(read->rating.has_value());
    CHECK(*read->rating == *a.rating);
    CHECK(AssessmentWriter::toBytes(read.value(), ratingFramework()) == bytes);

    // An assessment without one stays without one.
    auto plain = AssessmentReader::parse(AssessmentWriter::toBytes(ratingBoard(), ratingFramework()),
                                         QStringLiteral("board.json"), frameworks());
    REQUIRE(plain.ok());
    CHECK_FALSE(plain->rating.has_value());
}

TEST_CASE("A rating file whose role is not a board role is refused, naming the file and the place", "[rating]")
{
    const Assessment a = rating(QStringLiteral("chair"), raterId(1), AnswerValue::Partial);
    QByteArray bytes = AssessmentWriter::toBytes(a, ratingFramework());
    bytes.replace("\"role\": \"chair\"", "\"role\": \"chief_executive\"");
    const auto read = AssessmentReader::parse(bytes, QStringLiteral("ceo.json"), frameworks());
    REQUIRE_FALSE(read.ok());
    CHECK(read.message().startsWith(QStringLiteral("ceo.json: /rating/role: \"chief_executive\" is not one of chair, "
                                                   "non_executive_director")));

    bytes = AssessmentWriter::toBytes(a, ratingFramework()).replace(a.rating->raterId.toUtf8(), "not-an-id");
    const auto badId = AssessmentReader::parse(bytes, QStringLiteral("id.json"), frameworks());
    REQUIRE_FALSE(badId.ok());
    CHECK(badId.message().startsWith(QStringLiteral("id.json: /rating/raterId: ")));
}

TEST_CASE("Ratings of another organisation, framework, version or invitation are refused, naming the file", "[rating]")
{
    const Assessment first = rating(QStringLiteral("chair"), raterId(1), AnswerValue::InPlace);
    const auto refused = [&](Assessment other) {
        auto set = RatingSet::build({{QStringLiteral("first.json"), first}, {QStringLiteral("other.json"), other}});
        REQUIRE_FALSE(set.ok());
        CHECK(set.message().contains(QStringLiteral("File: other.json")));
        return set.message();
    };
    Assessment other = rating(nonExecutive, raterId(2), AnswerValue::InPlace);
    other.organisation.odsCode = QStringLiteral("ZZ9");
    CHECK(refused(other).startsWith(QStringLiteral("This rating is of another organisation")));

    other = rating(nonExecutive, raterId(2), AnswerValue::InPlace);
    other.frameworkVersion = QStringLiteral("1.1.0");
    CHECK(refused(other).startsWith(QStringLiteral("This rating was answered on framework version 1.1.0")));

    other = rating(nonExecutive, raterId(2), AnswerValue::InPlace);
    other.frameworkId = QStringLiteral("individual");
    CHECK(refused(other).startsWith(QStringLiteral("This rating uses another framework")));

    other = rating(nonExecutive, raterId(2), AnswerValue::InPlace);
    other.rating->invitationId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    CHECK(refused(other).startsWith(QStringLiteral("This rating belongs to another board assessment")));

    auto plain = RatingSet::build({{QStringLiteral("board.json"), ratingBoard()}});
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.message().contains(QStringLiteral("not a rating file")));
    CHECK(plain.message().endsWith(QStringLiteral("File: board.json")));
}

TEST_CASE("A rater who sends twice counts once: the file saved later replaces the other, with a notice", "[rating]")
{
    Assessment early = rating(nonExecutive, raterId(2), AnswerValue::NotInPlace);
    Assessment late = rating(nonExecutive, raterId(2), AnswerValue::InPlace);
    early.updatedAt = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
    late.updatedAt = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    const Assessment chair = rating(QStringLiteral("chair"), raterId(1), AnswerValue::Partial);

    // The later file given first: it still wins, and keeps its place.
    auto set = RatingSet::build({{QStringLiteral("late.json"), late},
                                 {QStringLiteral("chair.json"), chair},
                                 {QStringLiteral("early.json"), early}});
    REQUIRE(set.ok());
    REQUIRE(set->size() == 2);
    CHECK(set->ratings()[0].fileName == QStringLiteral("late.json"));
    CHECK(set->ratings()[0].assessment.answers.value(ratingQuestion(0)).value == AnswerValue::InPlace);
    REQUIRE(set->notices().size() == 1);
    CHECK(
        set->notices().first() ==
        QStringLiteral("early.json and late.json are from the same rater; late.json is used, as it was saved later."));

    // Given in order, the later replaces the earlier.
    set = RatingSet::build({{QStringLiteral("early.json"), early}, {QStringLiteral("late.json"), late}});
    REQUIRE(set.ok());
    REQUIRE(set->size() == 1);
    CHECK(set->ratings()[0].fileName == QStringLiteral("late.json"));
    CHECK(set->notices().size() == 1);
}

TEST_CASE("Raters are named by role, numbered when the board has more than one of a role, or by name when chosen",
          "[rating]")
{
    Assessment named = rating(nonExecutive, raterId(3), AnswerValue::Partial);
    named.rating->name = QStringLiteral("Priya Shah");
    const RatingSet set = ratingSet({rating(QStringLiteral("chair"), raterId(1), AnswerValue::Partial),
                                     rating(nonExecutive, raterId(2), AnswerValue::Partial), named});
    CHECK(set.label(0) == QStringLiteral("Chair"));
    CHECK(set.label(1) == QStringLiteral("Non-executive director 1"));
    CHECK(set.label(2) == QStringLiteral("Non-executive director 2"));
    CHECK(set.label(2, true) == QStringLiteral("Priya Shah"));
    CHECK(set.label(1, true) == QStringLiteral("Non-executive director 1"));
}

TEST_CASE("Invitations made from one board assessment share an invitation id, and each rater has their own id",
          "[rating]")
{
    const Assessment &board = ratingBoard();
    const Assessment a = RatingInvitation::invite(board, ratingFramework(), QStringLiteral("chair"), {});
    const Assessment b = RatingInvitation::invite(board, ratingFramework(), nonExecutive, QStringLiteral("Sam"));
    CHECK(a.rating->invitationId == b.rating->invitationId);
    CHECK(a.rating->raterId != b.rating->raterId);
    CHECK(a.answers.isEmpty());
    CHECK(a.organisation == board.organisation);
    CHECK(a.title == board.title);
    CHECK(b.assessor.name == QStringLiteral("Sam"));
    CHECK(a.assessor.name == QStringLiteral("Chair"));

    Assessment another = board;
    another.createdAt = board.createdAt.addDays(365);
    CHECK(RatingInvitation::invitationIdFor(another) != a.rating->invitationId);
    const QString chosen = QStringLiteral("11111111-2222-4333-8444-555555555555");
    CHECK(RatingInvitation::invite(board, ratingFramework(), nonExecutive, {}, chosen).rating->invitationId == chosen);
}
