#pragma once

#include "Assessment.h"

#include <QDateTime>
#include <QString>

namespace ahplead {

// An assessment as a trust sent it to its region: a locked revision with who sent it,
// when, and an id that stays the same wherever the file travels.
struct Submission {
    QString uuid;         // without braces, lower case
    QDateTime submittedAt;
    Assessor submitter;
    int revision = 1;
    QString digest;       // "sha256:<hex>" of the canonical content
    QByteArray content;   // the canonical content itself, as read (what a region keeps)
    Assessment assessment;
};

} // namespace ahplead
