#pragma once

#include "report/document/Document.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

namespace ahplead {

// The parts of a Word document's package other than its body (DocxWriter writes that):
// content types, relationships, document properties, styles, list numbering, settings, and
// the page header and footer. Every user string goes through Html::escape, which keeps XML
// well-formed and inert.
class DocxParts {
public:
    // The relationship ids of word/document.xml's parts, fixed so the body can name them.
    static constexpr const char *HeaderId = "rIdHeader";
    static constexpr const char *FirstHeaderId = "rIdFirstHeader";
    static constexpr const char *FooterId = "rIdFooter";
    static constexpr const char *FirstFooterId = "rIdFirstFooter";
    // The organisation's logo, word/media/logo.png, named by this id from the body (on the
    // cover) and from the later pages' header, when the document has one.
    static constexpr const char *LogoId = "rIdLogo";
    static constexpr const char *LogoPart = "word/media/logo.png";
    // The namespaces of a part that holds text and pictures (the body, a header).
    static constexpr const char *PartNamespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";
    // Page geometry in twentieths of a point: A4 with the PDF's 18 mm side margins.
    static constexpr int PageWidth = 11906;
    static constexpr int PageHeight = 16838;
    static constexpr int SideMargin = 1020;
    static constexpr int TextWidth = PageWidth - 2 * SideMargin;
    static constexpr qreal EmuPerMm = 36000; // DrawingML's English Metric Units

    static QByteArray contentTypes();
    static QByteArray packageRelationships();
    // The body's relationships: styles, numbering, settings, headers and footers, and IMAGES
    // pictures named word/media/chartN.png with relationship ids "rIdChartN" (N from 1), and
    // the logo when LOGO.
    static QByteArray documentRelationships(int images, bool logo);
    // The relationships of the later pages' header: the logo.
    static QByteArray headerRelationships();
    static QByteArray coreProperties(const Document &document);
    static QByteArray appProperties(const Document &document);
    static QByteArray settings();
    static QByteArray styles();
    // Bullets use list 1; numbered list K (from 1) uses list K + 1, each restarting at 1.
    static QByteArray numbering(int numberedLists);
    // The header of every page after the cover; the cover's (FIRST) is blank but for a draft mark.
    static QByteArray header(const Document &document, bool first);
    // Every page's footer: the document's footer words and "Page N of M" as fields.
    static QByteArray footer(const Document &document);
    // The section properties closing the body: A4, margins, the header and footer references.
    static QString sectionProperties();

    // A picture in a run of its own: the part RELATIONID names, SIZE in EMUs, ID unique in the
    // document, DESCRIPTION its text alternative.
    static QString picture(const QString &relationId, int id, const QString &name, QSizeF size,
                           const QString &description);
    // TEXT for XML, in a run of its own: line breaks and tabs as Word's elements.
    static QString runText(const QString &text);
    // A run of TEXT with the run properties PROPERTIES (already XML).
    static QString run(const QString &text, const QString &properties = {});
    // Run properties for type POINTS big (Word counts half points).
    static QString fontSize(qreal points);
    // A colour as Word writes it: "003087".
    static QString hex(const QColor &colour);
};

} // namespace ahplead
