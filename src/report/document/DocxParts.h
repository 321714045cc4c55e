#pragma once

#include "report/document/Document.h"

#include <QByteArray>
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
    // Page geometry in twentieths of a point: A4 with the PDF's 18 mm side margins.
    static constexpr int PageWidth = 11906;
    static constexpr int PageHeight = 16838;
    static constexpr int SideMargin = 1020;
    static constexpr int TextWidth = PageWidth - 2 * SideMargin;

    static QByteArray contentTypes();
    static QByteArray packageRelationships();
    // The body's relationships: styles, numbering, settings, headers and footers, and IMAGES
    // pictures named word/media/chartN.png with relationship ids "rIdChartN" (N from 1).
    static QByteArray documentRelationships(int images);
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
