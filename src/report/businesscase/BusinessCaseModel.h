#pragma once

#include "core/assessment/FrameworkLibrary.h"
#include "core/base/Result.h"
#include "core/businesscase/BusinessCase.h"
#include "core/businesscase/BusinessCaseLink.h"
#include "core/businesscase/CostTable.h"
#include "core/businesscase/PayScaleYear.h"
#include "core/businesscase/PayScales.h"
#include "core/region/PeerBenchmark.h"
#include "report/document/Document.h"
#include "report/document/ReportWriter.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ahplead {

// Everything a business case document says (handbook 3.1, HM Treasury Five Case Model),
// worked out once from the case, its costs on both pension bases, the case for change from
// the board assessment and the pay scales, with every figure already put into words (UK
// English whatever the system locale). It is a Document (sections of headings, paragraphs,
// lists and tables), so the report writers only lay it out and cannot disagree.
//
// Every table cell holds text: a figure that is genuinely absent reads "–" and the table's
// notes say why; nothing not finite ever reaches a cell. Money is in whole pounds (£12,345),
// percentages to one decimal place, and every costed table names its pension basis, the
// pay-scale year and the source of the pay scales.
//
//   auto model = BusinessCaseModel::fromFile(QStringLiteral("case.json"), frameworks, scales);
//   ReportWriter::write(model.value(), ReportFormat::Pdf, QStringLiteral("case.pdf"));
struct BusinessCaseModel : Document {
    QString statusText; // "Draft, version 0.4"
    // What the reader should know about how complete this paper is (no board assessment
    // found, a shortlist without a do-minimum option, ...). Also printed by the CLI.
    QStringList warnings;

    // The formats a business case is written in (it has no spreadsheet form).
    static std::vector<ReportFormat> formats()
    {
        return {ReportFormat::Html, ReportFormat::Pdf, ReportFormat::Odt, ReportFormat::Docx};
    }

    // The document from a case and its costs on both bases. SCALES is the pay scale year the
    // costs used; CASEFORCHANGE is empty when there is no board assessment (WARNINGS say why).
    // PEERS, when given, is the region's peer benchmark: section 2.6 then shows where each
    // metric it covers sits among the peers, and a metric with no benchmark of its own takes
    // the peer median as its benchmark (MetricPeerComparison).
    static BusinessCaseModel build(const BusinessCase &businessCase, const CostTable &economic,
                                   const CostTable &affordability, const PayScaleYear &scales,
                                   const std::optional<CaseForChange> &caseForChange, const QStringList &warnings = {},
                                   const PeerBenchmark *peers = nullptr);
    // Costs the case on both bases first; fails when the pay scales cannot cost it.
    static Result<BusinessCaseModel> build(const BusinessCase &businessCase, const PayScales &scales,
                                           const std::optional<CaseForChange> &caseForChange,
                                           const QStringList &warnings = {}, const PeerBenchmark *peers = nullptr);
    // Reads and checks the case file, then draws the case for change from the board
    // assessment it names (relative to the case file). A missing or unreadable assessment is
    // a warning, not an error: the document says the case for change could not be drawn.
    static Result<BusinessCaseModel> fromFile(const QString &path, const FrameworkLibrary &frameworks,
                                              const PayScales &scales, const PeerBenchmark *peers = nullptr);

    // Shared wording.
    static QString money(double pounds);                      // "£12,345", "(£1,200)"; "–" when not finite
    static QString percent(double value);                     // "5.4%" (one decimal place)
    static QString rate(double percent);                      // "23.78%", "15%": a parameter as published
    static QString number(double value, int maxDecimals = 1); // "1,259", "0.6"
    static QString date(const QString &isoDate);              // "20 November 2026"; the text itself if not a date
};

} // namespace ahplead
