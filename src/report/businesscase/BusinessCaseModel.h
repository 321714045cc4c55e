#pragma once

#include "core/assessment/FrameworkLibrary.h"
#include "core/base/Result.h"
#include "core/businesscase/BusinessCase.h"
#include "core/businesscase/BusinessCaseLink.h"
#include "core/businesscase/CostTable.h"
#include "core/businesscase/PayScaleYear.h"
#include "core/businesscase/PayScales.h"
#include "core/region/PeerBenchmark.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ahplead {

// Everything a business case document says (handbook 3.1, HM Treasury Five Case Model),
// worked out once from the case, its costs on both pension bases, the case for change from
// the board assessment and the pay scales, with every figure already put into words (UK
// English whatever the system locale). The document is held as sections of blocks
// (headings, paragraphs, lists, tables), so BusinessCaseHtmlWriter and BusinessCaseDocument
// (PDF, ODT) only lay it out and cannot disagree.
//
// Every table cell holds text: a figure that is genuinely absent reads "–" and the table's
// notes say why; nothing not finite ever reaches a cell. Money is in whole pounds (£12,345),
// percentages to one decimal place, and every costed table names its pension basis, the
// pay-scale year and the source of the pay scales.
//
//   auto model = BusinessCaseModel::fromFile(QStringLiteral("case.json"), frameworks, scales);
//   BusinessCaseReportWriter::write(model.value(), ReportFormat::Pdf, QStringLiteral("case.pdf"));
struct BusinessCaseModel {
    // A tint that repeats what a cell's words already say (a rating, a risk level).
    enum class Tone { None, Green, Amber, Red, Grey };

    struct Cell {
        QString text;
        QString detail;      // a second, smaller line (a period and source, a recommendation's wording)
        bool number = false; // right-aligned figure
        bool strong = false; // a total or a row heading
        Tone tone = Tone::None;
    };
    struct Table {
        QString caption;           // "Table 4. Annual cost of each option (economic basis)"
        QStringList headers;       // empty: a details table of label and value rows
        std::vector<qreal> widths; // percentages of the text width, one per column
        std::vector<std::vector<Cell>> rows;
        QStringList notes; // the basis of costing, what "–" stands for, a key to the ratings
    };
    struct Bullet {
        QString lead; // in bold, may be empty
        QString text;
    };
    struct Figure { // a key figure of the executive summary
        QString label;
        QString value;
    };
    struct Block {
        enum class Kind { Heading, Paragraph, Bullets, Table, Figures, Callout };
        Kind kind = Kind::Paragraph;
        int level = 3; // a heading's level: 3 a subsection, 4 an option within one
        QString text;  // a heading, a paragraph, or a callout's body
        QString label; // a callout's title ("Recommendation")
        std::vector<Bullet> bullets;
        Table table;
        std::vector<Figure> figures;
    };
    struct Section {
        QString id;    // "economic": the HTML anchor
        QString title; // "3. Economic case"
        std::vector<Block> blocks;
    };
    struct Detail {
        QString label;
        QString value;
    };

    // Cover and page furniture
    QString title;
    QString kicker;       // "Business case for the board"
    QString organisation; // headers and footers
    QString dateText;     // "20 November 2026", or "Not dated"
    QString statusText;   // "Draft, version 0.4"
    std::vector<Detail> details;
    QString purpose; // what the board is asked to do
    QString headerRight;

    std::vector<Section> sections;
    // What the reader should know about how complete this paper is (no board assessment
    // found, a shortlist without a do-minimum option, ...). Also printed by the CLI.
    QStringList warnings;

    // Metadata for files.
    QString documentTitle;
    QString author;  // who prepared the case
    QString creator; // "ahplead 0.1.0"

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
    static QString money(double pounds);                      // "£12,345", "-£1,200"; "–" when not finite
    static QString percent(double value);                     // "5.4%" (one decimal place)
    static QString rate(double percent);                      // "23.78%", "15%": a parameter as published
    static QString number(double value, int maxDecimals = 1); // "1,259", "0.6"
    static QString date(const QString &isoDate);              // "20 November 2026"; the text itself if not a date

    // Every word of the document in reading order, for tests and the GUI's search.
    QString plainText() const;
    // Every table of the document.
    std::vector<const Table *> tables() const;
};

} // namespace ahplead
