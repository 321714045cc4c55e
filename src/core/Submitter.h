#pragma once

#include "FrameworkLibrary.h"
#include "Result.h"
#include "Submission.h"
#include "store/Store.h"

namespace ahplead {

// Submits a stored assessment: it becomes a locked revision, the submission is recorded
// in the audit log, and the `.ahplead` file is written, all or nothing.
class Submitter {
public:
    static Result<Submission> submit(Store &store, const FrameworkLibrary &library, qint64 assessmentId,
                                     const Assessor &submitter, const QString &outputPath);
};

} // namespace ahplead
