#include "core/businesscase/MetricRating.h"

#include <cmath>

namespace ahplead {

MetricComparison MetricRating::compare(const Metric &metric)
{
    MetricComparison c;
    c.tolerancePercent = metric.tolerancePercent.value_or(DefaultTolerancePercent);
    if (!metric.benchmark)
        return c;
    const double benchmark = metric.benchmark->value;
    c.difference = metric.value - benchmark;
    if (benchmark != 0.0)
        c.relativePercent = std::fabs(c.difference) / std::fabs(benchmark) * 100.0;
    if (metric.better == Direction::Neither) {
        c.rating = Rating::NoDirection;
        return c;
    }
    const bool worse = metric.better == Direction::LowerIsBetter ? c.difference > 0 : c.difference < 0;
    if (!worse)
        c.rating = Rating::Green;
    else if (c.relativePercent && *c.relativePercent <= c.tolerancePercent + 1e-9) // 10.000000000000002 is 10
        c.rating = Rating::Amber;
    else
        c.rating = Rating::Red;
    return c;
}

} // namespace ahplead
