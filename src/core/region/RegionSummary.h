#pragma once

#include "core/assessment/Framework.h"
#include "core/assessment/ScoreCard.h"
#include "core/store/Store.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace ahplead {

struct RegionFilter {
    QString ics;              // empty: every ICS
    QString organisationType; // empty: every type
};

struct RegionTrendPoint {
    qint64 submissionId = 0;
    int revision = 1;
    QString submittedAt; // ISO 8601 UTC, as stored
    std::optional<double> overallScore;
};

// One organisation's row of the heatmap: its latest submission, and every earlier one as its trend.
struct RegionOrganisation {
    Organisation organisation;
    qint64 latestSubmissionId = 0;
    int revision = 1;
    QString submittedAt; // ISO 8601 UTC
    QString reviewStatus;
    std::optional<double> overallScore;
    int overallLevel = -1;
    // Answers that give no verdict yet (ScoreCard::provisional): no overall score was stored
    // although something was scored.
    bool provisional = false;
    std::vector<std::optional<double>> domainScores; // the framework's domain order
    std::vector<bool> domainProvisional;             // under half answered: no level named
    std::vector<RecommendationStatus> statuses;      // the framework's recommendation order
    QStringList criticalGaps;                        // recommendation ids
    std::vector<RegionTrendPoint> trend;             // oldest first
    int overdueActions = 0; // actions of the latest submission past their target date and not done
};

struct RecommendationShare {
    QString id;
    QString title;
    bool critical = false;
    int met = 0;
    int partiallyMet = 0;
    int notMet = 0;
    int notAssessed = 0;
    int organisations = 0;
    double shareMet() const { return organisations ? double(met) / organisations : 0.0; }
};

// The regional dashboard's numbers for one framework: built from the received submissions
// in memory, so filtering and re-aggregating is cheap (bench/core measures it).
struct RegionSummary {
    QString frameworkId;
    QString frameworkVersion;
    RegionFilter filter;
    QStringList domainIds;
    QStringList domainTitles;
    std::vector<RegionOrganisation> organisations; // by name
    std::vector<RecommendationShare> recommendations;
    int submissions = 0;  // submissions counted, across all revisions
    QStringList icsNames; // every ICS present, for the filter lists
    QStringList organisationTypes;

    // ROWS as Store::receivedScores gives them: grouped by organisation, oldest first.
    // TODAY decides which actions are overdue.
    static RegionSummary build(const Framework &framework, const std::vector<SubmissionScores> &rows,
                               const RegionFilter &filter = {}, const QDate &today = QDate::currentDate());
};

} // namespace ahplead
