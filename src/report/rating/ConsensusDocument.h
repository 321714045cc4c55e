#pragma once

#include "core/assessment/Framework.h"
#include "core/rating/Consensus.h"
#include "report/document/Document.h"
#include "report/document/ReportWriter.h"

#include <QDateTime>

namespace ahplead {

// "Where the board's views differed": the consensus of a board's rating files as a Document, for
// the meeting where the board agrees its self-assessment. Per domain the lowest and highest of
// the raters' own scores; the questions the raters answered differently, largest disagreement
// first, with how many gave each answer and their notes; the questions all answered alike. Its
// spreadsheet form is one row per question with the count of each answer. The board report
// adds the same section through appendSection().
class ConsensusDocument {
public:
    static Document build(const Consensus &consensus, const Framework &framework,
                          const QDateTime &producedAt = QDateTime::currentDateTime());
    // Adds the section "NUMBER Where the board's views differed" to DOCUMENT, and the figures
    // it needs to nothing else: any report can carry it.
    static void appendSection(Document &document, const Consensus &consensus, const Framework &framework,
                              const QString &number = {});
    static std::vector<ReportFormat> formats() { return {ReportFormat::Html, ReportFormat::Pdf, ReportFormat::Csv}; }
    static QString title() { return QStringLiteral("Where the board\u2019s views differed"); }
};

} // namespace ahplead
