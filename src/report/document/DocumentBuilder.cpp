#include "report/document/DocumentBuilder.h"

#include "report/charts/ChartStyle.h"
#include "report/charts/HeatmapStyle.h"
#include "report/document/Pagination.h"

#include <QImage>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace ahplead {

using namespace ReportStyle;

QColor ReportStyle::toneFill(Document::Tone tone)
{
    switch (tone) {
    case Document::Tone::Green:
        return {0xdf, 0xf0, 0xe2};
    case Document::Tone::Amber:
        return {0xff, 0xf1, 0xc7};
    case Document::Tone::Red:
        return {0xfa, 0xdc, 0xdc};
    case Document::Tone::Grey:
        return HeaderFill;
    case Document::Tone::Unscored:
        return HeatmapStyle::fill(-1);
    case Document::Tone::Level0:
    case Document::Tone::Level1:
    case Document::Tone::Level2:
    case Document::Tone::Level3:
    case Document::Tone::Level4:
        return HeatmapStyle::fill(static_cast<int>(tone) - static_cast<int>(Document::Tone::Level0));
    case Document::Tone::None:
        break;
    }
    return {};
}

DocumentBuilder::DocumentBuilder(QTextDocument &doc, Charts charts, ChartObject *chartObject, qreal unit)
    : m_doc(doc), m_cursor(&doc), m_charts(charts), m_chartObject(chartObject), m_unit(unit)
{
    // The PDF embeds DejaVu Sans (installed with the program); the editable document
    // names Arial, which Word has and LibreOffice maps to the metric-compatible
    // Liberation Sans. Qt 6.4's ODF writer reads only the old single-family property.
    const QString family = editable() ? QStringLiteral("Arial") : QStringLiteral("DejaVu Sans");
    m_body.setFontFamilies({family});
    m_body.setProperty(QTextFormat::OldFontFamily, family);
    // Unhinted outlines: print wants the font's design metrics, and skipping FreeType's
    // hinting interpreter makes laying out the report markedly faster.
    m_body.setFontHintingPreference(QFont::PreferNoHinting);
    m_body.setFontPointSize(9);
    // Letters, not ligatures, on a PDF page (ChartStyle::withPlainLetters says why). Every
    // format of the document is made from this one.
    if (!editable()) {
        m_body.setFontLetterSpacingType(QFont::PercentageSpacing);
        m_body.setFontLetterSpacing(ChartStyle::PlainLetterSpacing);
    }
    m_body.setForeground(Ink);
    m_bold = m_body;
    m_bold.setFontWeight(QFont::Bold);
    m_muted = m_body;
    m_muted.setForeground(Muted);
    m_small = m_muted;
    m_small.setFontPointSize(7.5);
    m_tag = m_bold;
    m_tag.setFontPointSize(7);
    m_tag.setBackground(QColor(0xfa, 0xdc, 0xdc));
    m_paragraph.setBottomMargin(5);
    m_paragraph.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
}

QTextCharFormat DocumentBuilder::sized(const QTextCharFormat &base, qreal points, bool isBold, QColor colour) const
{
    QTextCharFormat f = base;
    f.setFontPointSize(points);
    f.setFontWeight(isBold ? QFont::Bold : QFont::Normal);
    f.setForeground(colour);
    return f;
}

// QTextDocumentLayout (Qt 6.4) scales top and bottom margins to the paint device but
// not left and right margins or the text indent, so those are scaled here: on a 1200 dpi
// PDF, 30 px would otherwise be a hair's width.
void DocumentBuilder::block(QTextBlockFormat format, const QTextCharFormat &chars)
{
    format.setLeftMargin(format.leftMargin() * m_unit);
    format.setRightMargin(format.rightMargin() * m_unit);
    format.setTextIndent(format.textIndent() * m_unit);
    m_cursor.movePosition(QTextCursor::End);
    if (m_cursor.block().length() <= 1 && !m_cursor.currentTable()) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
    } else {
        m_cursor.insertBlock(format, chars);
    }
}

void DocumentBuilder::runs(const std::vector<Run> &parts)
{
    for (const Run &r : parts)
        m_cursor.insertText(oneBlock(r.text), r.format);
}

void DocumentBuilder::paragraph(const std::vector<Run> &parts, QTextBlockFormat format)
{
    if (!format.hasProperty(QTextFormat::BlockBottomMargin))
        format.setBottomMargin(m_paragraph.bottomMargin());
    format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    block(format, parts.empty() ? m_body : parts.front().format);
    runs(parts);
}

void DocumentBuilder::heading(int level, const QString &text, bool newPage)
{
    QTextBlockFormat f;
    f.setHeadingLevel(level);
    f.setProperty(Pagination::KeepWithNextProperty, true);
    qreal size = 9;
    switch (level) {
    case 1:
        size = 22;
        f.setBottomMargin(6);
        break;
    case 2:
        size = 15;
        f.setTopMargin(newPage ? 0 : 18);
        f.setBottomMargin(8);
        break;
    case 4:
        size = 9.5;
        f.setTopMargin(9);
        f.setBottomMargin(3);
        break;
    default:
        size = 11;
        f.setTopMargin(12);
        f.setBottomMargin(5);
        break;
    }
    if (newPage)
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    const QTextCharFormat chars = sized(m_body, size, true, HeadingBlue);
    block(f, chars);
    m_cursor.insertText(oneBlock(text), chars);
}

