#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"

#include <QDateTime>
#include <QStringList>

namespace ahplead {

// "Start from previous": a new draft for the same organisation that carries the answers of
// an earlier assessment, each flagged for review so an old answer is never mistaken for a
// fresh one. The earlier assessment may have been answered against an older framework
// version: answers to questions FRAMEWORK no longer asks are left behind (and listed), as
// is "not applicable" where FRAMEWORK no longer allows it.
class AssessmentCopier {
public:
    struct Copy {
        Assessment assessment;
        int copied = 0;
        QStringList leftBehind; // question ids of PREVIOUS not carried over
    };

    static Copy startFrom(const Assessment &previous, const Framework &framework, const QString &title,
                          const Assessor &assessor, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace ahplead
