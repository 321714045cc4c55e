#include "core/assessment/Scorer.h"

#include "core/assessment/Maturity.h"

#include <algorithm>

namespace ahplead {

namespace {

// The 0-1 score of an answer; empty for not applicable (it leaves the denominator).
std::optional<double> answerScore(const Framework &framework, AnswerValue value)
{
    if (value == AnswerValue::NotApplicable)
        return std::nullopt;
    const ScaleOption *option = framework.scaleOption(value);
    return option ? option->score : 0.0;
}

} // namespace

DomainScore Scorer::scoreDomain(const Domain &domain, const Framework &framework, const Assessment &assessment)
{
    DomainScore result;
    result.id = domain.id;
    result.title = domain.title;
    double weighted = 0.0;
    double weights = 0.0;
    for (const Question &q : domain.questions) {
        ++result.questions;
        const auto it = assessment.answers.constFind(q.id);
        if (it == assessment.answers.cend()) {
            ++result.unanswered;
            continue;
        }
        ++result.answered;
        result.flagged += it->flagged ? 1 : 0;
        const auto s = answerScore(framework, it->value);
        if (!s) {
            ++result.notApplicable;
            continue;
        }
        weighted += q.weight * *s;
        weights += q.weight;
    }
    result.provisional = result.answered * 2 < result.questions;
    if (weights > 0) {
        result.score = 100.0 * weighted / weights;
        if (!result.provisional)
            result.level = Maturity::levelFor(*result.score);
    }
    return result;
}

RecommendationResult Scorer::scoreRecommendation(const Recommendation &rec, const Framework &framework,
                                                 const Assessment &assessment)
{
    RecommendationResult result;
    result.id = rec.id;
    result.title = rec.title;
    result.critical = rec.critical;
    result.weight = rec.weight;
    double weighted = 0.0;
    double weights = 0.0;
    for (const EvidenceLink &link : rec.evidence) {
        const auto it = assessment.answers.constFind(link.questionId);
        if (it == assessment.answers.cend()) {
            result.unansweredQuestions << link.questionId;
            continue;
        }
        if (const auto s = answerScore(framework, it->value)) {
            weighted += link.weight * *s;
            weights += link.weight;
        }
    }
    // A verdict on part of the evidence would mislead a board, so any gap leaves it open.
    if (!result.unansweredQuestions.isEmpty()) {
        result.reason = QStringLiteral("%1 of its %2 questions unanswered")
                            .arg(result.unansweredQuestions.size())
                            .arg(rec.evidence.size());
        return result;
    }
    if (weights <= 0) {
        result.reason = QStringLiteral("all of its questions answered not applicable");
        return result;
    }
    result.ratio = weighted / weights;
    if (*result.ratio >= MetThreshold)
        result.status = RecommendationStatus::Met;
    else if (*result.ratio < NotMetThreshold)
        result.status = RecommendationStatus::NotMet;
    else
        result.status = RecommendationStatus::PartiallyMet;
    return result;
}

void Scorer::capOverallLevel(ScoreCard &card)
{
    int cap = Maturity::MaxLevel;
    for (const RecommendationResult &r : card.recommendations) {
        if (!r.critical)
            continue;
        if (r.status == RecommendationStatus::NotMet)
            cap = std::min(cap, CapWhenCriticalNotMet);
        else if (r.status == RecommendationStatus::PartiallyMet)
            cap = std::min(cap, CapWhenCriticalPartial);
    }
    if (card.uncappedLevel > cap) {
        card.overallLevel = cap;
        card.levelCapReason = QStringLiteral("held at level %1 (%2) because %3 critical recommendation%4 not fully met")
                                  .arg(cap)
                                  .arg(Maturity::name(cap))
                                  .arg(card.criticalGaps.size())
                                  .arg(card.criticalGaps.size() == 1 ? QStringLiteral(" is") : QStringLiteral("s are"));
    }
}

void Scorer::holdIfProvisional(ScoreCard &card)
{
    QStringList reasons;
    for (const RecommendationResult &r : card.recommendations)
        if (r.critical && !r.unansweredQuestions.isEmpty())
            card.criticalNotAssessed << r.id;
    for (const DomainScore &d : card.domains)
        if (d.provisional)
            card.domainsUnderHalfAnswered << d.id;
    // With nothing answered there is nothing to call provisional: the card is simply not scored.
    if (card.answered == 0 || (card.criticalNotAssessed.isEmpty() && card.domainsUnderHalfAnswered.isEmpty()))
        return;
    const auto count = [](qsizetype n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); };
    if (!card.criticalNotAssessed.isEmpty())
        reasons << count(card.criticalNotAssessed.size(), QStringLiteral("1 critical recommendation not yet assessed"),
                         QStringLiteral("%1 critical recommendations not yet assessed"));
    if (!card.domainsUnderHalfAnswered.isEmpty())
        reasons << count(card.domainsUnderHalfAnswered.size(), QStringLiteral("1 domain less than half answered"),
                         QStringLiteral("%1 domains less than half answered"));
    // A score or level from part of the evidence would be read as the verdict, so neither is given.
    card.provisional = true;
    card.provisionalReason = reasons.join(QStringLiteral("; "));
    card.overallScore.reset();
    card.overallLevel = -1;
    card.uncappedLevel = -1;
    card.levelCapReason.clear();
}

