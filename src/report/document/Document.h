#pragma once

#include "core/assessment/ScoreCard.h"
#include "report/charts/ChartData.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ahplead {

// What every report of the program says, in one model: a cover, numbered sections of blocks
// (headings, paragraphs, lists, tables, charts, key figures, call-outs, question entries), the
// page furniture, the metadata of the file and, for a spreadsheet, one table of data. Three
// content builders fill it (AssessmentReport, BusinessCaseModel, RegionDocument) and
// one writer per format lays any of them out (HtmlWriter, TextDocumentWriter for PDF and ODT,
// CsvWriter), so a format is written once and every report looks alike.
//
// Text goes in as text: every writer escapes it for its format. A tint only repeats what the
// words already say (a status, a rating, a maturity level), never replaces them.
struct Document {
    // A tint: a rating or a status (green met, amber in part, red not met, grey not assessed)
    // or a maturity level on the heatmap's scale (Level0 … Level4, Unscored).
    enum class Tone { None, Green, Amber, Red, Grey, Unscored, Level0, Level1, Level2, Level3, Level4 };
    static Tone levelTone(int level); // -1 (not scored) … 4
    static Tone statusTone(RecommendationStatus status);

    // A run of inline text.
    struct Span {
        enum class Style {
            Plain,
            Strong,
            Muted,  // secondary words (a note, "None recorded")
            Detail, // a smaller, muted line of its own (a period and source, a descriptor)
            Tag,    // a label set apart ("Critical")
            Status, // a status as a symbol and words, tinted by TONE
            Score,  // a heatmap cell's figure
            Level,  // a heatmap cell's level, under its figure
        };
        Span(QString words = {}, Style how = Style::Plain, bool onNewLine = false, QString glyph = {},
             Tone tint = Tone::None)
            : text(std::move(words)), style(how), newLine(onNewLine), symbol(std::move(glyph)), tone(tint)
        {
        }
        QString text;
        Style style = Style::Plain;
        bool newLine = false; // starts a new line within its paragraph or cell
        QString symbol;       // a status's symbol, shown beside its words, never instead of them
        Tone tone = Tone::None;
    };
    using Text = std::vector<Span>;
    static Span plain(const QString &text) { return {text}; }
    static Span strong(const QString &text) { return {text, Span::Style::Strong}; }
    static Span muted(const QString &text) { return {text, Span::Style::Muted}; }
    static Span detail(const QString &text) { return {text, Span::Style::Detail, true}; }
    static Span tag(const QString &text) { return {text, Span::Style::Tag}; }
    static Span status(const QString &symbol, const QString &text, Tone tone)
    {
        return {text, Span::Style::Status, false, symbol, tone};
    }
    static Span line(Span span) // SPAN on a new line
    {
        span.newLine = true;
        return span;
    }
    // The words of TEXT, LINEBREAK before each new line.
    static QString plainText(const Text &text, const QString &lineBreak = QStringLiteral("\n"));

    struct Cell {
        Text text;
        bool number = false; // a right-aligned figure
        bool strong = false; // a total or a row heading: in the first column it names the row
        Tone tone = Tone::None;
        bool centre = false;
        int trend = -1; // the index of a sparkline (Charts::trends) drawn in the cell

