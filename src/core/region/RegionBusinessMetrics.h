#pragma once

#include "core/base/Result.h"
#include "core/region/PeerBenchmark.h"
#include "core/region/RegionSummary.h"

namespace ahplead {

class Store;

// The business-case metrics of each organisation's latest submission in a region's store,
// for the peer benchmark. Read from the submissions' stored content only when a benchmark
// is written, so the dashboard itself never pays for them.
class RegionBusinessMetrics {
public:
    // A submission whose stored content cannot be read is left out (its scores are still
    // benchmarked), as RegionSummary leaves out a damaged row rather than show it wrong.
    static Result<MetricsBySubmission> latest(const Store &store, const RegionSummary &region);
};

} // namespace ahplead
