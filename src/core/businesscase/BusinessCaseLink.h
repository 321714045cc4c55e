#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"
#include "core/assessment/ScoreCard.h"
#include "core/base/Result.h"
#include "core/businesscase/BusinessCase.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ahplead {

// What one question of the assessment said, quoted in the case for change.
struct EvidenceNote {
    QString questionId;
    QString question;
    QString answer;   // the framework's label for the answer ("Not in place")
    QString evidence; // the assessor's own words, may be empty
    bool flagged = false;
};

// One recommendation the board has not fully met, with the sources that make it.
struct CaseForChangeItem {
    QString recommendationId;
    QString title;
    QString text;   // the recommendation
    QString action; // what the framework says to do
    bool critical = false;
    RecommendationStatus status = RecommendationStatus::NotMet;
    QString statusText; // "Partially met"
    int rank = 0;       // in the assessment's action plan
    std::vector<Citation> citations;
    std::vector<EvidenceNote> evidence; // answers short of "in place" that evidence it
};

struct DomainSummary {
    QString title;
    std::optional<double> score;
    int level = -1;
    QString levelName;
};

// The strategic case's "case for change", drawn from the latest board assessment.
struct CaseForChange {
    QString organisation;
    QString assessmentTitle;
    QString framework; // "board 1.0.0"
    QString frameworkTitle;
    QString assessedBy; // "Dr Amrit Sandhu, Non-executive director"
    QString assessedOn; // YYYY-MM-DD of the last change, or empty
    QString status;     // draft, complete, submitted
    std::optional<double> overallScore;
    int overallLevel = -1;
    QString overallLevelName; // "Developing", or "Provisional: 27 of 66 answered" (then level is -1)
    QString levelCapReason;
    bool provisional = false;   // ScoreCard::provisional: no overall level or score yet
    QString noCriticalGapsText; // ScoreCard::noCriticalGapsText
    std::vector<DomainSummary> domains;
    std::vector<CaseForChangeItem> criticalGaps;         // critical recommendations not fully met
    std::vector<CaseForChangeItem> unmetRecommendations; // the others not or partially met, by rank
    QStringList warnings; // e.g. the assessment is of another organisation, or still a draft
};

// Feeds an organisation's board assessment into the strategic case: its critical gaps and
// unmet recommendations become the case for change, each with its citations.
class BusinessCaseLink {
public:
    // CARD must be Scorer::score(FRAMEWORK, ASSESSMENT). Refuses an assessment that is not
    // against a board framework or does not match the framework given.
    static Result<CaseForChange> caseForChange(const BusinessCase &businessCase, const Assessment &assessment,
                                               const ScoreCard &card, const Framework &framework);
    // The organisation's latest board assessment in a store: Store::latestAssessment.

    // Where the case's boardAssessment file is: relative paths are taken from the folder of
    // CASEFILE; empty when the case names none.
    static QString assessmentPath(const QString &caseFile, const BusinessCase &businessCase);
};

} // namespace ahplead
