#include "core/region/RegionBusinessMetrics.h"

#include "core/store/Store.h"

namespace ahplead {

Result<MetricsBySubmission> RegionBusinessMetrics::latest(const Store &store, const RegionSummary &region)
{
    MetricsBySubmission metrics;
    for (const RegionOrganisation &o : region.organisations) {
        auto content = store.submissionContent(o.latestSubmissionId);
        if (!content)
            return content.error();
        auto read = BusinessCaseMetrics::fromContent(content.value(),
                                                     QStringLiteral("submission %1").arg(o.latestSubmissionId));
        if (read && !read->empty())
            metrics[o.latestSubmissionId] = std::move(read).value();
    }
    return metrics;
}

} // namespace ahplead
