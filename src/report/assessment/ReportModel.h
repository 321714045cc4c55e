#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"
#include "core/assessment/ScoreCard.h"
#include "report/charts/RadarChart.h"
#include "report/charts/ScoreBars.h"
#include "report/document/SourceLibrary.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ahplead {

// Everything an assessment report says, worked out once from the framework, the assessment's
// details and its ScoreCard, with every figure already put into words. AssessmentReport
// arranges it as a Document, which every format's writer only lays out, so the formats
// cannot disagree. Dates and numbers are formatted in UK English whatever the system
// locale, so reports (and their golden tests) are the same everywhere.
//
//   const ScoreCard card = Scorer::score(framework, assessment);
//   const ReportModel model = ReportModel::build(framework, assessment, card);
//   HtmlWriter::write(model, QStringLiteral("report.html"));
struct ReportModel {
    struct Detail { // one line of the cover's details table
        QString label;
        QString value;
    };
    struct DomainRow {
        QString id;
        QString number; // "1"
        QString title;
        std::optional<double> score;
        int level = -1;
        QString scoreText; // "62" or "Not scored"
        QString levelText; // "Established", "Provisional" or "Not assessed"
        QString progress;  // "9 of 10 answered (1 not applicable), 2 flagged for review"
    };
    struct RecommendationRow {
        QString id;
        QString title;
        QString text;
        bool critical = false;
        RecommendationStatus status = RecommendationStatus::NotAssessed;
        QString statusText;   // "Partially met"
        QString statusSymbol; // a glyph shown beside the words, never instead of them
        QString evidenceText; // "55% of the weighted evidence in place", or why it is not assessed
        QString citations;    // "Handbook 3.1 …; Investing Key recommendations, 1"
    };
    struct ActionRow {
        int rank = 0;
        QString recommendationId;
        QString title;
        QString action;
        bool critical = false;
        RecommendationStatus status = RecommendationStatus::NotMet;
        QString statusText;
        QString statusSymbol;
        QString citations;
        // What the board tracks (TrackedAction): empty while nothing is recorded.
        QString owner;
        QString targetDateText; // "31 March 2027"
        QString targetDateIso;  // "2027-03-31", for spreadsheets
        QString progressText;   // "In progress"; empty while nothing is recorded
        QString note;
        bool overdue = false; // past its target date when the report was made, and not done
    };
    struct AnswerRow {
        QString questionId;
        QString number; // "1.3"
        QString question;
        bool answered = false;
        QString answerText; // the framework's label for the value, or "Not answered"
        QString evidence;   // the assessor's note, verbatim
        bool flagged = false;
        QString recommendationStatuses; // "Appoint a substantive chief AHP: Partially met; …"
    };
    struct AnswerSection {
        QString number;
        QString title;
        std::vector<AnswerRow> answers;
    };
    struct SourceRow {
        QString id;
        QString title;      // the id when data/sources.json does not know it
        QString shortTitle; // as citations name it: "Chief AHPs handbook (2022)" (CitationText)
        QString date;
        QStringList sections; // sections cited, in natural order
    };

    // Cover
    QString title;         // the assessment's title, else "<organisation>: <framework title>"
    QString subtitle;      // "Self-assessment report: <framework title>"
    QString organisation;  // the organisation's name (headers and footers)
    QString odsCode;       // as entered (may be empty)
    QString dateText;      // "14 October 2026": when the answers were last changed
    QString statusText;    // "Complete"
    bool draft = false;    // the assessment is a draft: every page of a document says DRAFT
    QString frameworkText; // "<framework title>, version 1.0.0 (board)"
    std::vector<Detail> details;
    // The board paper's cover sheet (CoverSheet), every field in the order NHS board papers
    // give them, a blank one with an empty value for the secretary to fill in by hand. Empty
    // for a personal self-assessment, which goes to no board.
    std::vector<Detail> coverSheet;
    QString purposeTitle = QStringLiteral("Purpose of this paper");
    QString purpose;         // what the reader is asked to do with the paper
    QString actionPlanIntro; // how the action plan is ordered and who fills in its blank columns

    // Executive summary
    QString overallScoreText; // "48 out of 100", or "Not scored"
    QString overallLevelText; // "Level 2: Developing", or "Provisional: 27 of 66 answered"
    int overallLevel = -1;
    bool provisional = false;
    QString provisionalText; // why no level is given yet and what gives one, or empty
    QString levelCapText;    // why the level is held down, or empty
    QString completionText;  // "64 of 66 questions answered (3 not applicable); 5 flagged for review."
    int criticalGapCount = 0;
    std::vector<RecommendationRow> criticalGaps;
    QString noCriticalGapsText;        // what to say when criticalGaps is empty (ScoreCard::noCriticalGapsText)
    std::vector<ActionRow> topActions; // the first five of the action plan

    // Charts and domains
    std::vector<RadarChart::Axis> radar;
    std::vector<ScoreBars::Bar> bars;
    QString chartDescription; // text alternative for the charts
    std::vector<DomainRow> domains;

    std::vector<RecommendationRow> recommendations;
    std::vector<ActionRow> actions;
    int actionsTracked = 0; // actions with an owner, date, progress or note recorded
    int actionsOverdue = 0;
    std::vector<AnswerSection> answerSections;
    std::vector<SourceRow> sources;
    QStringList scoringMethod; // paragraphs summarising docs/scoring.md

    // Metadata for files: "<title> (<organisation>)" and the creating program.
    QString documentTitle;
    QString author;  // the assessor
    QString creator; // "ahplead 0.1.0"

    // TODAY decides which tracked actions are overdue.
    static ReportModel build(const Framework &framework, const Assessment &assessment, const ScoreCard &card,
                             const SourceLibrary &sources = SourceLibrary::bundled(),
                             const QDate &today = QDate::currentDate());

    // Shared wording, for the writers and the GUI.
    static QString statusSymbol(RecommendationStatus status);
    static QString formatDate(const QDateTime &when);
    static QString organisationTypeLabel(const QString &type);
    static int answerCount(const ReportModel &model);
};

} // namespace ahplead
