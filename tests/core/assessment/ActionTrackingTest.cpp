#include "core/assessment/ActionTracking.h"
#include "core/assessment/AssessmentCopier.h"
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "core/assessment/Scorer.h"
#include "core/base/JsonReader.h"
#include "core/region/Importer.h"
#include "core/region/RegionSummary.h"
#include "core/region/SubmissionFile.h"
#include "core/store/Store.h"
#include "support/TestStores.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QUuid>

using namespace ahplead;

namespace {

Assessment trackedExample()
{
    auto a =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/board-example.json"), test::frameworks());
    REQUIRE(a.ok());
    return a.value();
}

// Two actions of the board example's plan: one in progress and overdue on 1 December 2026,
// one done (never overdue), with hostile-looking text kept as text.
QHash<QString, TrackedAction> twoActions(const Framework &fw)
{
    REQUIRE(fw.recommendations.size() >= 2);
    TrackedAction first{fw.recommendations[0].id, QStringLiteral("Director of nursing & AHPs"), QDate(2026, 11, 30),
                        TrackedAction::Status::InProgress,
                        QStringLiteral("Job description drafted; <b>panel</b> in January")};
    TrackedAction second{fw.recommendations[1].id, QStringLiteral("Chief executive"), QDate(2026, 10, 1),
                         TrackedAction::Status::Done, QString()};
    return {{first.recommendationId, first}, {second.recommendationId, second}};
}

} // namespace

TEST_CASE("Tracked actions round trip through the assessment file and are refused when they are not actions")
{
    Assessment a = trackedExample();
    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    REQUIRE(a.frameworkVersion == fw.version);
    a.actions = twoActions(fw);
    const QByteArray bytes = AssessmentWriter::toBytes(a, fw);
    auto back = AssessmentReader::parse(bytes, QStringLiteral("tracked.json"), test::frameworks());
    REQUIRE(back.ok());
    CHECK(back->actions == a.actions);
    CHECK(AssessmentWriter::toBytes(back.value(), fw) == bytes); // byte for byte the same

    // A blank action is not written; a file without actions reads as before.
    a.actions.clear();
    a.actions.insert(fw.recommendations[0].id, TrackedAction{fw.recommendations[0].id, {}, {}, {}, {}});
    CHECK_FALSE(AssessmentWriter::toBytes(a, fw).contains("\"actions\""));

    const auto refused = [&](const char *json) {
        auto doc = nlohmann::json::parse(AssessmentWriter::toBytes(trackedExample(), fw).toStdString());
        doc["actions"] = nlohmann::json::parse(json);
        auto read = AssessmentReader::fromJson(doc, QStringLiteral("tracked.json"), test::frameworks());
        REQUIRE_FALSE(read.ok());
        return read.message();
    };
    CHECK(refused(R"([{"recommendation": "no.such.thing", "status": "done"}])")
              .contains(QStringLiteral("tracked.json: /actions/0/recommendation: \"no.such.thing\" is not a "
                                       "recommendation of framework board")));
    const std::string first = fw.recommendations[0].id.toStdString();
    CHECK(
        refused(("[{\"recommendation\": \"" + first + "\", \"status\": \"finished\"}]").c_str())
            .contains(QStringLiteral("/actions/0/status: \"finished\" is not one of not_started, in_progress, done")));
    CHECK(refused(("[{\"recommendation\": \"" + first + "\", \"targetDate\": \"31/03/2027\"}]").c_str())
              .contains(QStringLiteral("/actions/0/targetDate: \"31/03/2027\" is not a date of the form 2027-03-31")));
    CHECK(refused(("[{\"recommendation\": \"" + first + "\"}, {\"recommendation\": \"" + first + "\"}]").c_str())
              .contains(QStringLiteral("is given twice")));
}

STORE_TEST_CASE("Tracked actions round trip through the store, with an audit line, and Start from previous carries "
                "them with their status",
                "[store]")
{
    auto opened = Store::open(stores.address());
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    Assessment a = trackedExample();
    a.actions = twoActions(fw);
    auto id = store.addAssessment(a, QStringLiteral("secretary"));
    REQUIRE(id.ok());
    CHECK(store.assessment(id.value())->actions == a.actions);

    TrackedAction changed = a.actions.value(fw.recommendations[0].id);
    changed.status = TrackedAction::Status::Done;
    changed.note = QStringLiteral("Appointed in January");
    REQUIRE(store.saveAction(id.value(), changed, QStringLiteral("secretary")).ok());
    const Assessment back = store.assessment(id.value()).value();
    CHECK(back.actions.value(changed.recommendationId) == changed);
    CHECK(back.actions.size() == 2);
    auto log = store.auditLog(id.value());
    REQUIRE(log.ok());
    CHECK(std::any_of(log->cbegin(), log->cend(), [&](const AuditEntry &e) {
        return e.action == QLatin1String("action") && e.questionId == changed.recommendationId &&
               e.detail.contains(QStringLiteral("done")) && e.actor == QLatin1String("secretary");
    }));

    const AssessmentCopier::Copy next =
        AssessmentCopier::startFrom(back, fw, QStringLiteral("Next year"), back.assessor);
    CHECK(next.assessment.actions == back.actions);
    auto nextId = store.addAssessment(next.assessment, QStringLiteral("secretary"));
    REQUIRE(nextId.ok());
    CHECK(store.assessment(nextId.value())->actions == back.actions);
}

STORE_TEST_CASE("A rating file imported into the store and exported again is still a rating file", "[store]")
{
    auto opened = Store::open(stores.address());
    REQUIRE(opened.ok());
    Assessment a = trackedExample();
    a.rating = Rater{QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"),
                     QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"), QStringLiteral("chair"),
                     QStringLiteral("Ada <Chair>")};
    auto id = opened.value()->addAssessment(a, QStringLiteral("chair"));
    REQUIRE(id.ok());
    const Assessment back = opened.value()->assessment(id.value()).value();
    REQUIRE(back.rating);
    CHECK(*back.rating == *a.rating);
    CHECK(AssessmentWriter::toBytes(back, test::exampleFramework(QStringLiteral("board"))).contains("\"rating\""));
}

STORE_TEST_CASE("The regional summary counts each trust's overdue actions from its latest submission", "[store]")
{
    auto opened = Store::open(stores.address());
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    Assessment a = trackedExample();
    a.actions = twoActions(fw);
    Submission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.submittedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    s.submitter = {QStringLiteral("Secretary"), QStringLiteral("Board secretary")};
    s.assessment = a;
    const QString path = stores.filePath(QStringLiteral("tracked.ahplead"));
    test::writeFile(path, SubmissionFile::write(s, fw, Scorer::score(fw, a)));
    const Importer::Report report = Importer(store, test::frameworks(), QStringLiteral("region")).run({path});
    REQUIRE(report.count(Importer::Outcome::Imported) == 1);
    auto rows = store.receivedScores(fw.id, fw.version);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    // Only the action in progress has a date to miss; the done one never counts.
    CHECK(RegionSummary::build(fw, rows.value(), {}, QDate(2026, 11, 30)).organisations.front().overdueActions == 0);
    CHECK(RegionSummary::build(fw, rows.value(), {}, QDate(2026, 12, 1)).organisations.front().overdueActions == 1);
}
