#pragma once

#include "core/assessment/Assessment.h"
#include "core/region/BusinessCaseMetrics.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ahplead {

// An assessment as a trust sent it to its region: a locked revision with who sent it,
// when, and an id that stays the same wherever the file travels.
struct Submission {
    QString uuid; // without braces, lower case
    QDateTime submittedAt;
    Assessor submitter;
    int revision = 1;
    QString digest;     // "sha256:<hex>" of the canonical content
    QByteArray content; // the canonical content itself, as read (what a region keeps)
    Assessment assessment;
    // The metrics of the organisation's business case, when it had one at submit time
    // (optional in the file: older submissions carry none).
    std::vector<SubmittedMetric> businessCaseMetrics;
    // The title of the business case they came from, for the submitter's confirmation; it
    // is not written into the file.
    std::optional<QString> businessCaseTitle;
};

} // namespace ahplead
