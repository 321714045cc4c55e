#pragma once

#include "core/assessment/FrameworkLibrary.h"
#include "core/base/Result.h"
#include "core/region/Submission.h"
#include "core/store/Store.h"

namespace ahplead {

// Submits a stored assessment: it becomes a locked revision, the submission is recorded
// in the audit log, and the `.ahplead` file is written, all or nothing. The submission
// carries the metrics of the organisation's most recently changed business case in the
// store, if it has one, so the region's peer benchmark can include them.
class Submitter {
public:
    static Result<Submission> submit(Store &store, const FrameworkLibrary &library, qint64 assessmentId,
                                     const Assessor &submitter, const QString &outputPath);

private:
    static Status includeBusinessCaseMetrics(const Store &store, Submission &submission);
};

} // namespace ahplead
