#include "report/document/DocxParts.h"

#include "report/document/DocumentBuilder.h"
#include "report/document/Html.h"
#include "report/document/LogoImage.h"

namespace ahplead {

namespace {

using namespace ReportStyle;

const char *const XmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char *const WordNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
const char *const RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const char *const MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

QString relationship(const QString &id, const QString &type, const QString &target)
{
    return QStringLiteral("<Relationship Id=\"%1\" Type=\"%2%3\" Target=\"%4\"/>")
        .arg(id, QLatin1String(RelNs), type, target);
}

QString override(const QString &part, const QString &type)
{
    return QStringLiteral("<Override PartName=\"%1\" ContentType=\"%2\"/>").arg(part, type);
}

// A paragraph style: its id, name, the style it is based on, and its paragraph and run properties.
QString paragraphStyle(const QString &id, const QString &name, const QString &pPr, const QString &rPr,
                       const QString &extra = {})
{
    return QStringLiteral("<w:style w:type=\"paragraph\" w:styleId=\"%1\"><w:name w:val=\"%2\"/>"
                          "<w:basedOn w:val=\"Normal\"/>%3<w:qFormat/><w:pPr>%4</w:pPr><w:rPr>%5</w:rPr></w:style>")
        .arg(id, name, extra, pPr, rPr);
}

QString characterStyle(const QString &id, const QString &name, const QString &rPr)
{
    return QStringLiteral("<w:style w:type=\"character\" w:styleId=\"%1\"><w:name w:val=\"%2\"/>"
                          "<w:rPr>%3</w:rPr></w:style>")
        .arg(id, name, rPr);
}

QString colour(const QColor &c)
{
    return QStringLiteral("<w:color w:val=\"%1\"/>").arg(DocxParts::hex(c));
}

QString headingStyle(int level, qreal points, int before, int after)
{
    return paragraphStyle(QStringLiteral("Heading%1").arg(level), QStringLiteral("heading %1").arg(level),
                          QStringLiteral("<w:keepNext/><w:keepLines/><w:spacing w:before=\"%1\" w:after=\"%2\"/>"
                                         "<w:outlineLvl w:val=\"%3\"/>")
                              .arg(before)
                              .arg(after)
                              .arg(level - 1),
                          QStringLiteral("<w:b/><w:bCs/>") + colour(HeadingBlue) + DocxParts::fontSize(points),
                          QStringLiteral("<w:next w:val=\"Normal\"/>"));
}

// The report's table: thin grey rules, a shaded bold header row repeated on every page.
QString tableStyle()
{
    QString borders;
    for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"})
        borders += QStringLiteral("<w:%1 w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"%2\"/>")
                       .arg(QLatin1String(side), DocxParts::hex(Rule));
    return QStringLiteral(
               "<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/>"
               "<w:basedOn w:val=\"TableNormal\"/><w:qFormat/>"
               "<w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"252\" w:lineRule=\"auto\"/></w:pPr>"
               "<w:rPr>%1</w:rPr><w:tblPr><w:tblBorders>%2</w:tblBorders><w:tblCellMar>"
               "<w:top w:w=\"57\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
               "<w:bottom w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
               "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr><w:trPr><w:tblHeader/></w:trPr>"
               "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"%3\"/></w:tcPr></w:tblStylePr></w:style>")
        .arg(DocxParts::fontSize(8.5), borders, DocxParts::hex(HeaderFill));
}

// A header's or footer's paragraph: small muted type, a right tab at the text's edge, a rule.
QString bandStyle(const QString &id, const QString &name, const QString &rule)
{
    return paragraphStyle(id, name,
                          QStringLiteral("<w:pBdr>%1</w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"%2\"/></w:tabs>"
                                         "<w:spacing w:after=\"0\"/>")
                              .arg(rule)
                              .arg(DocxParts::TextWidth),
                          colour(Muted) + DocxParts::fontSize(7.5));
}

QString field(const QString &instruction, const QString &shown)
{
    return QStringLiteral("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                          "<w:r><w:instrText xml:space=\"preserve\"> %1 </w:instrText></w:r>"
                          "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                          "<w:r><w:t>%2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
        .arg(instruction, shown);
}

QString draftMark(const Document &d)
{
    if (!d.draft)
        return {};
    return DocxParts::run(QStringLiteral("DRAFT"),
                          QStringLiteral("<w:b/><w:color w:val=\"C0392B\"/>") + DocxParts::fontSize(9)) +
           DocxParts::run(QStringLiteral("  "));
}

} // namespace

QString DocxParts::fontSize(qreal points)
{
    return QStringLiteral("<w:sz w:val=\"%1\"/><w:szCs w:val=\"%1\"/>").arg(qRound(points * 2));
}

QString DocxParts::hex(const QColor &c)
{
    return c.name().mid(1).toUpper();
}

QString DocxParts::runText(const QString &text)
{
    QString out;
    QString chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty())
            out += QStringLiteral("<w:t xml:space=\"preserve\">") + Html::escape(chunk) + QStringLiteral("</w:t>");
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
            continue;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator) {
            flush();
            out += QStringLiteral("<w:br/>");
        } else if (c == QLatin1Char('\t')) {
            flush();
            out += QStringLiteral("<w:tab/>");
        } else {
            chunk += c;
        }
    }
    flush();
    return out;
}

