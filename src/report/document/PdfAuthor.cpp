#include "report/document/PdfAuthor.h"

#include "report/document/Html.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace ahplead {

namespace {

// A PDF text string as hex: UTF-16BE with a byte order mark, so any name is safe.
QByteArray pdfText(const QString &text)
{
    QByteArray hex("<FEFF");
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

struct Object {
    qsizetype start = -1; // of "N 0 obj"
    qsizetype end = -1;   // after "endobj"
};

Object findObject(const QByteArray &pdf, int number)
{
    const QByteArray head = QByteArray::number(number) + " 0 obj";
    qsizetype at = 0;
    while ((at = pdf.indexOf(head, at)) >= 0) {
        if (at == 0 || pdf[at - 1] == '\n' || pdf[at - 1] == '\r') {
            const qsizetype end = pdf.indexOf("endobj", at);
            return end < 0 ? Object{} : Object{at, end + 6};
        }
        at += head.size();
    }
    return {};
}

// The PDF's XMP metadata object with AUTHOR as dc:creator, and its object NUMBER; empty (and
// NUMBER untouched) when the PDF has no metadata stream.
Result<QByteArray> metadataWithCreator(const QByteArray &pdf, const QString &author, int *number)
{
    bool ok = false;
    const qsizetype metaAt = pdf.indexOf("/Type /Metadata");
    if (metaAt >= 0) {
        const qsizetype objAt = pdf.lastIndexOf(" 0 obj", metaAt);
        const qsizetype lineStart = pdf.lastIndexOf('\n', objAt) + 1;
        *number = pdf.mid(lineStart, objAt - lineStart).toInt(&ok);
        const qsizetype streamAt = pdf.indexOf("stream\n", metaAt);
        const qsizetype endAt = pdf.indexOf("endstream", streamAt);
        if (!ok || streamAt < 0 || endAt < 0)
            return fail(QStringLiteral("the PDF's metadata stream is malformed"));
        QByteArray xmp = pdf.mid(streamAt + 7, endAt - streamAt - 7);
        const QByteArray creator = "</dc:title>\n      <dc:creator>\n        <rdf:Seq>\n          <rdf:li>" +
                                   Html::escape(author).toUtf8() + "</rdf:li>\n        </rdf:Seq>\n      </dc:creator>";
        if (!xmp.contains("</dc:title>"))
            return fail(QStringLiteral("the PDF's XMP metadata has no dc:title"));
        xmp.replace("</dc:title>", creator);
        return QByteArray(QByteArray::number(*number) + " 0 obj\n<<\n/Type /Metadata /Subtype /XML\n/Length " +
                          QByteArray::number(xmp.size()) + "\n>>\nstream\n" + xmp + "\nendstream\nendobj");
    }
    return QByteArray();
}

} // namespace

Result<QByteArray> PdfAuthor::add(const QByteArray &pdf, const QString &author)
{
    if (author.isEmpty())
        return pdf;
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return fail(QStringLiteral("the PDF has no trailer to update"));
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxrefAt - trailerAt));
    static const QRegularExpression infoRef(QStringLiteral("/Info (\\d+) 0 R"));
    static const QRegularExpression rootRef(QStringLiteral("/Root (\\d+) 0 R"));
    static const QRegularExpression sizeRef(QStringLiteral("/Size (\\d+)"));
    static const QRegularExpression idRef(QStringLiteral("/ID \\[[^\\]]*\\]"));
    const auto info = infoRef.match(trailer);
    const auto root = rootRef.match(trailer);
    const auto size = sizeRef.match(trailer);
    const auto id = idRef.match(trailer);
    bool ok = false;
    const qint64 previousXref = pdf.mid(startxrefAt + 9).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!info.hasMatch() || !root.hasMatch() || !size.hasMatch() || !ok)
        return fail(QStringLiteral("the PDF trailer lacks /Info, /Root, /Size or startxref"));

    // The Info dictionary again, with /Author added before its closing ">>".
    const int infoNumber = info.captured(1).toInt();
    const Object infoObject = findObject(pdf, infoNumber);
    if (infoObject.start < 0)
        return fail(QStringLiteral("the PDF's Info dictionary was not found"));
    QByteArray infoBody = pdf.mid(infoObject.start, infoObject.end - infoObject.start);
    const qsizetype close = infoBody.lastIndexOf(">>");
    if (close < 0)
        return fail(QStringLiteral("the PDF's Info dictionary is malformed"));
    infoBody.insert(close, "/Author " + pdfText(author) + '\n');

    // The XMP metadata stream again, with dc:creator. Qt writes it uncompressed (PDF/A).
    int metadataNumber = -1;
    Result<QByteArray> metadata = metadataWithCreator(pdf, author, &metadataNumber);
    if (!metadata)
        return metadata.error();
    const QByteArray metadataBody = std::move(metadata).value();

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype infoOffset = out.size();
    out += infoBody + '\n';
    qsizetype metadataOffset = -1;
    if (metadataNumber > 0) {
        metadataOffset = out.size();
        out += metadataBody + '\n';
    }
    const qsizetype xrefOffset = out.size();
    // Returns a QByteArray, not the QStringBuilder `auto` would deduce: that would hold a
    // reference to the padded number, a temporary gone once the lambda returns.
    const auto entry = [](qsizetype offset) -> QByteArray {
        return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    };
    out += "xref\n";
    // Subsections in object order; each names its first object and its count.
    std::vector<std::pair<int, qsizetype>> entries{{infoNumber, infoOffset}};
    if (metadataNumber > 0)
        entries.emplace_back(metadataNumber, metadataOffset);
    std::sort(entries.begin(), entries.end());
    for (const auto &[number, offset] : entries)
        out += QByteArray::number(number) + " 1\n" + entry(offset);
    out += "trailer\n<<\n/Size " + size.captured(1).toLatin1() + "\n/Info " + info.captured(1).toLatin1() +
           " 0 R\n/Root " + root.captured(1).toLatin1() + " 0 R\n";
    if (id.hasMatch())
        out += id.captured(0).toLatin1() + '\n';
    out += "/Prev " + QByteArray::number(previousXref) + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) +
           "\n%%EOF\n";
    return out;
}

} // namespace ahplead
