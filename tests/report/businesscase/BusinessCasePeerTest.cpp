// Issue 6: a trust's business case shows where its metrics sit in the region's peer benchmark.
#include "core/businesscase/MetricPeerComparison.h"
#include "report/businesscase/BusinessCaseTestSupport.h"

#include <catch2/catch.hpp>

using namespace ahplead;
using test::runCli;

namespace {

MetricQuartiles quartiles(const QString &id, MetricUnit unit, int organisations, double q1, double median, double q3)
{
    return {id, id, unit, organisations, false, q1, median, q3};
}

// The region's benchmark as an acute trust receives it: some metrics for acute trusts, more
// for all organisations, and one suppressed for acute trusts.
PeerBenchmark regionBenchmark()
{
    PeerBenchmark b;
    b.frameworkId = QStringLiteral("board");
    b.frameworkVersion = QStringLiteral("1.0.0");
    b.createdAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    BenchmarkGroup all;
    all.organisationType = QStringLiteral("all");
    all.organisations = 12;
    all.overall = PeerBenchmark::quartiles(QStringLiteral("overall"), QStringLiteral("Overall"), {});
    all.metrics = {quartiles(QStringLiteral("admissions"), MetricUnit::Count, 8, 2000, 2500, 3000),
                   quartiles(QStringLiteral("sickness_absence"), MetricUnit::Percent, 12, 4, 5, 6),
                   quartiles(QStringLiteral("turnover"), MetricUnit::Percent, 11, 10, 12, 14),
                   // The same id in another unit is another metric: never compared with percent.
                   quartiles(QStringLiteral("vacancy_rate"), MetricUnit::Count, 9, 1, 2, 3)};
    BenchmarkGroup acute;
    acute.organisationType = QStringLiteral("acute");
    acute.organisations = 6;
    acute.overall = all.overall; // scores are not what this document compares
    MetricQuartiles turnover;
    turnover.id = QStringLiteral("turnover");
    turnover.unit = MetricUnit::Percent;
    turnover.suppressed = true;
    acute.metrics = {quartiles(QStringLiteral("staff_engagement"), MetricUnit::Score, 6, 6, 6.3, 6.5), turnover,
                     quartiles(QStringLiteral("vacancy_rate"), MetricUnit::Percent, 6, 8, 9, 10.5)};
    BenchmarkGroup mentalHealth;
    mentalHealth.organisationType = QStringLiteral("mental_health");
    mentalHealth.suppressed = true;
    b.groups = {all, acute, mentalHealth};
    return b;
}

const MetricPeerPosition *positionOf(const std::vector<MetricPeerPosition> &positions, const QString &id)
{
    for (const MetricPeerPosition &p : positions)
        if (p.metricId == id)
            return &p;
    return nullptr;
}

} // namespace

TEST_CASE("Each metric is compared with its own type's peers, else with all organisations, in honest words")
{
    const BusinessCase bc = test::exampleBusinessCase();
    REQUIRE(bc.organisation.type == QStringLiteral("acute"));
    const auto positions = MetricPeerComparison::compare(bc, regionBenchmark());
    REQUIRE(positions.size() == 5);

    const MetricPeerPosition *vacancy = positionOf(positions, QStringLiteral("vacancy_rate"));
    REQUIRE(vacancy);
    CHECK(vacancy->organisationType == QStringLiteral("acute"));
    CHECK(vacancy->position() ==
          QStringLiteral("In the worst quarter of peers: above the upper quartile, and lower is better."));
    const MetricPeerPosition *engagement = positionOf(positions, QStringLiteral("staff_engagement"));
    REQUIRE(engagement);
    CHECK(engagement->position() ==
          QStringLiteral("In the best quarter of peers: above the upper quartile, and higher is better."));
    // Suppressed for acute trusts, so compared with all organisations.
    const MetricPeerPosition *turnover = positionOf(positions, QStringLiteral("turnover"));
    REQUIRE(turnover);
    CHECK(turnover->organisationType == QStringLiteral("all"));
    CHECK(turnover->position() == QStringLiteral("In the middle half of peers: worse than the median."));
    const MetricPeerPosition *admissions = positionOf(positions, QStringLiteral("admissions"));
    REQUIRE(admissions);
    CHECK(admissions->position() == QStringLiteral("In the middle half of peers: better than the median."));

    MetricPeerPosition neither = *admissions;
    neither.better = Direction::Neither;
    neither.value = 1000;
    CHECK(neither.position() == QStringLiteral("In the lowest quarter of peers: below the lower quartile."));
}

