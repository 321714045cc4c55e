#include "report/document/DocxWriter.h"

#include "report/charts/ChartObject.h"
#include "report/document/DocumentBuilder.h"
#include "report/document/DocxParts.h"
#include "report/document/Html.h"
#include "report/document/LogoImage.h"
#include "report/document/ZipArchive.h"

#include <QBuffer>
#include <QTextDocument>

namespace ahplead {

namespace {

using namespace ReportStyle;
using D = Document;

// Word's text width in 96 dpi pixels (the unit of the chart painters' sizes), and EMUs per pixel.
constexpr qreal TextWidthPx = DocxParts::TextWidth / 15.0;
constexpr qreal EmuPerPx = 9525;

QString shading(const QColor &fill)
{
    return QStringLiteral("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"%1\"/>").arg(DocxParts::hex(fill));
}

QString bold()
{
    return QStringLiteral("<w:b/><w:bCs/>");
}

QString styleRef(const char *style)
{
    return QStringLiteral("<w:rStyle w:val=\"%1\"/>").arg(QLatin1String(style));
}

QString wordParagraph(const QString &runs, const QString &pPr = {})
{
    return (pPr.isEmpty() ? QStringLiteral("<w:p>")
                          : QStringLiteral("<w:p><w:pPr>") + pPr + QStringLiteral("</w:pPr>")) +
           runs + QStringLiteral("</w:p>");
}

QString styled(const char *style, const QString &more = {})
{
    return QStringLiteral("<w:pStyle w:val=\"%1\"/>").arg(QLatin1String(style)) + more;
}

// Writes word/document.xml's body and gathers the charts' images.
class Body {
public:
    explicit Body(const D &document) : m_d(document) { m_charts = ChartObject::install(&m_chartHost, document.charts); }

    QString xml;
    std::vector<QByteArray> images; // word/media/chartN.png, N from 1
    int numberedLists = 0;

    void cover();
    void section(const D::Section &section);

private:
    QString runs(const D::Text &text, const QString &main, bool inTable) const;
    QString image(ChartObject::Kind kind, int index, const QString &description);
    void block(const D::Block &block);
    void list(const std::vector<D::Bullet> &bullets, bool numbered);
    void list(const QStringList &items);
    void entry(const D::Block &block);
    void table(const D::Table &t);
    QString cell(const D::Table &t, const D::Cell &c, int column, int width);
    QString headerRow(const D::Table &t, const std::vector<int> &widths);
    void oneRowTable(const QStringList &cells, const QColor &fill);
    void endTable();

