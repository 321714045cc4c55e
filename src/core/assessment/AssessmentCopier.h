#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"

#include <QDateTime>
#include <QStringList>

namespace ahplead {

class FrameworkMapping;

// Carries answers from one assessment into a new one. Two uses:
// - "Start from previous": a new draft for the same organisation that carries the answers of
//   an earlier assessment, each flagged for review so an old answer is never mistaken for a
//   fresh one.
// - "Move to version 1.1" (upgrade): the same assessment on a newer framework version, its
//   answers carried over by question id through the version's mapping; only the answers whose
//   question was reworded, split or merged are flagged.
// The earlier assessment may have been answered against an older framework version. With a
// mapping (FrameworkMapping) every answer reaches the questions that replaced its own; without
// one, answers to questions FRAMEWORK no longer asks are left behind. "Not applicable" where the
// new question does not allow it is left behind too. Left-behind answers are listed, never
// dropped silently.
class AssessmentCopier {
public:
    struct Copy {
        Assessment assessment;
        int copied = 0;
        QStringList leftBehind; // question ids of PREVIOUS not carried over
        QStringList toReview;   // questions of the new version that are reworded, split, merged or new
    };

    static Copy startFrom(const Assessment &previous, const Framework &framework, const QString &title,
                          const Assessor &assessor, const QDateTime &now = QDateTime::currentDateTimeUtc(),
                          const FrameworkMapping *mapping = nullptr, const Framework *previousFramework = nullptr);

    // ASSESSMENT (answered against FROM) as a new draft against TO, through MAPPING (FROM to TO).
    static Copy upgrade(const Assessment &assessment, const Framework &from, const Framework &to,
                        const FrameworkMapping &mapping, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // What an upgrade did, in one sentence, for the person and the audit log (the app and the CLI
    // record the same line): "Moved from board 1.0.0 to board 1.1.0: 66 answers carried over, ...".
    static QString upgradeSummary(const Copy &copy, const Framework &from, const Framework &to);
};

} // namespace ahplead