TEST_CASE("A business case document shows the trust's position among its peers, with every name escaped")
{
    BusinessCase bc = test::exampleBusinessCase();
    for (Metric &m : bc.qualityMetrics)
        if (m.id == QStringLiteral("admissions"))
            m.name = QStringLiteral("Admissions <aged 65+> & more");
    const PeerBenchmark peers = regionBenchmark();
    auto built = BusinessCaseModel::build(bc, test::payScales(), test::exampleCaseForChange(bc), {}, &peers);
    REQUIRE(built.ok());
    const QString text = built->plainText();
    CHECK(text.contains(QStringLiteral("Position among the region's peers")));
    CHECK(text.contains(QStringLiteral("Regional peer benchmark of 20 November 2026 gives the quartiles of 5 of these "
                                       "metrics")));
    // Admissions had no benchmark: the peer median is its benchmark now, rated against it.
    CHECK(text.contains(QStringLiteral("Regional peer median (8 organisations)")));
    CHECK(
        text.contains(QStringLiteral("In the worst quarter of peers: above the upper quartile, and lower is better.")));
    CHECK(text.contains(QStringLiteral("Compared with the 6 organisations of the same type")));
    CHECK(text.contains(QStringLiteral("Compared with all 11 organisations in the benchmark that report it.")));

    QTemporaryDir dir;
    const QString html = QString::fromUtf8(
        test::readFile(test::writeBusinessCase(built.value(), dir, QStringLiteral("peers"), QStringLiteral("html"))));
    CHECK(html.contains(QStringLiteral("Admissions &lt;aged 65+&gt; &amp; more")));
    CHECK_FALSE(html.contains(QStringLiteral("<aged 65+>")));
    CHECK(html.contains(QStringLiteral("Regional peer median (8 organisations)")));
    CHECK(
        html.contains(QStringLiteral("In the best quarter of peers: above the upper quartile, and higher is better.")));

    SECTION("and without a benchmark the document is as before")
    {
        auto plain = BusinessCaseModel::build(bc, test::payScales(), test::exampleCaseForChange(bc));
        REQUIRE(plain.ok());
        CHECK_FALSE(plain->plainText().contains(QStringLiteral("Position among the region's peers")));
        CHECK_FALSE(plain->plainText().contains(QStringLiteral("Regional peer median")));
    }
}

TEST_CASE("The CLI writes a business case with the region's benchmark, and refuses a file that is not one")
{
    QTemporaryDir dir;
    const QString benchmark = dir.filePath(QStringLiteral("benchmark.json"));
    test::writeFile(benchmark, regionBenchmark().write());
    const QString out = dir.filePath(QStringLiteral("case.html"));
    const auto written = runCli({QStringLiteral("business-case"), test::businessCasePath(), QStringLiteral("-o"), out,
                                 QStringLiteral("--benchmark"), benchmark});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QString html = QString::fromUtf8(test::readFile(out));
    CHECK(html.contains(QStringLiteral("Regional peer median (8 organisations)")));
    CHECK(html.contains(QStringLiteral("Regional peer benchmark of 20 November 2026")));

    const QString notBenchmark = dir.filePath(QStringLiteral("not.json"));
    test::writeFile(notBenchmark, "{\"format\": \"ahplead.review\"}");
    const auto refused =
        runCli({QStringLiteral("business-case"), test::businessCasePath(), QStringLiteral("-o"),
                dir.filePath(QStringLiteral("other.html")), QStringLiteral("--benchmark"), notBenchmark});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("not.json")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("other.html"))));
}
