#include "core/region/RegionSummary.h"

#include "core/assessment/FrameworkLoader.h"
#include "core/assessment/ScoreSummary.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace ahplead;

namespace {

const Framework &demoFramework()
{
    static const Framework fw = [] {
        auto loaded = FrameworkLoader::load(test::fixturesDir() + QStringLiteral("/frameworks/demo.json"));
        REQUIRE(loaded.ok());
        return loaded.value();
    }();
    return fw;
}

SubmissionScores row(qint64 id, std::optional<double> overall, const QString &domains, const QString &statuses)
{
    SubmissionScores r;
    r.id = id;
    r.organisationId = id;
    r.organisation.name = QStringLiteral("Trust %1").arg(id);
    r.submittedAt = QStringLiteral("2026-11-01T09:00:00Z");
    r.overallScore = overall;
    r.overallLevel = overall ? 2 : -1;
    r.domainScores = domains;
    r.recommendationStatuses = statuses;
    return r;
}

} // namespace

TEST_CASE("A stored submission with no overall score but something scored is provisional; an empty one is not")
{
    const RegionSummary s = RegionSummary::build(
        demoFramework(), {row(1, 55.6, QStringLiteral("83.33 0.00"), QStringLiteral("NMPAN")),
                          row(2, std::nullopt, QStringLiteral("100.00 -"), QStringLiteral("AAAAA")),
                          row(3, std::nullopt, QStringLiteral("- -"), QStringLiteral("AAAAA"))});
    REQUIRE(s.organisations.size() == 3);
    CHECK_FALSE(s.organisations[0].provisional);
    CHECK(s.organisations[1].provisional);
    CHECK_FALSE(s.organisations[2].provisional);
}

TEST_CASE("A domain stored as under half answered is read back as provisional; rows stored before the marker are not")
{
    const RegionSummary s = RegionSummary::build(
        demoFramework(), {row(1, std::nullopt, QStringLiteral("41.50p 0.00"), QStringLiteral("NAAAA")),
                          row(2, 55.6, QStringLiteral("83.33 0.00"), QStringLiteral("NMPAN"))});
    REQUIRE(s.organisations.size() == 2);
    REQUIRE(s.organisations[0].domainScores[0]);
    CHECK(*s.organisations[0].domainScores[0] == Approx(41.5));
    CHECK(s.organisations[0].domainProvisional == std::vector<bool>{true, false});
    CHECK(s.organisations[1].domainProvisional == std::vector<bool>{false, false});
}

TEST_CASE("A score summary writes a provisional domain with its marker and reads it back the same")
{
    ScoreSummary s;
    s.domainScores = {41.5, std::nullopt, 60.0};
    s.domainProvisional = {true, false, false};
    s.statuses = {RecommendationStatus::Met};
    CHECK(s.encodeDomains() == QStringLiteral("41.50p - 60.00"));
    const auto back = ScoreSummary::decode(s.encodeDomains(), s.encodeStatuses(), 3, 1);
    REQUIRE(back);
    CHECK(back->domainScores == s.domainScores);
    CHECK(back->domainProvisional == s.domainProvisional);
    CHECK_FALSE(ScoreSummary::decode(QStringLiteral("41.50q - 60.00"), s.encodeStatuses(), 3, 1));
}