    const D &m_d;
    QTextDocument m_chartHost; // owns the chart painter
    ChartObject *m_charts = nullptr;
};

QString Body::runs(const D::Text &text, const QString &main, bool inTable) const
{
    QString out;
    for (const D::Span &s : text) {
        if (s.newLine)
            out += QStringLiteral("<w:r><w:br/></w:r>");
        switch (s.style) {
        case D::Span::Style::Plain:
            out += DocxParts::run(s.text, main);
            break;
        case D::Span::Style::Strong:
            out += DocxParts::run(s.text, styleRef("Strong"));
            break;
        case D::Span::Style::Muted:
            out += DocxParts::run(s.text, styleRef("Muted"));
            break;
        case D::Span::Style::Detail:
            out += DocxParts::run(s.text, styleRef("Detail") + (inTable ? DocxParts::fontSize(7.5) : QString()));
            break;
        case D::Span::Style::Tag:
            out += DocxParts::run(QStringLiteral(" ")) + DocxParts::run(s.text, styleRef("Tag"));
            break;
        case D::Span::Style::Status: {
            const QColor fill = toneFill(s.tone);
            out += DocxParts::run(QString(s.symbol + QLatin1Char(' ') + s.text),
                                  bold() + (fill.isValid() ? shading(fill) : QString()));
            break;
        }
        case D::Span::Style::Score:
            out += DocxParts::run(s.text, bold() + DocxParts::fontSize(9.5));
            break;
        case D::Span::Style::Level:
            out += DocxParts::run(s.text, DocxParts::fontSize(6));
            break;
        }
    }
    return out;
}

// A chart as a PNG at 200 dpi in a run, with its text alternative as the picture's description.
QString Body::image(ChartObject::Kind kind, int index, const QString &description)
{
    const QSizeF size = m_charts->sizeFor(kind, TextWidthPx);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    m_charts->image(kind, index, size, 200).save(&buffer, "PNG");
    images.push_back(png);
    const int n = static_cast<int>(images.size());
    return DocxParts::picture(QStringLiteral("rIdChart%1").arg(n), n, QStringLiteral("chart%1.png").arg(n),
                              size * EmuPerPx, description);
}

void Body::cover()
{
    // The organisation's logo top right, larger than in the header.
    if (const QSizeF mm = LogoImage::fit(m_d.logo, LogoImage::coverBoxMm()); !mm.isEmpty())
        xml += wordParagraph(DocxParts::picture(QLatin1String(DocxParts::LogoId), 999, QStringLiteral("Logo"),
                                                mm * DocxParts::EmuPerMm,
                                                QStringLiteral("Logo of %1").arg(m_d.organisation)),
                             QStringLiteral("<w:jc w:val=\"right\"/>"));
    xml += wordParagraph(DocxParts::run(m_d.kicker), styled("Kicker"));
    xml += wordParagraph(DocxParts::run(m_d.title), styled("Title"));
    xml += wordParagraph(DocxParts::run(m_d.organisation), styled("Subtitle"));
    for (const std::vector<D::Detail> *rows : {&m_d.coverSheet, &m_d.details}) {
        if (rows->empty())
            continue;
        D::Table details;
        details.widths = {30, 70};
        for (const D::Detail &d : *rows)
            details.rows.push_back({D::cell({D::plain(d.label)}), D::cell({D::plain(d.value)})});
        table(details);
    }
    if (!m_d.glanceTitle.isEmpty()) {
        xml += wordParagraph(DocxParts::run(m_d.glanceTitle), styled("Heading2"));
        list(m_d.glance);
    }
    xml += wordParagraph(DocxParts::run(m_d.purposeTitle), styled("Heading2"));
    xml += wordParagraph(DocxParts::run(m_d.purpose));
}

void Body::section(const D::Section &section)
{
    xml += wordParagraph(DocxParts::run(section.title),
                         styled("Heading1", section.newPage ? QStringLiteral("<w:pageBreakBefore/>") : QString()));
    for (const D::Block &b : section.blocks)
        block(b);
}

void Body::list(const std::vector<D::Bullet> &bullets, bool numbered)
{
    const int numId = numbered ? ++numberedLists + 1 : 1;
    const QString pPr = styled(
        "ListParagraph", QStringLiteral("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"%1\"/></w:numPr>").arg(numId));
    for (const D::Bullet &b : bullets) {
        const QString text =
            b.rich.empty() ? DocxParts::run(b.lead, bold()) + DocxParts::run(b.text) : runs(b.rich, {}, false);
        xml += wordParagraph(text, pPr);
    }
}

void Body::list(const QStringList &items)
{
    std::vector<D::Bullet> bullets;
    for (const QString &item : items)
        bullets.emplace_back(QString(), item);
    list(bullets, false);
}

// A question and its answer lines: the number hanging in the margin, each line kept with the next.
void Body::entry(const D::Block &block)
{
    const QString indent = QStringLiteral("<w:tabs><w:tab w:val=\"left\" w:pos=\"567\"/></w:tabs>"
                                          "<w:spacing w:before=\"140\" w:after=\"40\"/><w:ind w:left=\"567\" "
                                          "w:hanging=\"567\"/>");
    xml += wordParagraph(DocxParts::run(block.label, styleRef("Muted")) + QStringLiteral("<w:r><w:tab/></w:r>") +
                             DocxParts::run(block.text, bold()),
                         QStringLiteral("<w:keepNext/>") + indent);
    for (std::size_t i = 0; i < block.fields.size(); ++i) {
        const D::Field &f = block.fields[i];
        const bool last = i + 1 == block.fields.size();
        xml += wordParagraph(
            DocxParts::run(QString(f.label + QStringLiteral(": ")), styleRef("Muted")) + runs(f.value, {}, false),
            (last ? QString() : QStringLiteral("<w:keepNext/>")) +
                QStringLiteral("<w:spacing w:after=\"%1\"/><w:ind w:left=\"567\"/>").arg(last ? 60 : 20));
    }
}

void Body::block(const D::Block &b)
{
    switch (b.kind) {
    case D::Block::Kind::Heading: {
        QString text = DocxParts::run(b.text);
        for (std::size_t i = 1; i < b.rich.size(); ++i)
            text += DocxParts::run(b.rich[i].text, styleRef("Muted"));
        xml += wordParagraph(text, styled(b.level >= 4 ? "Heading3" : "Heading2"));
        return;
    }
    case D::Block::Kind::Paragraph: {
        const QString pPr = b.keepWithNext ? QStringLiteral("<w:keepNext/>") : QString();
        if (!b.rich.empty())
            xml += wordParagraph(runs(b.rich, {}, false), pPr);
        else if (!b.label.isEmpty())
            xml += wordParagraph(DocxParts::run(b.label, bold()) + DocxParts::run(b.text), pPr);
        else
            xml += wordParagraph(DocxParts::run(b.text, b.muted ? styleRef("Muted") : QString()), pPr);
        return;
    }
    case D::Block::Kind::Bullets:
    case D::Block::Kind::Numbered:
        list(b.bullets, b.kind == D::Block::Kind::Numbered);
        return;
    case D::Block::Kind::Table:
        table(b.table);
        return;
    case D::Block::Kind::Figures: {
        QStringList cells;
        for (const D::Figure &f : b.figures)
            cells << DocxParts::run(f.label, styleRef("Muted") + DocxParts::fontSize(8)) +
                         QStringLiteral("<w:r><w:br/></w:r>") +
                         DocxParts::run(f.value, bold() + DocxParts::fontSize(14));
        oneRowTable(cells, RowHeadFill);
        return;
    }
    case D::Block::Kind::Callout:
        oneRowTable({DocxParts::run(
                         b.label, bold() + QStringLiteral("<w:color w:val=\"%1\"/>").arg(DocxParts::hex(HeadingBlue)) +
                                      DocxParts::fontSize(10.5)) +
                     QStringLiteral("<w:r><w:br/></w:r>") + DocxParts::run(b.text, DocxParts::fontSize(9.5))},
                    HeaderFill);
        return;
    case D::Block::Kind::Chart: {
        const auto kind = b.chart.kind == D::Chart::Kind::Radar    ? ChartObject::Radar
                          : b.chart.kind == D::Chart::Kind::Shares ? ChartObject::Shares
                                                                   : ChartObject::Bars;
        xml += wordParagraph(
            image(kind, 0, b.chart.description),
            QStringLiteral("<w:keepNext/><w:spacing w:before=\"120\" w:after=\"120\"/><w:jc w:val=\"center\"/>"));
        xml += wordParagraph(DocxParts::run(b.chart.caption, styleRef("Muted")));
        return;
    }
    case D::Block::Kind::Entry:
        entry(b);
        return;
    }
}

// Column widths in twips from the table's percentages.
std::vector<int> columnWidths(const D::Table &t)
{
    std::vector<int> widths;
    for (qreal w : t.widths)
        widths.push_back(qRound(DocxParts::TextWidth * w / 100.0));
    return widths;
}

QString tableStart(const std::vector<int> &widths, bool headerRow)
{
    QString grid;
    for (int w : widths)
        grid += QStringLiteral("<w:gridCol w:w=\"%1\"/>").arg(w);
    return QStringLiteral("<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                          "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"%1\" w:firstRow=\"%2\" w:lastRow=\"0\" "
                          "w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
                          "<w:tblGrid>%3</w:tblGrid>")
        .arg(headerRow ? QStringLiteral("0420") : QStringLiteral("0400"),
             headerRow ? QStringLiteral("1") : QStringLiteral("0"), grid);
}

QString cellXml(int width, const QString &fill, const QString &pPr, const QString &content, bool middle = false)
{
    return QStringLiteral("<w:tc><w:tcPr><w:tcW w:w=\"%1\" w:type=\"dxa\"/>").arg(width) + fill +
           (middle ? QStringLiteral("<w:vAlign w:val=\"center\"/>") : QString()) + QStringLiteral("</w:tcPr>") +
           wordParagraph(content, pPr) + QStringLiteral("</w:tc>");
}

QString Body::cell(const D::Table &t, const D::Cell &c, int column, int width)
{
    const bool styledTable = t.style != D::Table::Style::Normal;
    const bool label = column == 0 && t.style != D::Table::Style::Key &&
                       (t.headers.isEmpty() || (t.style == D::Table::Style::Heatmap && c.strong));
    const bool status = c.text.size() == 1 && c.text.front().style == D::Span::Style::Status;
    const QColor fill = toneFill(c.tone != D::Tone::None || !status ? c.tone : c.text.front().tone);
    const QColor shade = fill.isValid() ? fill : (label ? RowHeadFill : QColor());
    const bool centre = c.centre || styledTable;
    const QString jc = c.number           ? QStringLiteral("<w:jc w:val=\"right\"/>")
                       : centre && !label ? QStringLiteral("<w:jc w:val=\"center\"/>")
                                          : QString();
    QString content;
    if (c.trend >= 0) {
        const auto &about = m_d.charts.trendDescriptions;
        const auto at = static_cast<std::size_t>(c.trend);
        content = image(ChartObject::Trend, c.trend, at < about.size() ? about[at] : QString());
    } else {
        const QString size = styledTable || t.widths.size() >= 6 ? DocxParts::fontSize(7.5) : QString();
        content = runs(c.text, (c.strong || c.tone != D::Tone::None || label ? bold() : QString()) + size, true);
    }
    return cellXml(width, shade.isValid() ? shading(shade) : QString(), jc, content, styledTable);
}

QString Body::headerRow(const D::Table &t, const std::vector<int> &widths)
{
    // Figures' columns have their header right-aligned over them.
    std::vector<bool> figures(widths.size(), !t.rows.empty());
    for (const auto &row : t.rows)
        for (std::size_t c = 0; c < row.size() && c < figures.size(); ++c)
            figures[c] = figures[c] && row[c].number;
    const bool heatmap = t.style == D::Table::Style::Heatmap;
    QString row = QStringLiteral("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const QString jc = figures[c]         ? QStringLiteral("<w:jc w:val=\"right\"/>")
                           : heatmap && c > 0 ? QStringLiteral("<w:jc w:val=\"center\"/>")
                                              : QString();
        const QString words =
            static_cast<qsizetype>(c) < t.headers.size() ? t.headers[static_cast<qsizetype>(c)] : QString();
        row += cellXml(widths[c], shading(HeaderFill), jc,
                       DocxParts::run(words, bold() + (heatmap ? DocxParts::fontSize(6.5) : QString())), heatmap);
    }
    return row + QStringLiteral("</w:tr>");
}

void Body::table(const D::Table &t)
{
    if (t.widths.empty() || (t.rows.empty() && t.headers.isEmpty()))
        return;
    if (!t.caption.isEmpty())
        xml += wordParagraph(DocxParts::run(t.caption), styled("Caption"));
    for (const QString &note : t.notes)
        xml += wordParagraph(DocxParts::run(note), styled("Note"));
    const std::vector<int> widths = columnWidths(t);
    xml += tableStart(widths, !t.headers.isEmpty());
    if (!t.headers.isEmpty())
        xml += headerRow(t, widths);
    const QString trPr = t.wholeRows ? QStringLiteral("<w:trPr><w:cantSplit/></w:trPr>") : QString();
    for (const auto &row : t.rows) {
        xml += QStringLiteral("<w:tr>") + trPr;
        // Every row fills the grid, even one the document left short.
        for (std::size_t c = 0; c < widths.size(); ++c)
            xml += c < row.size() ? cell(t, row[c], static_cast<int>(c), widths[c]) : cellXml(widths[c], {}, {}, {});
        xml += QStringLiteral("</w:tr>");
    }
    endTable();
}

void Body::oneRowTable(const QStringList &cells, const QColor &fill)
{
    if (cells.isEmpty())
        return;
    const int width = DocxParts::TextWidth / static_cast<int>(cells.size());
    xml += tableStart(std::vector<int>(static_cast<std::size_t>(cells.size()), width), false) +
           QStringLiteral("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    for (const QString &c : cells)
        xml += cellXml(width, shading(fill), {}, c);
    xml += QStringLiteral("</w:tr>");
    endTable();
}

// Closes a table with a small gap after it; the paragraph also keeps two tables in a row apart
// (Word would join them into one).
void Body::endTable()
{
    xml += QStringLiteral("</w:tbl>") +
           wordParagraph(
               {}, QStringLiteral("<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"120\" w:lineRule=\"exact\"/>"));
}

QByteArray documentXml(const QString &body)
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ") +
            QLatin1String(DocxParts::PartNamespaces) + QStringLiteral("><w:body>") + body +
            DocxParts::sectionProperties() + QStringLiteral("</w:body></w:document>"))
        .toUtf8();
}

} // namespace

