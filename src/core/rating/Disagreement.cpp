#include "core/rating/Disagreement.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace ahplead {

namespace {

// Best first, as a board reads a spread: what is in place before what is not.
constexpr AnswerValue disagreementOrder[] = {AnswerValue::InPlace, AnswerValue::Partial, AnswerValue::NotInPlace,
                                             AnswerValue::NotApplicable};

double disagreementScore(AnswerValue value, const Framework &framework)
{
    if (const ScaleOption *option = framework.scaleOption(value))
        return option->score;
    return value == AnswerValue::InPlace ? 1.0 : value == AnswerValue::Partial ? 0.5 : 0.0;
}

double disagreementDistance(AnswerValue a, AnswerValue b, const Framework &framework)
{
    if (a == b)
        return 0.0;
    if (a == AnswerValue::NotApplicable || b == AnswerValue::NotApplicable)
        return 1.0;
    return std::abs(disagreementScore(a, framework) - disagreementScore(b, framework));
}

} // namespace

bool Disagreement::unanimous() const
{
    return agreed().has_value();
}

std::optional<AnswerValue> Disagreement::agreed() const
{
    if (raters == 0 || unanswered > 0)
        return std::nullopt;
    for (AnswerValue value : disagreementOrder)
        if (count(value) == raters)
            return value;
    return std::nullopt;
}

QString Disagreement::spreadText(const Framework &framework) const
{
    QStringList parts;
    for (AnswerValue value : disagreementOrder) {
        if (count(value) == 0)
            continue;
        const QString words =
            value == AnswerValue::NotApplicable ? QStringLiteral("not applicable") : framework.label(value).toLower();
        parts << QStringLiteral("%1 %2").arg(count(value)).arg(words);
    }
    if (unanswered > 0)
        parts << QStringLiteral("%1 not answered").arg(unanswered);
    return parts.join(QStringLiteral(", "));
}

int Disagreement::measurePercent() const
{
    return static_cast<int>(std::lround(measure * 100.0));
}

double Disagreement::measureOf(const std::vector<AnswerValue> &answers, const Framework &framework)
{
    if (answers.size() < 2)
        return 0.0;
    // Counted by value, so twenty raters cost sixteen comparisons, not a hundred and ninety.
    std::array<double, 4> n{};
    for (AnswerValue a : answers)
        n.at(static_cast<std::size_t>(a)) += 1.0;
    double total = 0.0;
    for (std::size_t i = 0; i < n.size(); ++i)
        for (std::size_t j = i + 1; j < n.size(); ++j)
            total +=
                n[i] * n[j] * disagreementDistance(static_cast<AnswerValue>(i), static_cast<AnswerValue>(j), framework);
    // The largest total is half the raters at each end: every pair across the split is 1 apart.
    const double size = static_cast<double>(answers.size());
    const double most = std::floor(size / 2.0) * std::ceil(size / 2.0);
    return std::min(1.0, total / most);
}

} // namespace ahplead
