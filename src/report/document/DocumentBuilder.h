#pragma once

#include "report/charts/ChartObject.h"
#include "report/document/Document.h"

#include <QColor>
#include <QImage>
#include <QStringList>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextListFormat>

#include <optional>
#include <vector>

class QTextDocument;
class QTextTable;

namespace ahplead {

// The palette of the HTML reports (HtmlStyle's stylesheet), so every format looks alike.
namespace ReportStyle {
inline const QColor Ink{0x21, 0x2b, 0x32};
inline const QColor HeadingBlue{0x00, 0x30, 0x87};
inline const QColor Blue{0x00, 0x5e, 0xb8};
inline const QColor Muted{0x42, 0x55, 0x63};
inline const QColor Rule{0xae, 0xb7, 0xbd};
inline const QColor HeaderFill{0xe8, 0xed, 0xee};
inline const QColor RowHeadFill{0xf4, 0xf6, 0xf7};
// The tint of TONE, as the HTML document has it (the status tints, HeatmapStyle's maturity
// levels); invalid for Tone::None.
QColor toneFill(Document::Tone tone);
} // namespace ReportStyle

// Builds a report's QTextDocument with QTextCursor: the type, headings, paragraphs, lists,
// tables and charts of TextDocumentWriter, which lays out every report. Text goes
// in as text, never parsed as markup.
class DocumentBuilder {
public:
    struct Run {
        QString text;
        QTextCharFormat format;
    };
    enum class Charts { Vector, Image };

    // UNIT is the layout device's dots per 96 dpi pixel (1 without a device). CHARTOBJECT
    // draws charts; it may be null for a document without charts.
    DocumentBuilder(QTextDocument &doc, Charts charts, ChartObject *chartObject, qreal unit);

    // The ODT: charts as images, and formats Qt's ODF writer can carry.
    bool editable() const { return m_charts == Charts::Image; }
    const QTextCharFormat &body() const { return m_body; }
    const QTextCharFormat &bold() const { return m_bold; }
    const QTextCharFormat &muted() const { return m_muted; }
    const QTextCharFormat &small() const { return m_small; }
    const QTextCharFormat &tag() const { return m_tag; }

    QTextCharFormat sized(const QTextCharFormat &base, qreal points, bool isBold,
                          QColor colour = ReportStyle::Ink) const;

    // Starts a paragraph at the end, reusing the empty block Qt leaves after a table.
    // FORMAT's margins and indent are in 96 dpi pixels, like table borders and padding.
    void block(QTextBlockFormat format, const QTextCharFormat &chars);
    void runs(const std::vector<Run> &parts);
    void paragraph(const std::vector<Run> &parts, QTextBlockFormat format = {});
    void paragraph(const QString &text) { paragraph({{text, m_body}}); }
    // Level 1 is the title, 2 a section (on a new page when NEWPAGE), 3 a subsection, 4 a
    // heading within one.
    void heading(int level, const QString &text, bool newPage = false);
    void list(const std::vector<std::vector<Run>> &items, QTextListFormat::Style style);

    // A table filling the text width with COLUMNS (percentages), one header row when
    // HEADERS is not empty (repeated on every page it spans), set in HEADERFORMAT (bold when
    // not given); a header of a column in RIGHTALIGNED is right-aligned over its figures.
    QTextTable *table(int rows, const std::vector<qreal> &columns, const QStringList &headers,
                      const std::optional<QTextCharFormat> &headerFormat = std::nullopt,
                      const std::vector<bool> &rightAligned = {});
    // Fills a cell; ALIGN right for figures.
    void cell(QTextTable *t, int row, int column, const std::vector<Run> &parts, QColor fill = QColor(),
              Qt::Alignment align = Qt::AlignLeft);
    // A chart in a paragraph of its own, kept with its caption.
    void chart(ChartObject::Kind kind);
    // IMAGE (kept in the document as NAME) in a paragraph of its own, SIZEMM millimetres,
    // placed by ALIGN: the organisation's logo on the cover.
    void picture(const QString &name, const QImage &image, QSizeF sizeMm, Qt::Alignment align,
                 QTextBlockFormat format = {});
    // A chart in a table cell (a sparkline: series INDEX of KIND).
    void cellChart(QTextTable *t, int row, int column, ChartObject::Kind kind, int index);

    // A paragraph format that keeps the paragraph on the same page as the next one.
    static QTextBlockFormat keep();
    // Line breaks in TEXT as line separators, so it stays one paragraph.
    static QString oneBlock(const QString &text);

private:
    // A vector object on a PDF page; an image in the editable document.
    void insertChart(QTextCursor &cursor, ChartObject::Kind kind, int index);

    QTextDocument &m_doc;
    QTextCursor m_cursor;
    Charts m_charts;
    ChartObject *m_chartObject;
    qreal m_unit = 1.0;
    QTextCharFormat m_body, m_bold, m_muted, m_small, m_tag;
    QTextBlockFormat m_paragraph;
};

} // namespace ahplead
