#pragma once

#include "core/businesscase/BusinessCase.h"
#include "core/region/PeerBenchmark.h"

#include <QString>

#include <vector>

namespace ahplead {

// Where one of a trust's business-case metrics sits among its peers in the region's benchmark.
struct MetricPeerPosition {
    QString metricId;
    QString metricName;
    MetricUnit unit = MetricUnit::Count;
    Direction better = Direction::Neither;
    double value = 0.0;
    MetricQuartiles peers;
    QString organisationType; // the group compared with: the organisation's own type, or "all"

    // "In the best quarter of peers: below the lower quartile, and lower is better."
    QString position() const;
};

// Compares a business case's metrics with the business-case metrics of a peer benchmark.
// A metric is compared with the figures of the organisation's own type when that group
// reports it unsuppressed, else with those of every organisation ("all"), else not at all.
class MetricPeerComparison {
public:
    static std::vector<MetricPeerPosition> compare(const BusinessCase &businessCase, const PeerBenchmark &benchmark);
    // BUSINESSCASE with the peer median as the benchmark of each compared metric that has
    // none of its own ("Regional peer median (7 organisations)").
    static BusinessCase withPeerMedians(const BusinessCase &businessCase, const PeerBenchmark &benchmark);
    // "Regional peer benchmark of 22 November 2026": where the figures came from.
    static QString source(const PeerBenchmark &benchmark);

private:
    static const MetricQuartiles *peersOf(const Metric &metric, const QString &organisationType,
                                          const PeerBenchmark &benchmark, QString *group);
};

} // namespace ahplead
