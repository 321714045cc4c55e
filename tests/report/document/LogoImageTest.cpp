#include "report/document/LogoImage.h"
#include "report/ReportTestSupport.h"
#include "report/document/ReportWriter.h"
#include "report/document/ZipArchive.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace ahplead;

namespace {

QByteArray pngOfSize(QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.fillRect(QRect(QPoint(size.width() / 2, 0), QSize(size.width() / 2, size.height())), QColor(0x00, 0x5e, 0xb8));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

const char *const HostileSvg =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 100\"><rect x=\"250\" y=\"10\" width=\"140\" "
    "height=\"70\" fill=\"#005eb8\"/><script>alert('x')</script><a href=\"javascript:alert(1)\"><text x=\"10\" "
    "y=\"60\">Trust</text></a></svg>";

// Two sections, so the second page has a header.
Document documentWithLogo(const QString &organisation, const QByteArray &logo)
{
    Document d;
    d.kicker = QStringLiteral("Board paper");
    d.title = QStringLiteral("Chief AHP leadership");
    d.organisation = d.headerLeft = d.author = d.documentTitle = organisation;
    d.headerRight = QStringLiteral("5 December 2026");
    d.footer = QStringLiteral("Chief AHP leadership");
    d.purpose = QStringLiteral("To note.");
    for (const char *title : {"1. Summary", "2. Actions"}) {
        Document::Section s;
        s.title = QLatin1String(title);
        s.blocks.push_back(Document::paragraph(QStringLiteral("Words of the section.")));
        d.sections.push_back(s);
    }
    d.logo = logo;
    return d;
}

QByteArray zipPart(const QByteArray &zipBytes, const QString &name)
{
    auto zip = ZipArchive::open(zipBytes);
    REQUIRE(zip.ok());
    auto bytes = zip->read(name);
    INFO(name.toStdString() << ": " << (bytes ? QString() : bytes.message()).toStdString());
    REQUIRE(bytes.ok());
    return bytes.value();
}

} // namespace

TEST_CASE("A PNG logo is kept as a PNG no larger than a logo is printed, in its own shape")
{
    auto logo = LogoImage::fromData(pngOfSize({4000, 1000}), QStringLiteral("wide.png"));
    REQUIRE(logo.ok());
    const QImage image = LogoImage::image(logo.value());
    CHECK(image.width() == LogoImage::MaxSide);
    CHECK(image.height() == LogoImage::MaxSide / 4);
    CHECK(LogoImage::fit(logo.value(), {40, 40}) == QSizeF(40, 10));
    // A small logo is kept as it is.
    auto small = LogoImage::fromData(pngOfSize({200, 100}), QStringLiteral("small.png"));
    REQUIRE(small.ok());
    CHECK(LogoImage::image(small.value()).size() == QSize(200, 100));
}

TEST_CASE("An SVG logo becomes a drawn PNG, so nothing of the SVG but its picture reaches a paper")
{
    auto logo = LogoImage::fromData(HostileSvg, QStringLiteral("trust.svg"));
    INFO((logo ? QString() : logo.message()).toStdString());
    REQUIRE(logo.ok());
    CHECK(logo->startsWith("\x89PNG"));
    CHECK_FALSE(logo->contains("script"));
    const QImage image = LogoImage::image(logo.value());
    CHECK(image.size() == QSize(LogoImage::MaxSide, LogoImage::MaxSide / 4));
    // The blue box was drawn where the SVG put it; the left is transparent.
    CHECK(image.pixelColor(image.width() * 320 / 400, image.height() / 2) == QColor(0x00, 0x5e, 0xb8));
    CHECK(image.pixelColor(2, 2).alpha() == 0);
}

TEST_CASE("A file that is not a PNG or SVG picture is refused with what to do and the file's name")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("minutes.txt"));
    test::writeFile(text, "Minutes of the board");
    auto refused = LogoImage::fromFile(text);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().startsWith(QStringLiteral("The logo was not changed")));
    CHECK(refused.message().contains(QStringLiteral("Choose a PNG or SVG file")));
    CHECK(refused.message().contains(text));
    CHECK_FALSE(LogoImage::fromData("<svg", QStringLiteral("broken.svg")).ok());
    CHECK_FALSE(LogoImage::fromFile(dir.filePath(QStringLiteral("missing.png"))).ok());

    // A PNG whose header claims a picture far larger than any logo is refused before it is decoded.
    QByteArray huge = pngOfSize({10, 10});
    const QByteArray side("\x00\x01\x00\x00", 4); // 65,536 pixels
    huge.replace(16, 4, side);
    huge.replace(20, 4, side);
    CHECK_FALSE(LogoImage::fromData(huge, QStringLiteral("huge.png")).ok());
}

