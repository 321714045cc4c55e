#include "core/assessment/Maturity.h"

#include <algorithm>
#include <cmath>

namespace ahplead {

int Maturity::levelFor(double score)
{
    // Scores are shown rounded to whole numbers; level them the way they are shown,
    // so a domain displayed as "80" is never called level 3.
    const double shown = std::round(score);
    return std::clamp(static_cast<int>(shown / 20.0), 0, MaxLevel);
}

QString Maturity::name(int level)
{
    switch (level) {
    case 0:
        return QStringLiteral("Not in place");
    case 1:
        return QStringLiteral("Emerging");
    case 2:
        return QStringLiteral("Developing");
    case 3:
        return QStringLiteral("Established");
    case 4:
        return QStringLiteral("Embedded");
    default:
        return QStringLiteral("Not assessed");
    }
}

double Maturity::threshold(int level)
{
    return 20.0 * std::clamp(level, 0, MaxLevel);
}

} // namespace ahplead
