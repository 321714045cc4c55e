#pragma once

#include "core/assessment/Framework.h"
#include "core/assessment/ScoreCard.h"

#include <QString>

#include <optional>
#include <vector>

namespace ahplead {

// A score card squeezed into two short strings aligned with the framework's order of
// domains and recommendations, so the regional dashboard can read thousands of
// submissions without parsing their JSON: "83.3 - 50" and "MPNA" (met, partially met,
// not met, not assessed).
struct ScoreSummary {
    std::vector<std::optional<double>> domainScores;
    // Per domain: fewer than half its questions answered, so its score names no level
    // (DomainScore::provisional). Encoded as a "p" after the score: "41.50p".
    std::vector<bool> domainProvisional;
    std::vector<RecommendationStatus> statuses;

    static ScoreSummary fromCard(const ScoreCard &card);
    // Some domain scored or some recommendation assessed. With no overall score stored, that
    // is a provisional result (the scorer gives no overall score then), not an empty one.
    bool scoresAnything() const;
    QString encodeDomains() const;
    QString encodeStatuses() const;
    // Empty optional when the text does not fit the framework (a damaged row).
    static std::optional<ScoreSummary> decode(const QString &domains, const QString &statuses, std::size_t domainCount,
                                              std::size_t recommendationCount);
};

} // namespace ahplead
