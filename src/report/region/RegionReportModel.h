#pragma once

#include "core/assessment/Framework.h"
#include "core/assessment/ScoreCard.h"
#include "core/region/RegionSummary.h"
#include "report/charts/ShareChart.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ahplead {

// Everything the regional summary says, worked out once from a RegionSummary (the latest
// submission of each organisation, and its earlier ones as a trend) and the framework (titles
// and citations), with every figure already put into words. RegionDocument arranges it as a Document,
// which every format's writer only lays out, so the formats cannot disagree.
// Dates and numbers are UK English whatever the system locale.
//
//   const RegionSummary summary = RegionSummary::build(framework, store.receivedScores(id, version).value(), filter);
//   const RegionReportModel model = RegionReportModel::build(framework, summary);
//   ReportWriter::write(RegionDocument::build(model), ReportFormat::Pdf, QStringLiteral("region.pdf"));
struct RegionReportModel {
    struct Detail {
        QString label;
        QString value;
    };
    // One cell of the heatmap: a score out of 100 and its maturity level, in figures and words.
    // The overall cell tells one story with the key: when critical gaps hold the level below
    // what the score gives, it shows the level and why ("Emerging" over "held: 3 critical
    // gaps"), not a score the key would put in another band; a provisional one names no level.
    struct Cell {
        std::optional<double> score;
        int level = -1;
        QString scoreText;        // "62", "Emerging" when held down, or "–" when not scored
        QString levelText;        // "Established", "held: 3 critical gaps", "Provisional" or "Not scored"
        bool held = false;        // critical gaps hold the level below the score's own
        bool provisional = false; // not enough answered for a level
        QString note;             // "Held at Emerging: 3 critical gaps; the score alone, 47, gives Developing."
    };
    struct Gap { // a critical recommendation an organisation does not fully meet
        QString id;
        QString title;
        RecommendationStatus status = RecommendationStatus::NotMet;
        QString statusText;   // "Partially met"
        QString statusSymbol; // shown beside the words, never instead of them
    };
    struct TrendPoint {
        int revision = 1;
        QString dateText; // "1 November 2026"
        std::optional<double> score;
        QString scoreText; // "48", or "not scored"
    };
    struct OrganisationRow {
        QString name;
        QString odsCode;
        QString ics;
        QString region;
        QString type;       // the stored id ("acute")
        QString typeLabel;  // "Acute trust", or "Type not given"
        QString descriptor; // "Acute trust · North ICS · RX1", under the name in tables
        qint64 submissionId = 0;
        int revision = 1;
        QString submittedDate; // ISO 8601 date, for spreadsheets
        QString submittedText; // "1 November 2026"
        QString reviewStatus;  // submitted, in_review, accepted, returned
        QString reviewStatusText;
        Cell overall; // with the overall level (which critical gaps may hold down)
        std::vector<Cell> domains;
        std::vector<Gap> criticalGaps;
        int overdueActions = 0;        // of the latest submission's action plan, on the day the summary is made
        std::vector<TrendPoint> trend; // oldest first, the latest last
        QString trendText;             // "Revision 1, 3 March 2026: 41; revision 2, 1 November 2026: 48"
        QString changeText;            // "+7 since revision 1", "No change", "One submission"
    };
    struct ShareRow { // one recommendation across the region
        QString id;
        QString title;
        bool critical = false;
        int met = 0;
        int partiallyMet = 0;
        int notMet = 0;
        int notAssessed = 0;
        int organisations = 0;
        QString shareText; // "12 of 30 (40%)"
        QString sentence;  // "12 of 30 trusts (40%) meet it in full; 5 meet it in part."
        QString citations; // "handbook, 3.1; investing, Key recommendations 1"
    };
    struct LegendEntry {
        int level = -1; // -1: not scored
        QString name;   // "Established"
        QString range;  // "60 to 79"
    };

    // Cover
    QString kicker;        // the framework's title, above the title
    QString title;         // "Regional summary"
    QString scope;         // "North East and Yorkshire: North ICS, acute trusts"
    QString frameworkText; // "<framework title>, version 1.0.0 (board)"
    QString dateText;      // the day the summary was produced
    QString noun;          // "trusts" when every organisation is a trust, else "organisations"
    std::vector<Detail> details;
    std::vector<Detail> filters; // the filters applied, in words
    QStringList atAGlance;       // a few sentences a reader takes in first
    QString purpose;

    // Body
    QStringList domainTitles;
    std::vector<LegendEntry> legend;
    std::vector<OrganisationRow> organisations; // by name
    std::vector<ShareRow> recommendations;      // critical first, then the fewest meeting it first
    std::vector<ShareChart::Bar> shareBars;     // the same, for the chart
    QString shareChartDescription;              // text alternative for the chart
    QString heatmapNote;                        // how to read the heatmap
    QStringList method;                         // "About this summary" paragraphs
    int submissions = 0;
    int organisationsWithCriticalGaps = 0;

    // Metadata for files
    QString documentTitle;
    QString author;
    QString creator; // "ahplead 0.1.0"

    static RegionReportModel build(const Framework &framework, const RegionSummary &summary,
                                   const QDateTime &producedAt = QDateTime::currentDateTimeUtc(),
                                   const QString &author = {});

    static QString reviewStatusLabel(const QString &status); // "In review"
    // The words for a score out of 100: "62", or "–" when there is none.
    static QString scoreText(const std::optional<double> &score);
};

} // namespace ahplead