TEST_CASE("A paper with the organisation's logo carries it on the cover and in the header in PDF, Word, ODT and HTML")
{
    const QString organisation = QStringLiteral("Northfield <b>\"&\"</b> NHS Trust");
    auto logo = LogoImage::fromData(HostileSvg, QStringLiteral("trust.svg"));
    REQUIRE(logo.ok());
    const Document document = documentWithLogo(organisation, logo.value());
    QTemporaryDir dir;

    // PDF: an image on the cover and one in the header of the next page.
    const QString pdf = dir.filePath(QStringLiteral("paper.pdf"));
    REQUIRE(ReportWriter::write(document, ReportFormat::Pdf, pdf).ok());
    const test::ProcessResult images = test::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    INFO(images.err.toStdString());
    REQUIRE(images.exitCode == 0); // poppler-utils is one of .ci/install-deps' packages
    QList<int> pages;
    for (const QString &line : images.out.split(QLatin1Char('\n')).mid(2))
        if (!line.trimmed().isEmpty())
            pages << line.simplified().section(QLatin1Char(' '), 0, 0).toInt();
    CHECK(pages.contains(1));
    CHECK(pages.contains(2));

    // Word: the picture's part, named from the body (the cover) and from the later pages' header.
    auto docx = ReportWriter::render(document, ReportFormat::Docx);
    REQUIRE(docx.ok());
    CHECK(zipPart(docx.value(), QStringLiteral("word/media/logo.png")) == logo.value());
    CHECK(zipPart(docx.value(), QStringLiteral("word/document.xml")).contains("r:embed=\"rIdLogo\""));
    CHECK(zipPart(docx.value(), QStringLiteral("word/header1.xml")).contains("r:embed=\"rIdLogo\""));
    CHECK(zipPart(docx.value(), QStringLiteral("word/_rels/header1.xml.rels")).contains("media/logo.png"));
    const QString docxPath = dir.filePath(QStringLiteral("paper.docx"));
    test::writeFile(docxPath, docx.value());
    const test::ProcessResult read =
        test::run(test::python(), {QStringLiteral("-c"),
                                   QStringLiteral("import sys\ntry:\n import docx\nexcept ImportError:\n sys.exit(77)\n"
                                                  "d = docx.Document(sys.argv[1])\n"
                                                  "h = d.sections[0].header.part.related_parts['rIdLogo']\n"
                                                  "assert h.content_type == 'image/png', h.content_type\n"
                                                  "assert len(d.inline_shapes) == 1\n"
                                                  "print(d.inline_shapes[0]._inline.docPr.get('descr'))\n"),
                                   docxPath});
    if (read.exitCode == 77)
        AHPLEAD_SKIP("python3-docx is not installed");
    INFO(read.out.toStdString() << read.err.toStdString());
    CHECK(read.exitCode == 0);
    CHECK(read.out.trimmed() == QStringLiteral("Logo of %1").arg(organisation));

    // ODT: the cover's picture in the body, the header's in the page style, both in the manifest.
    auto odt = ReportWriter::render(document, ReportFormat::Odt);
    REQUIRE(odt.ok());
    CHECK(zipPart(odt.value(), QStringLiteral("Pictures/organisation-logo-header.png")) == logo.value());
    CHECK(zipPart(odt.value(), QStringLiteral("styles.xml")).contains("Pictures/organisation-logo-header.png"));
    CHECK(zipPart(odt.value(), QStringLiteral("content.xml")).contains("<draw:image"));
    CHECK(zipPart(odt.value(), QStringLiteral("META-INF/manifest.xml")).contains("organisation-logo-header.png"));

    // HTML: the picture inside the page, its text alternative escaped.
    auto html = ReportWriter::render(document, ReportFormat::Html);
    REQUIRE(html.ok());
    const QByteArray source = QByteArray("src=\"data:image/png;base64,") + logo->toBase64() + '"';
    CHECK(html->contains(source));
    CHECK(html->contains("alt=\"Logo of Northfield &lt;b&gt;&quot;&amp;&quot;&lt;/b&gt; NHS Trust\""));
}

TEST_CASE("A paper without a logo has no picture of one in any format")
{
    const Document document = documentWithLogo(QStringLiteral("Northfield NHS Trust"), {});
    auto docx = ReportWriter::render(document, ReportFormat::Docx);
    REQUIRE(docx.ok());
    CHECK_FALSE(zipPart(docx.value(), QStringLiteral("word/document.xml")).contains("rIdLogo"));
    CHECK_FALSE(zipPart(docx.value(), QStringLiteral("word/header1.xml")).contains("rIdLogo"));
    auto odt = ReportWriter::render(document, ReportFormat::Odt);
    REQUIRE(odt.ok());
    CHECK_FALSE(zipPart(odt.value(), QStringLiteral("styles.xml")).contains("draw:image"));
    auto html = ReportWriter::render(document, ReportFormat::Html);
    REQUIRE(html.ok());
    CHECK_FALSE(html->contains("class=\"logo\""));
}
