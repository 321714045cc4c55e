#include "core/rating/BoardRatings.h"
#include "core/assessment/AssessmentCopier.h"
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "core/assessment/Scorer.h"
#include "core/rating/ConsensusDraft.h"
#include "core/rating/RatingInvitation.h"
#include "core/store/Store.h"
#include "report/assessment/AssessmentReport.h"
#include "report/assessment/ReportModel.h"
#include "report/rating/BoardRatingsSection.h"
#include "report/rating/ConsensusDocument.h"
#include "report/rating/RatingFixture.h"
#include "support/TestStores.h"

using namespace ahplead;
using namespace ahplead::test;

namespace {

// The example board assessment with no answers: what the board agrees is still to come.
Assessment unansweredBoard()
{
    Assessment board = ratingBoard();
    board.answers.clear();
    board.id = 0;
    return board;
}

} // namespace

STORE_TEST_CASE("A board's ratings are kept in the store, only finished ones count, and a rating is never the "
                "organisation's latest assessment",
                "[rating][store]")
{
    auto opened = Store::open(stores.address());
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    const Assessment board = unansweredBoard();
    const qint64 boardId = store.addAssessment(board, QStringLiteral("secretary")).value();
    const Assessment stored = store.assessment(boardId).value();

    // One member answers here and is still answering; one rating comes back as a file.
    REQUIRE(
        BoardRatings::invite(store, stored, ratingFramework(), QStringLiteral("chair"), {}, QStringLiteral("secretary"))
            .ok());
    Assessment returned = rating(QStringLiteral("non_executive_director"), raterId(2), AnswerValue::InPlace);
    returned.rating->invitationId = RatingInvitation::invitationIdFor(stored);
    auto added = BoardRatings::addReturned(store, stored, ratingFramework(), returned, QStringLiteral("ned.json"),
                                           QStringLiteral("secretary"));
    REQUIRE(added.ok());
    CHECK(added->added);
    CHECK(added->message.isEmpty());

    auto ratings = BoardRatings::read(store, stored);
    REQUIRE(ratings.ok());
    REQUIRE(ratings->entries().size() == 2);
    CHECK(ratings->finishedCount() == 1);
    auto finished = ratings->finished();
    REQUIRE(finished.ok());
    REQUIRE(finished.value());
    CHECK(finished.value()->size() == 1);

    // The ratings were added after the board assessment, yet the board's is still its latest.
    auto latest = store.latestAssessment(board.organisation, board.frameworkId);
    REQUIRE(latest.ok());
    REQUIRE(latest.value());
    CHECK(latest.value()->id == boardId);
    auto listed = store.assessments();
    REQUIRE(listed.ok());
    CHECK(std::count_if(listed->begin(), listed->end(),
                        [](const AssessmentSummary &s) { return s.raterRole == QLatin1String("chair"); }) == 1);

    // The same member sends again, later: one rating, and the message says which it replaced.
    returned.updatedAt = QDateTime::currentDateTimeUtc().addSecs(60);
    returned.answers[ratingQuestion(0)].value = AnswerValue::Partial;
    auto again = BoardRatings::addReturned(store, stored, ratingFramework(), returned, QStringLiteral("ned-2.json"),
                                           QStringLiteral("secretary"));
    REQUIRE(again.ok());
    CHECK(again->message.contains(QStringLiteral("ned-2.json is from the same board member as the non-executive "
                                                 "director's rating")));
    CHECK(BoardRatings::read(store, stored)->entries().size() == 2);

    // A rating of another board (another invitation) is refused, naming the file.
    Assessment stranger = rating(QStringLiteral("other"), raterId(3), AnswerValue::InPlace);
    stranger.rating->invitationId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    auto refused = BoardRatings::addReturned(store, stored, ratingFramework(), stranger, QStringLiteral("odd.json"),
                                             QStringLiteral("secretary"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("belongs to another board assessment")));
    CHECK(refused.message().contains(QStringLiteral("odd.json")));
}

STORE_TEST_CASE("An answer the board agreed is recorded in the audit log as agreed from the number of ratings",
                "[rating][store]")
{
    auto opened = Store::open(stores.address());
    REQUIRE(opened.ok());
    const qint64 id = opened.value()->addAssessment(unansweredBoard(), QStringLiteral("secretary")).value();
    Answer agreed;
    agreed.questionId = ratingQuestion(0);
    agreed.value = AnswerValue::Partial;
    REQUIRE(opened.value()->saveAnswer(id, agreed, QStringLiteral("secretary"), 7).ok());
    auto log = opened.value()->auditLog(id);
    REQUIRE(log.ok());
    CHECK(std::any_of(log->cbegin(), log->cend(), [&](const AuditEntry &e) {
        return e.action == QLatin1String("agree") && e.questionId == agreed.questionId &&
               e.detail.contains(QStringLiteral("agreed from 7 ratings"));
    }));
}

