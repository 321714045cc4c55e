#include "core/businesscase/MetricRating.h"
#include "core/businesscase/BusinessCaseReader.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace ahplead;

namespace {

Metric metric(double value, Direction better, std::optional<double> benchmark)
{
    Metric m;
    m.id = QStringLiteral("m");
    m.name = QStringLiteral("Metric");
    m.value = value;
    m.unit = MetricUnit::Percent;
    m.better = better;
    if (benchmark)
        m.benchmark = Benchmark{*benchmark, QStringLiteral("peer median"), {}};
    return m;
}

} // namespace

TEST_CASE("A metric at or better than its benchmark is green, in either direction")
{
    CHECK(MetricRating::compare(metric(4.0, Direction::LowerIsBetter, 4.6)).rating == Rating::Green);
    CHECK(MetricRating::compare(metric(4.6, Direction::LowerIsBetter, 4.6)).rating == Rating::Green);
    CHECK(MetricRating::compare(metric(7.1, Direction::HigherIsBetter, 6.9)).rating == Rating::Green);
}

TEST_CASE("A metric worse by up to the tolerance is amber, and worse by more is red")
{
    // 10% of a benchmark of 5 is 0.5: 5.5 is amber (exactly at the edge), 5.51 red.
    CHECK(MetricRating::compare(metric(5.5, Direction::LowerIsBetter, 5.0)).rating == Rating::Amber);
    CHECK(MetricRating::compare(metric(5.51, Direction::LowerIsBetter, 5.0)).rating == Rating::Red);
    CHECK(MetricRating::compare(metric(6.7, Direction::HigherIsBetter, 6.9)).rating == Rating::Amber);
    Metric strict = metric(88.5, Direction::HigherIsBetter, 92.0);
    strict.tolerancePercent = 3.0;
    const MetricComparison c = MetricRating::compare(strict);
    CHECK(c.rating == Rating::Red);
    CHECK(c.difference == Approx(-3.5));
    CHECK(*c.relativePercent == Approx(3.5 / 92.0 * 100.0));
    CHECK(c.tolerancePercent == 3.0);
}

TEST_CASE("A metric with no benchmark or no better direction is not rated, and a zero benchmark gives no ratio")
{
    CHECK(MetricRating::compare(metric(5, Direction::LowerIsBetter, std::nullopt)).rating == Rating::NoBenchmark);
    CHECK(MetricRating::compare(metric(5, Direction::Neither, 4.0)).rating == Rating::NoDirection);
    const MetricComparison zero = MetricRating::compare(metric(1, Direction::LowerIsBetter, 0.0));
    CHECK(zero.rating == Rating::Red);
    CHECK_FALSE(zero.relativePercent.has_value());
}

TEST_CASE("Every rating has words to show beside its colour")
{
    for (Rating r : enumValues<Rating>())
        CHECK_FALSE(enumLabel(r).isEmpty());
    CHECK(enumLabel(Rating::Amber).startsWith(QStringLiteral("Amber: ")));
}

TEST_CASE("The example's benchmarked metrics are rated red, amber and green as the figures say")
{
    auto bc = BusinessCaseReader::read(test::dataDir() + QStringLiteral("/examples/business-case-example.json"));
    REQUIRE(bc.ok());
    CHECK(MetricRating::compare(*bc->metric(QStringLiteral("sickness_absence"))).rating == Rating::Red);   // 5.4 v 4.6
    CHECK(MetricRating::compare(*bc->metric(QStringLiteral("staff_engagement"))).rating == Rating::Amber); // 6.7 v 6.9
    CHECK(MetricRating::compare(*bc->metric(QStringLiteral("readmissions_28_days"))).rating == Rating::Amber);
    CHECK(MetricRating::compare(*bc->metric(QStringLiteral("admissions"))).rating == Rating::NoBenchmark);
    CHECK(MetricRating::compare(*bc->metric(QStringLiteral("place_of_discharge"))).rating ==
          Rating::Amber); // 3.8% < 5%
}