std::vector<Action> Scorer::planActions(const Framework &framework, const ScoreCard &card)
{
    std::vector<Action> actions;
    for (const RecommendationResult &r : card.recommendations) {
        if (r.status != RecommendationStatus::NotMet && r.status != RecommendationStatus::PartiallyMet)
            continue;
        const Recommendation *rec = framework.recommendation(r.id);
        Action a;
        a.recommendationId = r.id;
        a.title = r.title;
        a.action = rec->action;
        a.critical = r.critical;
        a.status = r.status;
        a.gap = 1.0 - r.ratio.value_or(0.0);
        a.priority = r.weight * a.gap;
        a.citations = rec->citations;
        actions.push_back(a);
    }
    // Critical first, then the largest weighted gap; ties keep the framework's order.
    std::stable_sort(actions.begin(), actions.end(), [](const Action &x, const Action &y) {
        if (x.critical != y.critical)
            return x.critical;
        return x.priority > y.priority + 1e-9;
    });
    for (std::size_t i = 0; i < actions.size(); ++i)
        actions[i].rank = int(i) + 1;
    return actions;
}

QString Scorer::noActionsText(const ScoreCard &card)
{
    qsizetype open = 0;
    for (const RecommendationResult &r : card.recommendations)
        open += r.status == RecommendationStatus::NotAssessed ? 1 : 0;
    if (open == 0)
        return QStringLiteral("No action to take: every recommendation is met.");
    return QStringLiteral("No action so far: no recommendation assessed falls short; %1 not yet assessed.")
        .arg(open == 1 ? QStringLiteral("1 recommendation is") : QStringLiteral("%1 recommendations are").arg(open));
}

ScoreCard Scorer::score(const Framework &framework, const Assessment &assessment)
{
    ScoreCard card;
    card.frameworkId = framework.id;
    card.frameworkVersion = framework.version;

    double weighted = 0.0;
    double weights = 0.0;
    for (const Domain &domain : framework.domains) {
        DomainScore d = scoreDomain(domain, framework, assessment);
        card.questions += d.questions;
        card.answered += d.answered;
        card.notApplicable += d.notApplicable;
        card.flagged += d.flagged;
        if (d.score) {
            weighted += domain.weight * *d.score;
            weights += domain.weight;
        }
        card.domains.push_back(d);
        for (const Question &q : domain.questions)
            if (!assessment.answers.contains(q.id))
                card.unansweredQuestions << q.id;
    }
    if (weights > 0) {
        card.overallScore = weighted / weights;
        card.uncappedLevel = Maturity::levelFor(*card.overallScore);
        card.overallLevel = card.uncappedLevel;
    }

    for (const Recommendation &rec : framework.recommendations) {
        RecommendationResult r = scoreRecommendation(rec, framework, assessment);
        if (r.critical && (r.status == RecommendationStatus::NotMet || r.status == RecommendationStatus::PartiallyMet))
            card.criticalGaps << r.id;
        card.recommendations.push_back(r);
    }
    capOverallLevel(card);
    holdIfProvisional(card);
    card.actions = planActions(framework, card);
    return card;
}

} // namespace ahplead