STORE_TEST_CASE("A merged draft's questions to agree survive import, export and a new revision, answering one "
                "settles it and clearing that answer to undo it brings it back",
                "[rating][store]")
{
    const RatingSet set =
        ratingSet({rating(QStringLiteral("chair"), raterId(1), AnswerValue::InPlace, {}, QStringLiteral("<b>Seen</b>")),
                   rating(QStringLiteral("chief_ahp"), raterId(2), AnswerValue::InPlace,
                          {{ratingQuestion(0), QStringLiteral("not_in_place")},
                           {ratingQuestion(1), QStringLiteral("partial")}})});
    const Assessment draft =
        ConsensusDraft::build(ratingFramework(), set, Consensus::build(ratingFramework(), set)).assessment;
    REQUIRE(draft.toAgree.size() == 2);

    auto opened = Store::open(stores.address());
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    const qint64 id = store.addAssessment(draft, QStringLiteral("secretary")).value();
    const Assessment stored = store.assessment(id).value();
    CHECK(stored.toAgree == draft.toAgree);
    // Exported and imported again: the same questions and notes.
    auto exported = AssessmentReader::parse(AssessmentWriter::toBytes(stored, ratingFramework()),
                                            QStringLiteral("exported.json"), test::frameworks());
    REQUIRE(exported.ok());
    CHECK(exported->toAgree == draft.toAgree);

    // The board agrees question 0: it is settled; question 1 is still to agree.
    Answer agreed;
    agreed.questionId = ratingQuestion(0);
    agreed.value = AnswerValue::Partial;
    REQUIRE(store.saveAnswer(id, agreed, QStringLiteral("secretary"), 2).ok());
    const Assessment settled = store.assessment(id).value();
    CHECK_FALSE(settled.toAgree.contains(ratingQuestion(0)));
    CHECK(settled.toAgree.value(ratingQuestion(1)) == draft.toAgree.value(ratingQuestion(1)));
    // Undo of that answer clears it and makes the question still to agree again, with its spread.
    REQUIRE(
        store.clearAnswer(id, ratingQuestion(0), QStringLiteral("secretary"), draft.toAgree.value(ratingQuestion(0)))
            .ok());
    CHECK(store.assessment(id)->toAgree == draft.toAgree);
    REQUIRE(store.saveAnswer(id, agreed, QStringLiteral("secretary"), 2).ok());

    // A new revision keeps what is still to agree; starting from previous does not.
    const qint64 revision = store.reviseAssessment(id, QStringLiteral("secretary")).value();
    CHECK(store.assessment(revision)->toAgree == settled.toAgree);
    const auto next = AssessmentCopier::startFrom(settled, ratingFramework(), QStringLiteral("Next year"),
                                                  {QStringLiteral("The board"), QString()});
    CHECK(next.assessment.toAgree.isEmpty());
}

TEST_CASE("The board report of a rated board gains the section on where its views differed, numbered after the "
          "body and before the appendices",
          "[rating][report]")
{
    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(QStringLiteral("s.sqlite")));
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    const qint64 boardId = store.addAssessment(unansweredBoard(), QStringLiteral("secretary")).value();
    const Assessment board = store.assessment(boardId).value();
    const ReportModel model = ReportModel::build(ratingFramework(), board, Scorer::score(ratingFramework(), board));

    // No rating yet: the report is as it was.
    Document plain = AssessmentReport::build(model);
    const std::size_t sections = plain.sections.size();
    REQUIRE(BoardRatingsSection::addTo(plain, store, board, ratingFramework()).ok());
    CHECK(plain.sections.size() == sections);

    for (int n : {1, 2}) {
        Assessment r = rating(QStringLiteral("executive_director"), raterId(n),
                              n == 1 ? AnswerValue::InPlace : AnswerValue::NotInPlace);
        r.rating->invitationId = RatingInvitation::invitationIdFor(board);
        REQUIRE(BoardRatings::addReturned(store, board, ratingFramework(), r, QStringLiteral("r%1.json").arg(n),
                                          QStringLiteral("secretary"))
                    .ok());
    }
    Document rated = AssessmentReport::build(model);
    REQUIRE(BoardRatingsSection::addTo(rated, store, board, ratingFramework()).ok());
    REQUIRE(rated.sections.size() == sections + 1);
    const auto at = std::find_if(rated.sections.begin(), rated.sections.end(), [](const Document::Section &s) {
        return s.title.endsWith(ConsensusDocument::title());
    });
    REQUIRE(at != rated.sections.end());
    // Right before the first appendix, numbered one after the last numbered section.
    REQUIRE(at + 1 != rated.sections.end());
    CHECK((at + 1)->title.startsWith(QStringLiteral("Appendix")));
    const QString before = (at - 1)->title;
    const int lastNumber = before.section(QLatin1Char('.'), 0, 0).toInt();
    CHECK(at->title == QStringLiteral("%1. %2").arg(lastNumber + 1).arg(ConsensusDocument::title()));
}
