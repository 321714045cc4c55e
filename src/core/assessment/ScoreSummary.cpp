#include "core/assessment/ScoreSummary.h"

#include <QStringList>

#include <algorithm>

namespace ahplead {

namespace {
QChar statusChar(RecommendationStatus s)
{
    switch (s) {
    case RecommendationStatus::Met:
        return QLatin1Char('M');
    case RecommendationStatus::PartiallyMet:
        return QLatin1Char('P');
    case RecommendationStatus::NotMet:
        return QLatin1Char('N');
    case RecommendationStatus::NotAssessed:
        break;
    }
    return QLatin1Char('A');
}
} // namespace

ScoreSummary ScoreSummary::fromCard(const ScoreCard &card)
{
    ScoreSummary s;
    for (const DomainScore &d : card.domains) {
        s.domainScores.push_back(d.score);
        s.domainProvisional.push_back(d.provisional);
    }
    for (const RecommendationResult &r : card.recommendations)
        s.statuses.push_back(r.status);
    return s;
}

bool ScoreSummary::scoresAnything() const
{
    return std::any_of(domainScores.begin(), domainScores.end(), [](const auto &d) { return d.has_value(); }) ||
           std::any_of(statuses.begin(), statuses.end(),
                       [](RecommendationStatus s) { return s != RecommendationStatus::NotAssessed; });
}

QString ScoreSummary::encodeDomains() const
{
    QStringList parts;
    for (std::size_t d = 0; d < domainScores.size(); ++d) {
        const auto &score = domainScores[d];
        const bool provisional = d < domainProvisional.size() && domainProvisional[d];
        parts << (score ? QString::number(*score, 'f', 2) + (provisional ? QStringLiteral("p") : QString())
                        : QStringLiteral("-"));
    }
    return parts.join(QLatin1Char(' '));
}

QString ScoreSummary::encodeStatuses() const
{
    QString text;
    for (RecommendationStatus s : statuses)
        text += statusChar(s);
    return text;
}

std::optional<ScoreSummary> ScoreSummary::decode(const QString &domains, const QString &statuses,
                                                 std::size_t domainCount, std::size_t recommendationCount)
{
    ScoreSummary s;
    const auto parts = QStringView(domains).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (std::size_t(parts.size()) != domainCount || std::size_t(statuses.size()) != recommendationCount)
        return std::nullopt;
    for (QStringView part : parts) {
        if (part == QLatin1String("-")) {
            s.domainScores.push_back(std::nullopt);
            s.domainProvisional.push_back(false);
            continue;
        }
        // Rows stored before the marker existed have none: read as not provisional.
        const bool provisional = part.endsWith(QLatin1Char('p'));
        s.domainProvisional.push_back(provisional);
        if (provisional)
            part.chop(1);
        bool ok = false;
        const double value = part.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        s.domainScores.push_back(value);
    }
    for (QChar c : statuses) {
        switch (c.unicode()) {
        case 'M':
            s.statuses.push_back(RecommendationStatus::Met);
            break;
        case 'P':
            s.statuses.push_back(RecommendationStatus::PartiallyMet);
            break;
        case 'N':
            s.statuses.push_back(RecommendationStatus::NotMet);
            break;
        case 'A':
            s.statuses.push_back(RecommendationStatus::NotAssessed);
            break;
        default:
            return std::nullopt;
        }
    }
    return s;
}

} // namespace ahplead
