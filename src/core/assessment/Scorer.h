#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"
#include "core/assessment/ScoreCard.h"

namespace ahplead {

// Turns a framework plus answers into a ScoreCard. The method, thresholds and a worked
// example are in docs/scoring.md; tests/core/assessment/ScorerTest.cpp reproduces that example.
class Scorer {
public:
    static constexpr double MetThreshold = 0.8;    // ratio at or above: met
    static constexpr double NotMetThreshold = 0.3; // ratio below: not met
    static constexpr int CapWhenCriticalNotMet = 1;
    static constexpr int CapWhenCriticalPartial = 2;

    static ScoreCard score(const Framework &framework, const Assessment &assessment);
    // What to say when CARD has no actions, without implying more than is known: "No action
    // so far: ...; 18 recommendations are not yet assessed." while any is not assessed.
    static QString noActionsText(const ScoreCard &card);

private:
    static DomainScore scoreDomain(const Domain &domain, const Framework &framework, const Assessment &assessment);
    static RecommendationResult scoreRecommendation(const Recommendation &rec, const Framework &framework,
                                                    const Assessment &assessment);
    static void capOverallLevel(ScoreCard &card);
    static void holdIfProvisional(ScoreCard &card);
    static std::vector<Action> planActions(const Framework &framework, const ScoreCard &card);
};

} // namespace ahplead
