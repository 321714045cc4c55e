#include "core/businesscase/MetricPeerComparison.h"

#include <QLocale>

#include <cmath>

namespace ahplead {

namespace {

std::vector<const Metric *> metricsOf(const BusinessCase &bc)
{
    std::vector<const Metric *> list;
    if (bc.workforce.costPerWau)
        list.push_back(&*bc.workforce.costPerWau);
    for (const Metric &m : bc.workforceMetrics)
        list.push_back(&m);
    for (const Metric &m : bc.qualityMetrics)
        list.push_back(&m);
    return list;
}

const MetricQuartiles *unsuppressed(const BenchmarkGroup *group, const Metric &metric)
{
    if (!group || group->suppressed)
        return nullptr;
    const MetricQuartiles *found = group->metric(metric.id, metric.unit);
    return found && !found->suppressed ? found : nullptr;
}

// Which side of the median is the better one, in words, for a value inside the middle half.
QString middleHalf(double value, double median, Direction better)
{
    if (value == median)
        return QStringLiteral("In the middle half of peers: at the median.");
    const bool above = value > median;
    if (better == Direction::Neither)
        return above ? QStringLiteral("In the middle half of peers: above the median.")
                     : QStringLiteral("In the middle half of peers: below the median.");
    const bool betterSide = above == (better == Direction::HigherIsBetter);
    return betterSide ? QStringLiteral("In the middle half of peers: better than the median.")
                      : QStringLiteral("In the middle half of peers: worse than the median.");
}

} // namespace

QString MetricPeerPosition::position() const
{
    const bool high = value > peers.q3;
    const bool low = value < peers.q1;
    if (!high && !low)
        return middleHalf(value, peers.median, better);
    const QString where =
        high ? QStringLiteral("above the upper quartile") : QStringLiteral("below the lower quartile");
    switch (better) {
    case Direction::HigherIsBetter:
        return high ? QStringLiteral("In the best quarter of peers: %1, and higher is better.").arg(where)
                    : QStringLiteral("In the worst quarter of peers: %1, and higher is better.").arg(where);
    case Direction::LowerIsBetter:
        return low ? QStringLiteral("In the best quarter of peers: %1, and lower is better.").arg(where)
                   : QStringLiteral("In the worst quarter of peers: %1, and lower is better.").arg(where);
    case Direction::Neither:
        break;
    }
    // With no better direction the quarter says only how the value compares, not how well it does.
    return high ? QStringLiteral("In the highest quarter of peers: %1.").arg(where)
                : QStringLiteral("In the lowest quarter of peers: %1.").arg(where);
}

const MetricQuartiles *MetricPeerComparison::peersOf(const Metric &metric, const QString &organisationType,
                                                     const PeerBenchmark &benchmark, QString *group)
{
    if (!organisationType.isEmpty() && organisationType != QLatin1String("all"))
        if (const MetricQuartiles *own = unsuppressed(benchmark.group(organisationType), metric)) {
            *group = organisationType;
            return own;
        }
    *group = QStringLiteral("all");
    return unsuppressed(benchmark.group(QStringLiteral("all")), metric);
}

std::vector<MetricPeerPosition> MetricPeerComparison::compare(const BusinessCase &bc, const PeerBenchmark &benchmark)
{
    std::vector<MetricPeerPosition> positions;
    for (const Metric *m : metricsOf(bc)) {
        QString group;
        const MetricQuartiles *peers = peersOf(*m, bc.organisation.type, benchmark, &group);
        if (!peers || !std::isfinite(m->value))
            continue;
        positions.push_back({m->id, m->name, m->unit, m->better, m->value, *peers, group});
    }
    return positions;
}

BusinessCase MetricPeerComparison::withPeerMedians(const BusinessCase &businessCase, const PeerBenchmark &benchmark)
{
    BusinessCase bc = businessCase;
    auto fill = [&](Metric &m) {
        QString group;
        const MetricQuartiles *peers = peersOf(m, bc.organisation.type, benchmark, &group);
        if (m.benchmark || !peers)
            return;
        m.benchmark = Benchmark{peers->median,
                                QStringLiteral("Regional peer median (%1 organisations)").arg(peers->organisations),
                                source(benchmark)};
    };
    if (bc.workforce.costPerWau)
        fill(*bc.workforce.costPerWau);
    for (Metric &m : bc.workforceMetrics)
        fill(m);
    for (Metric &m : bc.qualityMetrics)
        fill(m);
    return bc;
}

QString MetricPeerComparison::source(const PeerBenchmark &benchmark)
{
    // UK English dates whatever the system locale, as the rest of the document.
    const QString when = benchmark.createdAt.isValid()
                             ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                   .toString(benchmark.createdAt.toUTC().date(), QStringLiteral("d MMMM yyyy"))
                             : QStringLiteral("an unknown date");
    return QStringLiteral("Regional peer benchmark of %1").arg(when);
}

} // namespace ahplead
