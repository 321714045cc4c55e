#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"
#include "core/assessment/ScoreCard.h"

#include <QString>

namespace ahplead {

// The score card as plain text for a terminal: who and what was assessed, the overall
// and domain scores, critical gaps, every recommendation and the action plan with sources.
class ScoreCardText {
public:
    static QString render(const Assessment &assessment, const Framework &framework, const ScoreCard &card);

private:
    static QString header(const Assessment &assessment, const Framework &framework);
    static QString overall(const ScoreCard &card);
    static QString domains(const ScoreCard &card);
    static QString criticalGaps(const Framework &framework, const ScoreCard &card);
    static QString recommendations(const ScoreCard &card);
    static QString actionPlan(const ScoreCard &card);
};

} // namespace ahplead
