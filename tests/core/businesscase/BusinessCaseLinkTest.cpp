#include "core/businesscase/BusinessCaseLink.h"
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/businesscase/BusinessCaseReader.h"
#include "core/store/Store.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace ahplead;

namespace {

QString examplePath(const char *kind)
{
    return test::dataDir() + QStringLiteral("/examples/%1-example.json").arg(QLatin1String(kind));
}

BusinessCase exampleCase()
{
    auto bc = BusinessCaseReader::read(examplePath("business-case"));
    REQUIRE(bc.ok());
    return bc.value();
}

Assessment assessment(const char *kind)
{
    auto a = AssessmentReader::read(examplePath(kind), test::frameworks());
    REQUIRE(a.ok());
    return a.value();
}

struct Linked {
    Assessment assessment;
    const Framework *framework = nullptr;
    ScoreCard card;
};

Linked scored(const char *kind)
{
    Linked l{assessment(kind), nullptr, {}};
    l.framework = test::frameworks().find(l.assessment.frameworkId, l.assessment.frameworkVersion);
    REQUIRE(l.framework);
    l.card = Scorer::score(*l.framework, l.assessment);
    return l;
}

} // namespace

TEST_CASE("The example case names its board assessment file, found beside it")
{
    const BusinessCase bc = exampleCase();
    const QString path = BusinessCaseLink::assessmentPath(examplePath("business-case"), bc);
    CHECK(QFileInfo(path) == QFileInfo(examplePath("board")));
    BusinessCase none = bc;
    none.boardAssessment.clear();
    CHECK(BusinessCaseLink::assessmentPath(examplePath("business-case"), none).isEmpty());
}

TEST_CASE("The board assessment's critical gaps become the case for change, with their sources and evidence")
{
    const Linked l = scored("board");
    auto c = BusinessCaseLink::caseForChange(exampleCase(), l.assessment, l.card, *l.framework);
    REQUIRE(c.ok());
    CHECK(c->organisation == QStringLiteral("Northfield and Riverside NHS Foundation Trust"));
    CHECK(c->framework == QStringLiteral("board 1.0.0"));
    CHECK(c->assessedBy == QStringLiteral("Dr Amrit Sandhu, Non-executive director"));
    CHECK(c->assessedOn == QStringLiteral("2026-10-14"));
    CHECK(c->overallLevel == l.card.overallLevel);
    CHECK_FALSE(c->levelCapReason.isEmpty());
    CHECK(c->warnings.isEmpty());
    CHECK(c->domains.size() == l.card.domains.size());

    REQUIRE(c->criticalGaps.size() == 3);
    QStringList ids;
    for (const CaseForChangeItem &gap : c->criticalGaps) {
        ids << gap.recommendationId;
        CHECK(gap.critical);
        CHECK_FALSE(gap.citations.empty());
        CHECK_FALSE(gap.action.isEmpty());
        CHECK_FALSE(gap.evidence.empty());
        CHECK(gap.rank > 0);
    }
    // In the order of the assessment's action plan: the not-met corporate role first.
    CHECK(ids ==
          QStringList({QStringLiteral("board.rec.corporate_strategic_role"), QStringLiteral("board.rec.voice_at_board"),
                       QStringLiteral("board.rec.appoint_chief_ahp")}));
    const CaseForChangeItem &first = c->criticalGaps.front();
    CHECK(first.status == RecommendationStatus::NotMet);
    CHECK(first.statusText == QStringLiteral("Not met"));
    bool citesHandbook31 = false;
    for (const Citation &cite : first.citations)
        citesHandbook31 = citesHandbook31 || (cite.document == QStringLiteral("handbook") &&
                                              cite.section.startsWith(QStringLiteral("3.1")));
    CHECK(citesHandbook31);
    bool quotesDivision = false;
    for (const EvidenceNote &note : first.evidence)
        quotesDivision = quotesDivision || note.evidence.contains(QStringLiteral("Surgery and Planned Care"));
    CHECK(quotesDivision);
}

TEST_CASE("Recommendations not fully met, other than critical ones, follow in action-plan order")
{
    const Linked l = scored("board");
    auto c = BusinessCaseLink::caseForChange(exampleCase(), l.assessment, l.card, *l.framework);
    REQUIRE(c.ok());
    int unmet = 0;
    for (const RecommendationResult &r : l.card.recommendations)
        if (!r.critical && (r.status == RecommendationStatus::NotMet || r.status == RecommendationStatus::PartiallyMet))
            ++unmet;
    REQUIRE(int(c->unmetRecommendations.size()) == unmet);
    for (std::size_t i = 1; i < c->unmetRecommendations.size(); ++i)
        CHECK(c->unmetRecommendations[i - 1].rank < c->unmetRecommendations[i].rank);
    for (const CaseForChangeItem &item : c->unmetRecommendations) {
        CHECK_FALSE(item.critical);
        CHECK_FALSE(item.citations.empty());
        for (const EvidenceNote &note : item.evidence)
            CHECK((note.answer == l.framework->label(AnswerValue::NotInPlace) ||
                   note.answer == l.framework->label(AnswerValue::Partial)));
    }
}

TEST_CASE("An assessment that is not a board assessment is refused for the case for change")
{
    const Linked l = scored("individual");
    auto c = BusinessCaseLink::caseForChange(exampleCase(), l.assessment, l.card, *l.framework);
    REQUIRE_FALSE(c.ok());
    CHECK(c.message() == QStringLiteral("the case for change comes from a board assessment; this assessment is against "
                                        "the individual framework"));
}

TEST_CASE("A board assessment of another organisation, or a draft, is used with a warning")
{
    Linked l = scored("board");
    l.assessment.organisation.odsCode = QStringLiteral("ZZ9");
    l.assessment.organisation.name = QStringLiteral("Elsewhere NHS Trust");
    l.assessment.status = QStringLiteral("draft");
    auto c = BusinessCaseLink::caseForChange(exampleCase(), l.assessment, l.card, *l.framework);
    REQUIRE(c.ok());
    CHECK(c->warnings == QStringList({QStringLiteral("The assessment is of Elsewhere NHS Trust, not Northfield and "
                                                     "Riverside NHS Foundation Trust."),
                                      QStringLiteral("The assessment is still a draft; its findings may change.")}));
}

TEST_CASE("The latest board assessment of the case's organisation is chosen")
{
    const BusinessCase bc = exampleCase();
    Assessment older = assessment("board");
    older.updatedAt = QDateTime(QDate(2025, 10, 1), QTime(9, 0), Qt::UTC);
    Assessment newer = assessment("board");
    newer.title = QStringLiteral("Newer");
    Assessment elsewhere = assessment("board");
    elsewhere.organisation.odsCode = QStringLiteral("ZZ9");
    elsewhere.updatedAt = QDateTime(QDate(2027, 1, 1), QTime(9, 0), Qt::UTC);
    const Assessment individual = assessment("individual");
    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    REQUIRE(store.latestAssessment(bc.organisation, QStringLiteral("board")).value() == std::nullopt);
    for (const Assessment &a : {older, individual, newer, elsewhere})
        REQUIRE(store.addAssessment(a, QStringLiteral("t")).ok());
    auto latest = store.latestAssessment(bc.organisation, QStringLiteral("board"));
    REQUIRE(latest.ok());
    REQUIRE(latest.value());
    CHECK(latest.value()->title == QStringLiteral("Newer"));
    CHECK_FALSE(store.latestAssessment(bc.organisation, QStringLiteral("ics")).value());
}