        QString main() const;   // the first line's words
        QString detail() const; // the words of its Detail lines
    };
    struct Table {
        enum class Style {
            Normal,
            Heatmap, // tinted, centred score cells with narrow columns
            Key,     // a single row explaining a heatmap's tints
        };
        QString id;                // names the table in HTML ("heatmap")
        QString caption;           // "Table 4. Annual cost of each option (economic basis)"
        QStringList notes;         // under the caption: what "–" stands for, a basis of costing
        QStringList headers;       // empty: a details table of label and value rows
        std::vector<qreal> widths; // percentages of the text width, one per column
        std::vector<std::vector<Cell>> rows;
        Style style = Style::Normal;
        // Paginated, no row is split over a page: a row that would be starts the table again,
        // with its header row, on the next page.
        bool wholeRows = false;
    };
    struct Bullet {
        Bullet(QString leadWords = {}, QString words = {}) : lead(std::move(leadWords)), text(std::move(words)) {}
        explicit Bullet(Text runs) : rich(std::move(runs)) {}
        QString lead; // in bold, may be empty
        QString text;
        Text rich; // instead of LEAD and TEXT, when not empty
    };
    struct Figure { // a key figure of an executive summary
        QString label;
        QString value;
    };
    struct Field { // a line of an entry: "Answer: Partly"
        QString label;
        Text value;
    };
    struct Chart {
        enum class Kind { ScoreBars, Radar, Shares };
        Kind kind = Kind::ScoreBars;
        QString id;          // names the chart in HTML ("radar-chart")
        QString description; // its text alternative
        QString caption;     // "Figure 1. …", under it
    };
    struct Block {
        enum class Kind { Heading, Paragraph, Bullets, Numbered, Table, Figures, Callout, Chart, Entry };
        Kind kind = Kind::Paragraph;
        int level = 3;      // a heading's level: 3 a subsection, 4 a heading within one
        QString text;       // a heading, a paragraph, or a callout's body
        QString label;      // a paragraph's bold lead, a callout's title, an entry's number
        Text rich;          // a paragraph or heading as runs, when not empty
        bool muted = false; // a paragraph of secondary words
        bool keepWithNext = false;
        std::vector<Bullet> bullets;
        Table table;
        std::vector<Figure> figures;
        Chart chart;
        std::vector<Field> fields; // an entry's lines
    };
    struct Section {
        QString id;    // "economic": the HTML anchor
        QString title; // "3. Economic case"
        std::vector<Block> blocks;
        bool newPage = true; // paginated, the section starts a page
    };
    struct Detail {
        QString label;
        QString value;
    };

    // The cover
    QString kicker;       // above the title: "Business case for the board"; the files' subject
    QString title;        // the title
    QString organisation; // under the title: the organisation, or a region's scope
    // A board paper's cover sheet (meeting, agenda item, report of, purpose, links), before the
    // details: an empty value is a blank box to fill in by hand, never a placeholder.
    QString coverSheetCaption = QStringLiteral("Board paper");
    std::vector<Detail> coverSheet;
    QString detailsCaption = QStringLiteral("Paper details");
    std::vector<Detail> details;
    QString glanceTitle; // a box of key points on the cover ("At a glance"), when set
    QStringList glance;  // its points
    QString purposeTitle = QStringLiteral("Purpose of this paper");
    QString purpose; // what the reader is asked to do

    std::vector<Section> sections;

    QString dateText; // the paper's date in words: "20 November 2026"

    // Page furniture: the header of every page after the cover, and every page's footer
    // (beside "Page N of M"). The HTML page ends with FOOTER, ORGANISATION, DATETEXT and CREATOR.
    QString headerLeft;
    QString headerRight;
    QString footer;
    // The organisation's logo (Store::organisationLogo), a PNG made by LogoImage: top right of
    // the cover and at the right of every later page's header. Empty: none.
    QByteArray logo;

    // The charts' data (Block::Kind::Chart, Cell::trend).
    ChartData charts;

    // What a spreadsheet gets (CSV): one table of data, its header row first. Empty when the
    // document has no spreadsheet form.
    QStringList dataHeaders;
    std::vector<QStringList> dataRows;
    bool editable = true; // offered as an editable document (ODT)

    // Metadata for files (their subject is the kicker).
    QString documentTitle;
    QString author;
    QString creator;                                              // "ahplead 0.1.0"
    static QString language() { return QStringLiteral("en-GB"); } // every document's language
    // Made from a draft or a provisional result: every page of a paged format says DRAFT.
    bool draft = false;

    // Blocks and cells, made the same way by every content builder.
    static Block paragraph(const QString &text, bool keepWithNext = false);
    static Block heading(const QString &text, int level = 3);
    static Block table(Table table);
    static Block chart(Chart chart);
    static Cell cell(Text text, bool number = false, bool strong = false);

    // Every table of the document, in reading order.
    std::vector<const Table *> tables() const;
    // Every word of the document in reading order, for tests and the GUI's search.
    QString plainText() const;
};

} // namespace ahplead
