#pragma once

#include "core/businesscase/BusinessCase.h"

#include <optional>

namespace ahplead {

// A red/amber/green comparison of a metric with its benchmark. The report shows the words of
// the rating beside any colour, so nothing depends on colour alone.
enum class Rating { Green, Amber, Red, NoBenchmark, NoDirection };

template <> struct EnumText<Rating> {
    static constexpr std::array<EnumEntry<Rating>, 5> entries{{
        {Rating::Green, "green", "Green: at or better than the benchmark"},
        {Rating::Amber, "amber", "Amber: worse than the benchmark, within tolerance"},
        {Rating::Red, "red", "Red: worse than the benchmark by more than the tolerance"},
        {Rating::NoBenchmark, "no_benchmark", "Not benchmarked"},
        {Rating::NoDirection, "no_direction", "Not rated: neither higher nor lower is better"},
    }};
};

struct MetricComparison {
    Rating rating = Rating::NoBenchmark;
    double difference = 0.0;               // value - benchmark
    std::optional<double> relativePercent; // |difference| / |benchmark| x 100; empty when the benchmark is 0
    double tolerancePercent = 0.0;
};

// Green when the value is at or better than the benchmark (in the metric's better direction);
// amber when it is worse by no more than the tolerance (default 10% of the benchmark);
// red when it is worse by more, or worse than a benchmark of 0.
class MetricRating {
public:
    static constexpr double DefaultTolerancePercent = 10.0;
    static MetricComparison compare(const Metric &metric);
};

} // namespace ahplead
