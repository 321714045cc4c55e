#pragma once

#include "report/charts/RadarChart.h"
#include "report/charts/ScoreBars.h"
#include "report/charts/ShareChart.h"

#include <QString>

#include <optional>
#include <vector>

namespace ahplead {

// What a document's charts draw: the assessment report's domain scores (radar and bars), the
// regional summary's shares of organisations meeting each recommendation and each
// organisation's trend of overall scores (a sparkline per table row).
struct ChartData {
    using Series = std::vector<std::optional<double>>; // overall scores, oldest first

    std::vector<RadarChart::Axis> radar;
    std::vector<ScoreBars::Bar> bars;
    std::vector<ShareChart::Bar> shares;
    std::vector<Series> trends;
    std::vector<QString> trendDescriptions; // each trend's text alternative
};

} // namespace ahplead
