#include "core/assessment/AssessmentCopier.h"

#include <algorithm>

namespace ahplead {

AssessmentCopier::Copy AssessmentCopier::startFrom(const Assessment &previous, const Framework &framework,
                                                   const QString &title, const Assessor &assessor, const QDateTime &now)
{
    Copy copy;
    Assessment &a = copy.assessment;
    a.title = title;
    a.status = QStringLiteral("draft");
    a.frameworkId = framework.id;
    a.frameworkVersion = framework.version;
    a.organisation = previous.organisation;
    a.assessor = assessor;
    a.createdAt = now;
    a.updatedAt = now;
    for (const Answer &old : previous.answers) {
        const Question *question = framework.question(old.questionId);
        if (!question || (old.value == AnswerValue::NotApplicable && !question->allowNotApplicable)) {
            copy.leftBehind << old.questionId;
            continue;
        }
        Answer answer = old;
        answer.flagged = true;
        answer.updatedAt = now;
        answer.updatedBy.clear(); // the store records whoever makes the copy
        a.answers.insert(answer.questionId, answer);
        ++copy.copied;
    }
    std::sort(copy.leftBehind.begin(), copy.leftBehind.end());
    return copy;
}

} // namespace ahplead
