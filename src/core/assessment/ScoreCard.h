#pragma once

#include "core/assessment/Framework.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ahplead {

enum class RecommendationStatus { Met, PartiallyMet, NotMet, NotAssessed };

inline QString toString(RecommendationStatus status)
{
    switch (status) {
    case RecommendationStatus::Met:
        return QStringLiteral("met");
    case RecommendationStatus::PartiallyMet:
        return QStringLiteral("partially_met");
    case RecommendationStatus::NotMet:
        return QStringLiteral("not_met");
    case RecommendationStatus::NotAssessed:
        break;
    }
    return QStringLiteral("not_assessed");
}

inline QString statusLabel(RecommendationStatus status)
{
    switch (status) {
    case RecommendationStatus::Met:
        return QStringLiteral("Met");
    case RecommendationStatus::PartiallyMet:
        return QStringLiteral("Partially met");
    case RecommendationStatus::NotMet:
        return QStringLiteral("Not met");
    case RecommendationStatus::NotAssessed:
        break;
    }
    return QStringLiteral("Not assessed");
}

struct DomainScore {
    QString id;
    QString title;
    std::optional<double> score; // 0-100; empty when nothing applicable is answered
    int level = -1;              // 0-4; -1 when there is no score
    int questions = 0;
    int answered = 0; // including not applicable
    int notApplicable = 0;
    int unanswered = 0;
    int flagged = 0;
    // Fewer than half its questions answered: the score so far is shown, but no level is
    // named (level stays -1), because a level from a few answers would mislead a board.
    bool provisional = false;
};

struct RecommendationResult {
    QString id;
    QString title;
    bool critical = false;
    double weight = 1.0;
    RecommendationStatus status = RecommendationStatus::NotAssessed;
    std::optional<double> ratio; // weighted share of the evidence in place, 0-1
    QStringList unansweredQuestions;
    QString reason; // why it is not assessed, when it is not
};

struct Action {
    int rank = 0;
    QString recommendationId;
    QString title;
    QString action;
    bool critical = false;
    RecommendationStatus status = RecommendationStatus::NotMet;
    double gap = 0.0;      // 1 - ratio
    double priority = 0.0; // weight x gap
    std::vector<Citation> citations;
};

// What the Scorer makes of a framework plus answers (docs/scoring.md).
struct ScoreCard {
    QString frameworkId;
    QString frameworkVersion;
    std::optional<double> overallScore;
    int overallLevel = -1;
    int uncappedLevel = -1; // the level the score alone would give
    QString levelCapReason; // set when critical gaps hold the overall level down
    int questions = 0;
    int answered = 0;
    int notApplicable = 0;
    int flagged = 0;
    QStringList unansweredQuestions;
    std::vector<DomainScore> domains;
    std::vector<RecommendationResult> recommendations;
    QStringList criticalGaps; // ids of critical recommendations assessed and not fully met
    std::vector<Action> actions;

    // The verdict is sound only when every critical recommendation is assessed and every
    // domain is at least half answered (docs/scoring.md, section 4). Until then the card is
    // provisional: no overall score, level or cap is given (they stay empty / -1), and every
    // layer shows provisionalText() instead.
    bool provisional = false;
    QString provisionalReason;            // "2 critical recommendations not yet assessed; ..."
    QStringList criticalNotAssessed;      // ids of critical recommendations not yet assessed
    QStringList domainsUnderHalfAnswered; // ids

    // "Provisional: 27 of 66 answered".
    QString provisionalText() const
    {
        return QStringLiteral("Provisional: %1 of %2 answered").arg(answered).arg(questions);
    }
    // What to say when criticalGaps is empty, without claiming more than is known.
    QString noCriticalGapsText() const
    {
        if (criticalNotAssessed.isEmpty())
            return QStringLiteral("None: every critical recommendation is assessed and met.");
        return QStringLiteral("None found so far; %1 not yet answered.")
            .arg(criticalNotAssessed.size() == 1
                     ? QStringLiteral("1 critical recommendation is")
                     : QStringLiteral("%1 critical recommendations are").arg(criticalNotAssessed.size()));
    }

    const DomainScore *domain(const QString &id) const
    {
        for (const DomainScore &d : domains)
            if (d.id == id)
                return &d;
        return nullptr;
    }
    const RecommendationResult *recommendation(const QString &id) const
    {
        for (const RecommendationResult &r : recommendations)
            if (r.id == id)
                return &r;
        return nullptr;
    }
};

} // namespace ahplead
