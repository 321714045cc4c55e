#pragma once

#include <QString>

namespace ahplead {

// Maturity levels 0-4, from a 0-100 score (docs/scoring.md):
// 0 Not in place (<20), 1 Emerging (20-<40), 2 Developing (40-<60), 3 Established (60-<80), 4 Embedded (80+).
class Maturity {
public:
    static constexpr int MaxLevel = 4;
    static int levelFor(double score);
    static QString name(int level);
    // The lowest score of LEVEL.
    static double threshold(int level);
};

} // namespace ahplead