void DocumentBuilder::list(const std::vector<std::vector<Run>> &items, QTextListFormat::Style style)
{
    QTextList *list = nullptr;
    for (const auto &item : items) {
        QTextBlockFormat f;
        f.setBottomMargin(4);
        f.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
        block(f, item.front().format);
        if (!list) {
            QTextListFormat lf;
            lf.setStyle(style);
            lf.setIndent(1);
            list = m_cursor.createList(lf);
        } else {
            list->add(m_cursor.block());
        }
        runs(item);
    }
    // Leave the list: the next block starts without a bullet.
    QTextBlockFormat after;
    after.setTopMargin(2);
    m_cursor.insertBlock(after, m_body);
    m_cursor.setBlockFormat(after);
}

QTextTable *DocumentBuilder::table(int rows, const std::vector<qreal> &columns, const QStringList &headers,
                                   const std::optional<QTextCharFormat> &headerFormat,
                                   const std::vector<bool> &rightAligned)
{
    m_cursor.movePosition(QTextCursor::End);
    QTextTableFormat f;
    f.setBorder(0.8);
    f.setBorderBrush(Rule);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderCollapse(true);
    f.setCellSpacing(0);
    f.setCellPadding(4);
    f.setTopMargin(4);
    f.setBottomMargin(10);
    // Qt 6.4's ODF writer turns percentages into invalid ODF ("100pt" tables, "30%"
    // columns that LibreOffice and Word ignore), so the editable document gets fixed
    // widths for a 17 cm text column (642 px at 96 dpi); the PDF keeps percentages.
    const qreal fixed = editable() ? 642.0 : 0.0;
    f.setWidth(fixed > 0 ? QTextLength(QTextLength::FixedLength, fixed)
                         : QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (qreal c : columns)
        widths << (fixed > 0 ? QTextLength(QTextLength::FixedLength, fixed * c / 100.0)
                             : QTextLength(QTextLength::PercentageLength, c));
    f.setColumnWidthConstraints(widths);
    const int headerRows = headers.isEmpty() ? 0 : 1;
    f.setHeaderRowCount(headerRows);
    QTextTable *t = m_cursor.insertTable(rows + headerRows, static_cast<int>(columns.size()), f);
    for (int c = 0; c < headers.size(); ++c) {
        const bool right = static_cast<std::size_t>(c) < rightAligned.size() && rightAligned[c];
        cell(t, 0, c, {{headers[c], headerFormat.value_or(m_bold)}}, HeaderFill,
             right ? Qt::AlignRight : Qt::AlignLeft);
    }
    return t;
}

void DocumentBuilder::cell(QTextTable *t, int row, int column, const std::vector<Run> &parts, QColor fill,
                           Qt::Alignment align)
{
    QTextTableCell c = t->cellAt(row, column);
    if (fill.isValid()) {
        QTextTableCellFormat cf = c.format().toTableCellFormat();
        cf.setBackground(fill);
        c.setFormat(cf);
    }
    QTextCursor cc = c.firstCursorPosition();
    QTextBlockFormat bf;
    bf.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    if (align != Qt::AlignLeft)
        bf.setAlignment(align);
    cc.setBlockFormat(bf);
    for (const Run &r : parts)
        cc.insertText(oneBlock(r.text), r.format);
}

void DocumentBuilder::chart(ChartObject::Kind kind)
{
    if (!m_chartObject)
        return;
    QTextBlockFormat f;
    f.setAlignment(Qt::AlignHCenter);
    f.setTopMargin(6);
    f.setBottomMargin(6);
    f.setProperty(Pagination::KeepWithNextProperty, true); // with its caption
    block(f, m_body);
    insertChart(m_cursor, kind, 0);
}

void DocumentBuilder::cellChart(QTextTable *t, int row, int column, ChartObject::Kind kind, int index)
{
    QTextCursor cc = t->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat bf;
    bf.setAlignment(Qt::AlignHCenter);
    cc.setBlockFormat(bf);
    insertChart(cc, kind, index);
}

void DocumentBuilder::insertChart(QTextCursor &cursor, ChartObject::Kind kind, int index)
{
    if (m_charts == Charts::Vector) {
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), ChartObject::format(kind, index));
        return;
    }
    // ODF has no place for a painted object: rasterise at 200 dpi, for a 16 cm text column
    // (605 px at 96 dpi, the unit of QTextImageFormat).
    const qreal textWidthPx = 605 / 0.92;
    const QSizeF size = m_chartObject->sizeFor(kind, textWidthPx);
    const QImage image = m_chartObject->image(kind, index, size, 200);
    const QString name = QStringLiteral("chart-%1-%2.png").arg(static_cast<int>(kind)).arg(index);
    m_doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
    QTextImageFormat img;
    img.setName(name);
    img.setWidth(size.width());
    img.setHeight(size.height());
    cursor.insertImage(img);
}

void DocumentBuilder::picture(const QString &name, const QImage &image, QSizeF sizeMm, Qt::Alignment align,
                              QTextBlockFormat format)
{
    format.setAlignment(align);
    block(format, m_body);
    m_doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
    // In 96 dpi pixels, like the charts' images: the layout scales them to its device.
    QTextImageFormat img;
    img.setName(name);
    img.setWidth(sizeMm.width() * 96 / 25.4);
    img.setHeight(sizeMm.height() * 96 / 25.4);
    m_cursor.insertImage(img);
}

QTextBlockFormat DocumentBuilder::keep()
{
    QTextBlockFormat f;
    f.setProperty(Pagination::KeepWithNextProperty, true);
    return f;
}

QString DocumentBuilder::oneBlock(const QString &text)
{
    // QTextCursor::insertText would start a new paragraph at each line break.
    QString t = text;
    t.replace(QLatin1String("\r\n"), QString(QChar::LineSeparator));
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    t.replace(QLatin1Char('\r'), QChar::LineSeparator);
    t.replace(QChar::ParagraphSeparator, QChar::LineSeparator);
    return t;
}

} // namespace ahplead
