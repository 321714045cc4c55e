#pragma once

#include "core/assessment/Assessment.h"

#include <QStringList>

namespace ahplead {

// What save I of crash-writer run RUN writes, known to the helper and to the test alike.
struct CrashPlan {
    static Answer answer(int run, int i, const QStringList &questions)
    {
        static const AnswerValue values[] = {AnswerValue::NotInPlace, AnswerValue::Partial, AnswerValue::InPlace};
        Answer a;
        a.questionId = questions[i % questions.size()];
        a.value = values[(run + i) % 3];
        a.flagged = (i / questions.size()) % 2 == 1;
        a.evidence = evidence(run, i);
        return a;
    }
    static QString evidence(int run, int i) { return QStringLiteral("run %1 save %2").arg(run).arg(i); }
};

} // namespace ahplead