Result<QByteArray> DocxWriter::render(const Document &document)
{
    Body body(document);
    body.cover();
    for (const D::Section &s : document.sections)
        body.section(s);

    auto zip = ZipArchive::create();
    if (!zip)
        return zip.error();
    const int images = static_cast<int>(body.images.size());
    const bool logo = !LogoImage::fit(document.logo, LogoImage::headerBoxMm()).isEmpty();
    std::vector<std::pair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"), DocxParts::contentTypes()},
        {QStringLiteral("_rels/.rels"), DocxParts::packageRelationships()},
        {QStringLiteral("docProps/core.xml"), DocxParts::coreProperties(document)},
        {QStringLiteral("docProps/app.xml"), DocxParts::appProperties(document)},
        {QStringLiteral("word/document.xml"), documentXml(body.xml)},
        {QStringLiteral("word/_rels/document.xml.rels"), DocxParts::documentRelationships(images, logo)},
        {QStringLiteral("word/styles.xml"), DocxParts::styles()},
        {QStringLiteral("word/numbering.xml"), DocxParts::numbering(body.numberedLists)},
        {QStringLiteral("word/settings.xml"), DocxParts::settings()},
        {QStringLiteral("word/header1.xml"), DocxParts::header(document, false)},
        {QStringLiteral("word/header2.xml"), DocxParts::header(document, true)},
        {QStringLiteral("word/footer1.xml"), DocxParts::footer(document)},
        {QStringLiteral("word/footer2.xml"), DocxParts::footer(document)},
    };
    if (logo)
        parts.emplace_back(QStringLiteral("word/_rels/header1.xml.rels"), DocxParts::headerRelationships());
    for (const auto &[name, data] : parts)
        if (Status put = zip->put(name, data); !put)
            return put.error();
    // PNGs are compressed already.
    if (logo)
        if (Status put = zip->put(QLatin1String(DocxParts::LogoPart), document.logo, ZipArchive::Compression::Store);
            !put)
            return put.error();
    for (int i = 0; i < images; ++i)
        if (Status put = zip->put(QStringLiteral("word/media/chart%1.png").arg(i + 1),
                                  body.images[static_cast<std::size_t>(i)], ZipArchive::Compression::Store);
            !put)
            return put.error();
    return zip->finish();
}

} // namespace ahplead
