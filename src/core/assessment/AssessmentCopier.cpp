#include "core/assessment/AssessmentCopier.h"

#include "core/assessment/FrameworkMapping.h"

#include <algorithm>

namespace ahplead {

namespace {

// Lower is more cautious: when two old answers merge into one question, the less established
// one stands until someone reviews it.
int established(AnswerValue value)
{
    switch (value) {
    case AnswerValue::NotInPlace:
        return 0;
    case AnswerValue::Partial:
        return 1;
    case AnswerValue::InPlace:
        return 2;
    case AnswerValue::NotApplicable:
        return 3;
    }
    return 0;
}

bool reworded(const Framework *from, const Framework &to, const QString &fromId, const QString &toId)
{
    if (!from || fromId != toId)
        return true;
    const Question *before = from->question(fromId);
    const Question *after = to.question(toId);
    return !before || !after || before->text != after->text;
}

// Puts OLD's answer into each question it maps to in TO; FLAGALL flags every carried answer.
void carry(const Answer &old, const Framework *from, const Framework &to, const FrameworkMapping *mapping, bool flagAll,
           AssessmentCopier::Copy &copy)
{
    const QStringList targets = mapping ? mapping->targets(old.questionId) : QStringList{old.questionId};
    bool carried = false;
    for (const QString &target : targets) {
        const Question *question = to.question(target);
        if (!question || (old.value == AnswerValue::NotApplicable && !question->allowNotApplicable))
            continue;
        Answer answer = old;
        answer.questionId = target;
        const bool changed = mapping && (targets.size() > 1 || reworded(from, to, old.questionId, target));
        answer.flagged = flagAll || old.flagged || changed;
        auto existing = copy.assessment.answers.find(target);
        if (existing != copy.assessment.answers.end()) {
            // Two questions merged into one: keep the more cautious answer and both notes.
            if (established(answer.value) < established(existing->value))
                existing->value = answer.value;
            if (!answer.evidence.isEmpty())
                existing->evidence +=
                    (existing->evidence.isEmpty() ? QString() : QStringLiteral("\n")) + answer.evidence;
            existing->flagged = true;
        } else {
            copy.assessment.answers.insert(target, answer);
        }
        if (changed && !copy.toReview.contains(target))
            copy.toReview << target;
        carried = true;
    }
    if (carried)
        ++copy.copied;
    else
        copy.leftBehind << old.questionId;
}

void listNewQuestions(const Framework &from, const Framework &to, const FrameworkMapping &mapping,
                      AssessmentCopier::Copy &copy)
{
    QStringList mappedTargets;
    for (const Domain &domain : from.domains)
        for (const Question &q : domain.questions)
            mappedTargets << mapping.targets(q.id);
    for (const Domain &domain : to.domains)
        for (const Question &q : domain.questions)
            if (!mappedTargets.contains(q.id) && !copy.toReview.contains(q.id))
                copy.toReview << q.id;
}

// The board's tracking of the action plan goes on from one assessment to the next with its
// status, owner, date and note: an action in progress is still in progress. Only actions of
// recommendations FRAMEWORK still has are carried (recommendation ids are stable across versions).
void carryActions(const Assessment &from, const Framework &framework, Assessment &to)
{
    for (const TrackedAction &action : from.actions)
        if (framework.recommendation(action.recommendationId))
            to.actions.insert(action.recommendationId, action);
}

} // namespace

AssessmentCopier::Copy AssessmentCopier::startFrom(const Assessment &previous, const Framework &framework,
                                                   const QString &title, const Assessor &assessor, const QDateTime &now,
                                                   const FrameworkMapping *mapping, const Framework *previousFramework)
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
        Answer answer = old;
        answer.updatedAt = now;
        answer.updatedBy.clear(); // the store records whoever makes the copy
        carry(answer, previousFramework, framework, mapping, true, copy);
    }
    carryActions(previous, framework, a);
    a.cover = previous.cover.carriedForward();
    // No toAgree: what the board had still to agree belongs to that meeting's draft, and every
    // answer carried here is flagged for review anyway.
    std::sort(copy.leftBehind.begin(), copy.leftBehind.end());
    return copy;
}

AssessmentCopier::Copy AssessmentCopier::upgrade(const Assessment &assessment, const Framework &from,
                                                 const Framework &to, const FrameworkMapping &mapping,
                                                 const QDateTime &now)
{
    Copy copy;
    Assessment &a = copy.assessment;
    a.title = assessment.title;
    a.status = QStringLiteral("draft");
    a.frameworkId = to.id;
    a.frameworkVersion = to.version;
    a.organisation = assessment.organisation;
    a.assessor = assessment.assessor;
    a.createdAt = now;
    a.updatedAt = now;
    for (const Answer &old : assessment.answers)
        carry(old, &from, to, &mapping, false, copy);
    carryActions(assessment, to, a);
    a.cover = assessment.cover; // the same paper on a newer framework: its cover sheet is unchanged
    // The same draft: what the board still has to agree stays so, where the question is still asked.
    for (auto it = assessment.toAgree.cbegin(); it != assessment.toAgree.cend(); ++it)
        if (to.question(it.key()) && !a.answers.contains(it.key()))
            a.toAgree.insert(it.key(), it.value());
    listNewQuestions(from, to, mapping, copy);
    std::sort(copy.leftBehind.begin(), copy.leftBehind.end());
    // In the order the questions are asked, so a person can work down the list.
    QStringList ordered;
    for (const Domain &domain : to.domains)
        for (const Question &q : domain.questions)
            if (copy.toReview.contains(q.id))
                ordered << q.id;
    copy.toReview = ordered;
    return copy;
}

QString AssessmentCopier::upgradeSummary(const Copy &copy, const Framework &from, const Framework &to)
{
    QString text = QStringLiteral("Moved from %1 to %2: %3 answer%4 carried over, %5 question%6 to review")
                       .arg(from.key(), to.key())
                       .arg(copy.copied)
                       .arg(copy.copied == 1 ? QString() : QStringLiteral("s"))
                       .arg(copy.toReview.size())
                       .arg(copy.toReview.size() == 1 ? QString() : QStringLiteral("s"));
    if (!copy.leftBehind.isEmpty())
        text += QStringLiteral("; not carried (the new question does not allow \"not applicable\"): %1")
                    .arg(copy.leftBehind.join(QStringLiteral(", ")));
    return text + QLatin1Char('.');
}

} // namespace ahplead
