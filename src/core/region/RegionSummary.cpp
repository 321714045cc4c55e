#include "core/region/RegionSummary.h"

#include "core/assessment/ScoreSummary.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ahplead {

namespace {

bool passes(const Organisation &org, const RegionFilter &filter)
{
    return (filter.ics.isEmpty() || org.ics == filter.ics) &&
           (filter.organisationType.isEmpty() || org.type == filter.organisationType);
}

// Counts ORG's status of each recommendation into SHARES, and notes its critical gaps.
void addToShares(std::vector<RecommendationShare> &shares, RegionOrganisation &org)
{
    for (std::size_t i = 0; i < org.statuses.size(); ++i) {
        RecommendationShare &share = shares[i];
        ++share.organisations;
        switch (org.statuses[i]) {
        case RecommendationStatus::Met:
            ++share.met;
            break;
        case RecommendationStatus::PartiallyMet:
            ++share.partiallyMet;
            break;
        case RecommendationStatus::NotMet:
            ++share.notMet;
            break;
        case RecommendationStatus::NotAssessed:
            ++share.notAssessed;
            break;
        }
        const bool gap =
            org.statuses[i] == RecommendationStatus::NotMet || org.statuses[i] == RecommendationStatus::PartiallyMet;
        if (share.critical && gap)
            org.criticalGaps << share.id;
    }
}

} // namespace

RegionSummary RegionSummary::build(const Framework &fw, const std::vector<SubmissionScores> &rows,
                                   const RegionFilter &filter, const QDate &today)
{
    RegionSummary summary;
    summary.frameworkId = fw.id;
    summary.frameworkVersion = fw.version;
    summary.filter = filter;
    for (const Domain &d : fw.domains) {
        summary.domainIds << d.id;
        summary.domainTitles << d.title;
    }
    summary.recommendations.resize(fw.recommendations.size());
    for (std::size_t i = 0; i < fw.recommendations.size(); ++i) {
        summary.recommendations[i].id = fw.recommendations[i].id;
        summary.recommendations[i].title = fw.recommendations[i].title;
        summary.recommendations[i].critical = fw.recommendations[i].critical;
    }

    QSet<QString> ics, types;
    // Rows come grouped by organisation, oldest first: each run is one organisation's
    // trend and its last row is the latest submission, the only one decoded.
    for (std::size_t first = 0; first < rows.size();) {
        std::size_t end = first;
        while (end < rows.size() && rows[end].organisationId == rows[first].organisationId)
            ++end;
        const SubmissionScores &latest = rows[end - 1];
        const std::size_t runStart = first;
        first = end;
        if (!latest.organisation.ics.isEmpty())
            ics.insert(latest.organisation.ics);
        if (!latest.organisation.type.isEmpty())
            types.insert(latest.organisation.type);
        if (!passes(latest.organisation, filter))
            continue;
        const auto decoded = ScoreSummary::decode(latest.domainScores, latest.recommendationStatuses, fw.domains.size(),
                                                  fw.recommendations.size());
        if (!decoded)
            continue; // a damaged row: left out rather than shown wrong
        RegionOrganisation org;
        org.organisation = latest.organisation;
        org.latestSubmissionId = latest.id;
        org.revision = latest.revision;
        org.submittedAt = latest.submittedAt;
        org.reviewStatus = latest.reviewStatus;
        // ISO dates compare as text: an open action dated before today is overdue.
        const QString todayText = today.toString(Qt::ISODate);
        for (const QString &date : latest.openActionDates.split(QLatin1Char(','), Qt::SkipEmptyParts))
            org.overdueActions += date < todayText ? 1 : 0;
        org.overallScore = latest.overallScore;
        org.overallLevel = latest.overallLevel;
        org.domainScores = decoded->domainScores;
        org.domainProvisional = decoded->domainProvisional;
        org.statuses = decoded->statuses;
        // The scorer stores no overall score for a provisional card; one with some domain
        // scored or some recommendation assessed is provisional, not empty.
        org.provisional = !org.overallScore && decoded->scoresAnything();
        for (std::size_t i = runStart; i < end; ++i)
            org.trend.push_back({rows[i].id, rows[i].revision, rows[i].submittedAt, rows[i].overallScore});
        summary.submissions += int(end - runStart);
        addToShares(summary.recommendations, org);
        summary.organisations.push_back(std::move(org));
    }
    std::sort(summary.organisations.begin(), summary.organisations.end(),
              [](const RegionOrganisation &a, const RegionOrganisation &b) {
                  return QString::compare(a.organisation.name, b.organisation.name, Qt::CaseInsensitive) < 0;
              });
    summary.icsNames = QStringList(ics.begin(), ics.end());
    summary.icsNames.sort(Qt::CaseInsensitive);
    summary.organisationTypes = QStringList(types.begin(), types.end());
    summary.organisationTypes.sort();
    return summary;
}

} // namespace ahplead
