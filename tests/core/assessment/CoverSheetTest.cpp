#include "core/assessment/CoverSheet.h"
#include "core/assessment/AssessmentCopier.h"
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "core/assessment/CitationText.h"
#include "core/store/Store.h"
#include "support/TestStores.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace ahplead;

namespace {

Assessment coverExample()
{
    auto a =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/board-example.json"), test::frameworks());
    REQUIRE(a.ok());
    return a.value();
}

// Every field typed, with text that looks like markup kept as text.
CoverSheet fullCover()
{
    CoverSheet c;
    c.meeting = QStringLiteral("Trust board (public) & committees");
    c.meetingDate = QDate(2027, 3, 3);
    c.agendaItem = QStringLiteral("7.2");
    c.reportOf = QStringLiteral("Chief Nurse");
    c.preparedBy = QStringLiteral("Chief AHP <b>lead</b>");
    c.purpose = CoverSheet::Purpose::Assurance;
    c.recommendation = QStringLiteral("The board is asked to approve the action plan.");
    c.assuranceFramework = QStringLiteral("BAF risk 3: workforce");
    c.riskRegister = QStringLiteral("CRR 112");
    c.qualityEquality = QStringLiteral("No adverse impact identified");
    c.previouslyConsidered = QStringLiteral("People committee, 10 February 2027");
    return c;
}

} // namespace

TEST_CASE("The cover sheet round trips through the assessment file and a blank one is not written")
{
    Assessment a = coverExample();
    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    a.cover = fullCover();
    const QByteArray bytes = AssessmentWriter::toBytes(a, fw);
    auto back = AssessmentReader::parse(bytes, QStringLiteral("cover.json"), test::frameworks());
    REQUIRE(back.ok());
    CHECK(back->cover == a.cover);
    CHECK(AssessmentWriter::toBytes(back.value(), fw) == bytes); // byte for byte the same

    // Only what was typed is written; a file without a cover sheet reads as before.
    a.cover = CoverSheet{};
    a.cover.agendaItem = QStringLiteral("9");
    const QByteArray partial = AssessmentWriter::toBytes(a, fw);
    CHECK(partial.contains("\"cover\""));
    CHECK_FALSE(partial.contains("\"meeting\""));
    CHECK(AssessmentReader::parse(partial, QStringLiteral("cover.json"), test::frameworks())->cover == a.cover);
    a.cover = CoverSheet{};
    CHECK_FALSE(AssessmentWriter::toBytes(a, fw).contains("\"cover\""));
}

TEST_CASE("A cover sheet with a purpose, a date or a field that is not one is refused with where and why")
{
    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    const auto refused = [&](const char *json) {
        auto doc = nlohmann::json::parse(AssessmentWriter::toBytes(coverExample(), fw).toStdString());
        doc["cover"] = nlohmann::json::parse(json);
        auto read = AssessmentReader::fromJson(doc, QStringLiteral("cover.json"), test::frameworks());
        REQUIRE_FALSE(read.ok());
        return read.message();
    };
    CHECK(refused(R"({"purpose": "decision"})")
              .contains(QStringLiteral("cover.json: /cover/purpose: \"decision\" is not one of approval, assurance, "
                                       "discussion, information")));
    CHECK(refused(R"({"meetingDate": "3/3/2027"})")
              .contains(QStringLiteral("/cover/meetingDate: \"3/3/2027\" is not a date of the form 2027-03-31")));
    CHECK(refused(R"({"chair": "Ada"})").contains(QStringLiteral("chair")));
    const std::string longText = "{\"meeting\": \"" + std::string(2001, 'x') + "\"}";
    CHECK(refused(longText.c_str()).contains(QStringLiteral("at most 2000")));
}

STORE_TEST_CASE("The cover sheet round trips through the store with an audit line, beside the tracked actions",
                "[store]")
{
    auto opened = Store::open(stores.address());
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    Assessment a = coverExample();
    a.cover = fullCover();
    a.actions.insert(fw.recommendations[0].id, TrackedAction{fw.recommendations[0].id,
                                                             QStringLiteral("Chief Nurse"),
                                                             QDate(2027, 3, 31),
                                                             TrackedAction::Status::InProgress,
                                                             {}});
    auto id = store.addAssessment(a, QStringLiteral("secretary"));
    REQUIRE(id.ok());
    CHECK(store.assessment(id.value())->cover == a.cover);

    CoverSheet changed = a.cover;
    changed.agendaItem = QStringLiteral("8.1");
    changed.meetingDate = QDate(2027, 4, 7);
    changed.purpose = CoverSheet::Purpose::Approval;
    changed.riskRegister.clear();
    REQUIRE(store.saveCover(id.value(), changed, QStringLiteral("secretary")).ok());
    const Assessment back = store.assessment(id.value()).value();
    CHECK(back.cover == changed);
    CHECK(back.actions == a.actions); // saving the cover sheet leaves the actions as they were
    auto log = store.auditLog(id.value());
    REQUIRE(log.ok());
    CHECK(std::any_of(log->cbegin(), log->cend(), [&](const AuditEntry &e) {
        return e.action == QLatin1String("cover_sheet") && e.detail.contains(QStringLiteral("item 8.1")) &&
               e.actor == QLatin1String("secretary");
    }));
    CHECK_FALSE(store.saveCover(id.value() + 1000, changed, QStringLiteral("secretary")).ok());
}

TEST_CASE("Start from previous keeps who writes the paper and what it links to, not the meeting")
{
    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    Assessment previous = coverExample();
    previous.cover = fullCover();
    const AssessmentCopier::Copy next =
        AssessmentCopier::startFrom(previous, fw, QStringLiteral("Next year"), previous.assessor);
    const CoverSheet &c = next.assessment.cover;
    CHECK(c.reportOf == previous.cover.reportOf);
    CHECK(c.preparedBy == previous.cover.preparedBy);
    CHECK(c.purpose == previous.cover.purpose);
    CHECK(c.assuranceFramework == previous.cover.assuranceFramework);
    CHECK(c.riskRegister == previous.cover.riskRegister);
    CHECK(c.qualityEquality == previous.cover.qualityEquality);
    CHECK(c.meeting.isEmpty());
    CHECK_FALSE(c.meetingDate.isValid());
    CHECK(c.agendaItem.isEmpty());
    CHECK(c.recommendation.isEmpty());
    CHECK(c.previouslyConsidered.isEmpty());
}

TEST_CASE("Citations read in words, with the publication's short title and year, never its id")
{
    CHECK(CitationText::citation({QStringLiteral("handbook"), QStringLiteral("3.1")}) ==
          QStringLiteral("Chief AHPs handbook (2022), 3.1"));
    CHECK(
        CitationText::citations({{QStringLiteral("investing"), QStringLiteral("Key recommendations")},
                                 {QStringLiteral("ics"), QString()}}) ==
        QStringLiteral("Investing in chief AHPs (2019), Key recommendations; AHPs in integrated care systems (2022)"));
    // Every source a bundled framework cites has a title in words.
    for (const auto &fw : test::frameworks().all())
        for (const Recommendation &r : fw->recommendations)
            for (const Citation &c : r.citations)
                CHECK(CitationText::documentTitle(c.document) != c.document);
}
