#include "report/document/PdfMetadata.h"

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

// Object NUMBER, a dictionary, again with ENTRIES added before its closing ">>".
Result<QByteArray> withEntries(const QByteArray &pdf, int number, const QByteArray &entries, const char *what)
{
    const Object object = findObject(pdf, number);
    if (object.start < 0)
        return fail(QStringLiteral("the PDF's %1 was not found").arg(QLatin1String(what)));
    QByteArray body = pdf.mid(object.start, object.end - object.start);
    const qsizetype close = body.lastIndexOf(">>");
    if (close < 0)
        return fail(QStringLiteral("the PDF's %1 is malformed").arg(QLatin1String(what)));
    body.insert(close, entries);
    return body;
}

// The PDF's XMP metadata object with the author as dc:creator and the subject as
// dc:description, and its object NUMBER; empty (and NUMBER untouched) when the PDF has no
// metadata stream.
Result<QByteArray> metadataWith(const QByteArray &pdf, const PdfMetadata::Fields &fields, int *number)
{
    const qsizetype metaAt = pdf.indexOf("/Type /Metadata");
    if (metaAt < 0)
        return QByteArray();
    bool ok = false;
    const qsizetype objAt = pdf.lastIndexOf(" 0 obj", metaAt);
    const qsizetype lineStart = pdf.lastIndexOf('\n', objAt) + 1;
    *number = pdf.mid(lineStart, objAt - lineStart).toInt(&ok);
    const qsizetype streamAt = pdf.indexOf("stream\n", metaAt);
    const qsizetype endAt = pdf.indexOf("endstream", streamAt);
    if (!ok || streamAt < 0 || endAt < 0)
        return fail(QStringLiteral("the PDF's metadata stream is malformed"));
    QByteArray xmp = pdf.mid(streamAt + 7, endAt - streamAt - 7);
    if (!xmp.contains("</dc:title>"))
        return fail(QStringLiteral("the PDF's XMP metadata has no dc:title"));
    QByteArray added = "</dc:title>";
    if (!fields.author.isEmpty())
        added += "\n      <dc:creator>\n        <rdf:Seq>\n          <rdf:li>" + Html::escape(fields.author).toUtf8() +
                 "</rdf:li>\n        </rdf:Seq>\n      </dc:creator>";
    if (!fields.subject.isEmpty())
        added += "\n      <dc:description>\n        <rdf:Alt>\n          <rdf:li xml:lang=\"x-default\">" +
                 Html::escape(fields.subject).toUtf8() + "</rdf:li>\n        </rdf:Alt>\n      </dc:description>";
    xmp.replace("</dc:title>", added);
    return QByteArray(QByteArray::number(*number) + " 0 obj\n<<\n/Type /Metadata /Subtype /XML\n/Length " +
                      QByteArray::number(xmp.size()) + "\n>>\nstream\n" + xmp + "\nendstream\nendobj");
}

struct Trailer {
    int info = 0;
    int root = 0;
    QByteArray size;
    QByteArray id; // "/ID [...]", or empty
    qint64 previousXref = 0;
};

Result<Trailer> readTrailer(const QByteArray &pdf)
{
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
    return Trailer{info.captured(1).toInt(), root.captured(1).toInt(), size.captured(1).toLatin1(),
                   id.hasMatch() ? id.captured(0).toLatin1() : QByteArray(), previousXref};
}

// The objects of the update appended to PDF, with a cross-reference section and a trailer
// that points back to the original's.
QByteArray appendUpdate(QByteArray pdf, const std::vector<std::pair<int, QByteArray>> &objects, const Trailer &t)
{
    if (!pdf.endsWith('\n'))
        pdf += '\n';
    std::vector<std::pair<int, qsizetype>> entries;
    for (const auto &[number, body] : objects) {
        entries.emplace_back(number, pdf.size());
        pdf += body + '\n';
    }
    const qsizetype xrefOffset = pdf.size();
    pdf += "xref\n";
    // Subsections in object order; each names its first object and its count.
    std::sort(entries.begin(), entries.end());
    for (const auto &[number, offset] : entries)
        pdf += QByteArray::number(number) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<<\n/Size " + t.size + "\n/Info " + QByteArray::number(t.info) + " 0 R\n/Root " +
           QByteArray::number(t.root) + " 0 R\n";
    if (!t.id.isEmpty())
        pdf += t.id + '\n';
    pdf += "/Prev " + QByteArray::number(t.previousXref) + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) +
           "\n%%EOF\n";
    return pdf;
}

} // namespace

Result<QByteArray> PdfMetadata::add(const QByteArray &pdf, const Fields &fields)
{
    auto trailer = readTrailer(pdf);
    if (!trailer)
        return trailer.error();
    const Trailer &t = trailer.value();
    std::vector<std::pair<int, QByteArray>> objects;

    QByteArray infoEntries;
    if (!fields.author.isEmpty())
        infoEntries += "/Author " + pdfText(fields.author) + '\n';
    if (!fields.subject.isEmpty())
        infoEntries += "/Subject " + pdfText(fields.subject) + '\n';
    if (!infoEntries.isEmpty()) {
        auto info = withEntries(pdf, t.info, infoEntries, "Info dictionary");
        if (!info)
            return info.error();
        objects.emplace_back(t.info, info.value());
        // The XMP metadata stream again, with the same words. Qt writes it uncompressed (PDF/A).
        int metadataNumber = -1;
        auto metadata = metadataWith(pdf, fields, &metadataNumber);
        if (!metadata)
            return metadata.error();
        if (metadataNumber > 0)
            objects.emplace_back(metadataNumber, metadata.value());
    }
    // A language tag is letters and hyphens ("en-GB"), written as a plain string.
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]+(-[A-Za-z0-9]+)*$"));
    if (tag.match(fields.language).hasMatch()) {
        auto catalogue = withEntries(pdf, t.root, "/Lang (" + fields.language.toLatin1() + ")\n", "catalogue");
        if (!catalogue)
            return catalogue.error();
        objects.emplace_back(t.root, catalogue.value());
    }
    return objects.empty() ? pdf : appendUpdate(pdf, objects, t);
}

} // namespace ahplead
