#include "report/document/OdtFurniture.h"

#include "report/document/Html.h"
#include "report/document/LogoImage.h"
#include "report/document/ZipArchive.h"

#include <QRegularExpression>

namespace ahplead {

namespace {

const char *const OdfNamespaces = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                                  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                                  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                                  "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
                                  "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                                  "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
                                  "xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.2\"";

// Where the header's copy of the organisation's logo goes in the package.
const char *const HeaderLogo = "Pictures/organisation-logo-header.png";

// The organisation's logo after the header's date, as a character of its line.
QString odtHeaderLogo(const Document &d)
{
    const QSizeF mm = LogoImage::fit(d.logo, LogoImage::headerBoxMm());
    if (mm.isEmpty())
        return {};
    return QStringLiteral(
               "<text:s text:c=\"2\"/><draw:frame draw:name=\"Organisation logo\" text:anchor-type=\"as-char\" "
               "svg:width=\"%1mm\" svg:height=\"%2mm\"><draw:image xlink:href=\"%3\" xlink:type=\"simple\" "
               "xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame>")
        .arg(mm.width(), 0, 'f', 1)
        .arg(mm.height(), 0, 'f', 1)
        .arg(QLatin1String(HeaderLogo));
}

// A header's or footer's paragraph style: small muted type, a right tab at the text's edge
// (17.4 cm: A4 less the 18 mm side margins), a rule on SIDE.
QString odtBandStyle(const QString &name, const QString &side, const QString &rule)
{
    return QStringLiteral("<style:style style:name=\"%1\" style:family=\"paragraph\" style:class=\"extra\">"
                          "<style:paragraph-properties fo:border-%2=\"%3\" fo:padding-%2=\"1mm\"><style:tab-stops>"
                          "<style:tab-stop style:position=\"17.4cm\" style:type=\"right\"/></style:tab-stops>"
                          "</style:paragraph-properties><style:text-properties fo:font-family=\"Arial\" "
                          "fo:font-size=\"7.5pt\" fo:color=\"#425563\"/></style:style>")
        .arg(name, side, rule);
}

QString odtDraftMark(const Document &d)
{
    return d.draft ? QStringLiteral("<text:span text:style-name=\"Draft\">DRAFT</text:span><text:s text:c=\"2\"/>")
                   : QString();
}

QByteArray stylesXml(const Document &d)
{
    const QString styles =
        odtBandStyle(QStringLiteral("Header"), QStringLiteral("bottom"), QStringLiteral("0.5pt solid #005eb8")) +
        odtBandStyle(QStringLiteral("Footer"), QStringLiteral("top"), QStringLiteral("0.4pt solid #aeb7bd")) +
        QStringLiteral("<style:style style:name=\"Draft\" style:family=\"text\"><style:text-properties "
                       "fo:font-weight=\"bold\" fo:color=\"#c0392b\" fo:font-size=\"9pt\"/></style:style>");
    const QString layout = QStringLiteral(
        "<style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21cm\" "
        "fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" fo:margin-top=\"1.2cm\" "
        "fo:margin-bottom=\"1.2cm\" fo:margin-left=\"1.8cm\" fo:margin-right=\"1.8cm\"/><style:header-style>"
        "<style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-bottom=\"0.4cm\"/></style:header-style>"
        "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.4cm\"/>"
        "</style:footer-style></style:page-layout>");
    const QString header = QStringLiteral("<style:header><text:p text:style-name=\"Header\">") + odtDraftMark(d) +
                           Html::escape(d.headerLeft) + QStringLiteral("<text:tab/>") + Html::escape(d.headerRight) +
                           odtHeaderLogo(d) + QStringLiteral("</text:p></style:header>");
    const QString footer = QStringLiteral("<style:footer><text:p text:style-name=\"Footer\">") + odtDraftMark(d) +
                           Html::escape(d.footer) +
                           QStringLiteral("<text:tab/>Page <text:page-number text:select-page=\"current\">1"
                                          "</text:page-number> of <text:page-count>1</text:page-count></text:p>"
                                          "</style:footer>");
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles ") +
            QLatin1String(OdfNamespaces) + QStringLiteral("><office:styles>") + styles +
            QStringLiteral("</office:styles><office:automatic-styles>") + layout +
            QStringLiteral("</office:automatic-styles><office:master-styles><style:master-page "
                           "style:name=\"Standard\" style:page-layout-name=\"A4\">") +
            header + footer + QStringLiteral("</style:master-page></office:master-styles></office:document-styles>"))
        .toUtf8();
}

// Each list level of CONTENT with room for its label: the text starts 6 mm after the number
// or bullet's start.
QByteArray spacedLists(QByteArray content)
{
    static const QRegularExpression level(QStringLiteral("<style:list-level-properties(?![^>]*min-label-width)"));
    QString text = QString::fromUtf8(content);
    text.replace(level, QStringLiteral("<style:list-level-properties text:min-label-width=\"6mm\""));
    return text.toUtf8();
}

} // namespace

Result<QByteArray> OdtFurniture::add(const QByteArray &odt, const Document &document)
{
    auto zip = ZipArchive::open(odt);
    if (!zip)
        return zip.error();
    auto content = zip->read(QStringLiteral("content.xml"));
    auto manifest = zip->read(QStringLiteral("META-INF/manifest.xml"));
    if (!content || !manifest)
        return fail(QStringLiteral("the OpenDocument text Qt wrote lacks content.xml or its manifest"));
    QByteArray entries = manifest.value();
    const qsizetype end = entries.lastIndexOf("</manifest:manifest>");
    if (end < 0)
        return fail(QStringLiteral("the OpenDocument text's manifest is malformed"));
    if (!entries.contains("full-path=\"styles.xml\""))
        entries.insert(end,
                       " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>\n");
    if (!document.logo.isEmpty()) {
        entries.insert(entries.lastIndexOf("</manifest:manifest>"),
                       QByteArray(" <manifest:file-entry manifest:media-type=\"image/png\" manifest:full-path=\"") +
                           HeaderLogo + "\"/>\n");
        if (Status put = zip->put(QLatin1String(HeaderLogo), document.logo, ZipArchive::Compression::Store); !put)
            return put.error();
    }
    for (const auto &[name, data] : {std::pair{QStringLiteral("content.xml"), spacedLists(content.value())},
                                     std::pair{QStringLiteral("styles.xml"), stylesXml(document)},
                                     std::pair{QStringLiteral("META-INF/manifest.xml"), entries}})
        if (Status put = zip->put(name, data); !put)
            return put.error();
    return zip->finish();
}

} // namespace ahplead