QString DocxParts::run(const QString &text, const QString &properties)
{
    if (text.isEmpty())
        return {};
    const QString rPr =
        properties.isEmpty() ? QString() : QStringLiteral("<w:rPr>") + properties + QStringLiteral("</w:rPr>");
    return QStringLiteral("<w:r>") + rPr + runText(text) + QStringLiteral("</w:r>");
}

QByteArray DocxParts::contentTypes()
{
    const QString main = QLatin1String(MainType);
    const QString parts =
        override(QStringLiteral("/word/document.xml"), main + QStringLiteral("document.main+xml")) +
        override(QStringLiteral("/word/styles.xml"), main + QStringLiteral("styles+xml")) +
        override(QStringLiteral("/word/numbering.xml"), main + QStringLiteral("numbering+xml")) +
        override(QStringLiteral("/word/settings.xml"), main + QStringLiteral("settings+xml")) +
        override(QStringLiteral("/word/header1.xml"), main + QStringLiteral("header+xml")) +
        override(QStringLiteral("/word/header2.xml"), main + QStringLiteral("header+xml")) +
        override(QStringLiteral("/word/footer1.xml"), main + QStringLiteral("footer+xml")) +
        override(QStringLiteral("/word/footer2.xml"), main + QStringLiteral("footer+xml")) +
        override(QStringLiteral("/docProps/core.xml"),
                 QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")) +
        override(QStringLiteral("/docProps/app.xml"),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    return (QLatin1String(XmlHead) +
            QStringLiteral("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                           "<Default Extension=\"rels\" "
                           "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                           "<Default Extension=\"png\" ContentType=\"image/png\"/>") +
            parts + QStringLiteral("</Types>"))
        .toUtf8();
}

QByteArray DocxParts::packageRelationships()
{
    const QString rels =
        relationship(QStringLiteral("rId1"), QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")) +
        QStringLiteral("<Relationship Id=\"rId2\" "
                       "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
                       "Target=\"docProps/core.xml\"/>") +
        relationship(QStringLiteral("rId3"), QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml"));
    return (QLatin1String(XmlHead) +
            QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">") +
            rels + QStringLiteral("</Relationships>"))
        .toUtf8();
}

QByteArray DocxParts::documentRelationships(int images, bool logo)
{
    QString rels =
        relationship(QStringLiteral("rIdStyles"), QStringLiteral("styles"), QStringLiteral("styles.xml")) +
        relationship(QStringLiteral("rIdNumbering"), QStringLiteral("numbering"), QStringLiteral("numbering.xml")) +
        relationship(QStringLiteral("rIdSettings"), QStringLiteral("settings"), QStringLiteral("settings.xml")) +
        relationship(QLatin1String(HeaderId), QStringLiteral("header"), QStringLiteral("header1.xml")) +
        relationship(QLatin1String(FirstHeaderId), QStringLiteral("header"), QStringLiteral("header2.xml")) +
        relationship(QLatin1String(FooterId), QStringLiteral("footer"), QStringLiteral("footer1.xml")) +
        relationship(QLatin1String(FirstFooterId), QStringLiteral("footer"), QStringLiteral("footer2.xml"));
    for (int i = 1; i <= images; ++i)
        rels += relationship(QStringLiteral("rIdChart%1").arg(i), QStringLiteral("image"),
                             QStringLiteral("media/chart%1.png").arg(i));
    if (logo)
        rels += relationship(QLatin1String(LogoId), QStringLiteral("image"), QStringLiteral("media/logo.png"));
    return (QLatin1String(XmlHead) +
            QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">") +
            rels + QStringLiteral("</Relationships>"))
        .toUtf8();
}

QByteArray DocxParts::headerRelationships()
{
    return (QLatin1String(XmlHead) +
            QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">") +
            relationship(QLatin1String(LogoId), QStringLiteral("image"), QStringLiteral("media/logo.png")) +
            QStringLiteral("</Relationships>"))
        .toUtf8();
}

QString DocxParts::picture(const QString &relationId, int id, const QString &name, QSizeF size,
                           const QString &description)
{
    const QString cx = QString::number(qRound64(size.width()));
    const QString cy = QString::number(qRound64(size.height()));
    return QStringLiteral(
               "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"%1\" "
               "cy=\"%2\"/><wp:docPr id=\"%3\" name=\"%4\" descr=\"%5\"/><wp:cNvGraphicFramePr>"
               "<a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData "
               "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr>"
               "<pic:cNvPr id=\"%3\" name=\"%4\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>"
               "<a:blip r:embed=\"%6\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>"
               "<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"%1\" cy=\"%2\"/></a:xfrm><a:prstGeom prst=\"rect\">"
               "<a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
               "</w:r>")
        .arg(cx, cy, QString::number(id), Html::escape(name), Html::escape(description), relationId);
}

QByteArray DocxParts::coreProperties(const Document &d)
{
    return (QLatin1String(XmlHead) +
            QStringLiteral("<cp:coreProperties "
                           "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                           "<dc:title>%1</dc:title><dc:subject>%2</dc:subject><dc:creator>%3</dc:creator>"
                           "<dc:language>%4</dc:language></cp:coreProperties>")
                .arg(Html::escape(d.documentTitle), Html::escape(d.kicker), Html::escape(d.author),
                     Html::escape(Document::language())))
        .toUtf8();
}

QByteArray DocxParts::appProperties(const Document &d)
{
    return (QLatin1String(XmlHead) +
            QStringLiteral(
                "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                "<Application>%1</Application></Properties>")
                .arg(Html::escape(d.creator)))
        .toUtf8();
}

QByteArray DocxParts::settings()
{
    return (QLatin1String(XmlHead) + QStringLiteral("<w:settings ") + QLatin1String(WordNs) +
            QStringLiteral(
                "><w:defaultTabStop w:val=\"709\"/>"
                "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>"
                "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
                "w:val=\"15\"/></w:compat><w:themeFontLang w:val=\"%1\"/></w:settings>")
                .arg(Document::language()))
        .toUtf8();
}

QByteArray DocxParts::styles()
{
    const QString defaults =
        QStringLiteral("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" "
                       "w:eastAsia=\"Arial\" w:cs=\"Arial\"/>%1%2<w:lang w:val=\"%3\" w:eastAsia=\"%3\" w:bidi=\"%3\"/>"
                       "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"100\" w:line=\"283\" "
                       "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>")
            .arg(DocxParts::fontSize(9), colour(Ink), Document::language());
    const QString normal = QStringLiteral(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
        "<w:qFormat/></w:style>"
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
        "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
        "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
        "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
        "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>"
        "</w:tblPr></w:style>");
    const QString paragraphs =
        paragraphStyle(QStringLiteral("Title"), QStringLiteral("Title"), QStringLiteral("<w:spacing w:after=\"120\"/>"),
                       QStringLiteral("<w:b/><w:bCs/>") + colour(HeadingBlue) + DocxParts::fontSize(22)) +
        paragraphStyle(QStringLiteral("Subtitle"), QStringLiteral("Subtitle"),
                       QStringLiteral("<w:spacing w:after=\"360\"/>"),
                       QStringLiteral("<w:b/><w:bCs/>") + DocxParts::fontSize(14)) +
        paragraphStyle(QStringLiteral("Kicker"), QStringLiteral("Kicker"),
                       QStringLiteral("<w:spacing w:before=\"1200\" w:after=\"200\"/>"),
                       colour(Muted) + DocxParts::fontSize(11)) +
        headingStyle(1, 15, 0, 160) + headingStyle(2, 11, 240, 100) + headingStyle(3, 9.5, 180, 60) +
        paragraphStyle(QStringLiteral("Caption"), QStringLiteral("caption"),
                       QStringLiteral("<w:keepNext/><w:spacing w:before=\"120\" w:after=\"80\"/>"),
                       QStringLiteral("<w:b/><w:bCs/>")) +
        paragraphStyle(QStringLiteral("Note"), QStringLiteral("Note"),
                       QStringLiteral("<w:keepNext/><w:spacing w:after=\"40\"/>"),
                       colour(Muted) + DocxParts::fontSize(7.5)) +
        paragraphStyle(QStringLiteral("ListParagraph"), QStringLiteral("List Paragraph"),
                       QStringLiteral("<w:spacing w:after=\"80\"/><w:ind w:left=\"425\"/>"), {}) +
        bandStyle(
            QStringLiteral("Header"), QStringLiteral("header"),
            QStringLiteral("<w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\"%1\"/>").arg(hex(Blue))) +
        bandStyle(QStringLiteral("Footer"), QStringLiteral("footer"),
                  QStringLiteral("<w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"%1\"/>").arg(hex(Rule)));
    const QString characters =
        characterStyle(QStringLiteral("Strong"), QStringLiteral("Strong"), QStringLiteral("<w:b/><w:bCs/>")) +
        characterStyle(QStringLiteral("Muted"), QStringLiteral("Muted"), colour(Muted)) +
        characterStyle(QStringLiteral("Detail"), QStringLiteral("Detail"), colour(Muted) + DocxParts::fontSize(7.5)) +
        characterStyle(QStringLiteral("Tag"), QStringLiteral("Tag"),
                       QStringLiteral("<w:b/><w:bCs/><w:caps/>") + DocxParts::fontSize(7) +
                           QStringLiteral("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FADCDC\"/>"));
    return (QLatin1String(XmlHead) + QStringLiteral("<w:styles ") + QLatin1String(WordNs) + QLatin1Char('>') +
            defaults + normal + paragraphs + characters + tableStyle() + QStringLiteral("</w:styles>"))
        .toUtf8();
}

QByteArray DocxParts::numbering(int numberedLists)
{
    const QString level =
        QStringLiteral("<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"%1\"/><w:lvlText w:val=\"%2\"/>"
                       "<w:lvlJc w:val=\"left\"/><w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"425\"/></w:tabs>"
                       "<w:ind w:left=\"425\" w:hanging=\"%3\"/></w:pPr></w:lvl>");
    QString xml = QStringLiteral("<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>") +
                  level.arg(QStringLiteral("bullet"), QString(QChar(0x2022)), QStringLiteral("283")) +
                  QStringLiteral("</w:abstractNum><w:abstractNum w:abstractNumId=\"1\">"
                                 "<w:multiLevelType w:val=\"singleLevel\"/>") +
                  level.arg(QStringLiteral("decimal"), QStringLiteral("%1."), QStringLiteral("425")) +
                  QStringLiteral("</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    for (int k = 1; k <= numberedLists; ++k)
        xml += QStringLiteral("<w:num w:numId=\"%1\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
                              "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>")
                   .arg(k + 1);
    return (QLatin1String(XmlHead) + QStringLiteral("<w:numbering ") + QLatin1String(WordNs) + QLatin1Char('>') + xml +
            QStringLiteral("</w:numbering>"))
        .toUtf8();
}

QByteArray DocxParts::header(const Document &d, bool first)
{
    QString runs = draftMark(d);
    if (!first) {
        runs += run(d.headerLeft) + QStringLiteral("<w:r><w:tab/></w:r>") + run(d.headerRight);
        // After the date at the right margin, as the PDF has it (the cover shows it larger).
        if (const QSizeF mm = LogoImage::fit(d.logo, LogoImage::headerBoxMm()); !mm.isEmpty())
            runs +=
                run(QStringLiteral("  ")) + picture(QLatin1String(LogoId), 1000, QStringLiteral("Header logo"),
                                                    mm * EmuPerMm, QStringLiteral("Logo of %1").arg(d.organisation));
    }
    const QString style = first ? QStringLiteral("Normal") : QStringLiteral("Header");
    return (QLatin1String(XmlHead) + QStringLiteral("<w:hdr ") + QLatin1String(PartNamespaces) +
            QStringLiteral("><w:p><w:pPr><w:pStyle w:val=\"%1\"/></w:pPr>").arg(style) + runs +
            QStringLiteral("</w:p></w:hdr>"))
        .toUtf8();
}

QByteArray DocxParts::footer(const Document &d)
{
    const QString page = run(QStringLiteral("Page ")) + field(QStringLiteral("PAGE"), QStringLiteral("1")) +
                         run(QStringLiteral(" of ")) + field(QStringLiteral("NUMPAGES"), QStringLiteral("1"));
    return (QLatin1String(XmlHead) + QStringLiteral("<w:ftr ") + QLatin1String(WordNs) +
            QStringLiteral("><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>") + draftMark(d) + run(d.footer) +
            QStringLiteral("<w:r><w:tab/></w:r>") + page + QStringLiteral("</w:p></w:ftr>"))
        .toUtf8();
}

QString DocxParts::sectionProperties()
{
    return QStringLiteral("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"%1\"/>"
                          "<w:headerReference w:type=\"first\" r:id=\"%2\"/>"
                          "<w:footerReference w:type=\"default\" r:id=\"%3\"/>"
                          "<w:footerReference w:type=\"first\" r:id=\"%4\"/>"
                          "<w:pgSz w:w=\"%5\" w:h=\"%6\"/><w:pgMar w:top=\"1134\" w:right=\"%7\" w:bottom=\"1134\" "
                          "w:left=\"%7\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr>")
        .arg(QLatin1String(HeaderId), QLatin1String(FirstHeaderId), QLatin1String(FooterId),
             QLatin1String(FirstFooterId))
        .arg(PageWidth)
        .arg(PageHeight)
        .arg(SideMargin);
}

} // namespace ahplead
