#include "report/ReportTestSupport.h"
#include "report/assessment/AssessmentReport.h"
#include "report/document/ReportWriter.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QRegularExpression>

using namespace ahplead;

namespace {

QString writePdf(const ReportModel &model, QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    const Status written = ReportWriter::write(AssessmentReport::build(model), ReportFormat::Pdf, path);
    INFO((written ? QString() : written.message()).toStdString());
    REQUIRE(written.ok());
    return path;
}

QString pdfInfo(const QStringList &args)
{
    const auto r = test::run(QStringLiteral("pdfinfo"), args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

int pageCount(const QString &info)
{
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption);
    return pages.match(info).captured(1).toInt();
}

} // namespace

TEST_CASE("The PDF of each example passes qpdf --check and pdfinfo shows A4, title, author, subject and creator")
{
    for (const QString &kind : test::exampleKinds()) {
        const auto r = test::exampleReport(kind);
        QTemporaryDir dir;
        const QString path = writePdf(r.model, dir, kind);
        const auto qpdf = test::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        INFO(qpdf.out.toStdString() << qpdf.err.toStdString());
        CHECK(qpdf.exitCode == 0);
        const QString info = pdfInfo({path});
        CHECK(info.contains(QStringLiteral("Page size:       595 x 842 pts (A4)")));
        CHECK(info.contains(QString(QStringLiteral("Title:           ") + r.model.documentTitle)));
        CHECK(info.contains(QString(QStringLiteral("Author:          ") + r.assessment.assessor.name)));
        CHECK(info.contains(QString(QStringLiteral("Subject:         ") + r.model.subtitle)));
        CHECK(info.contains(QStringLiteral("Creator:         ahplead ")));
        CHECK(pageCount(info) >= 8);
        // The catalogue names the language, for screen readers.
        CHECK(test::readFile(path).contains("/Lang (en-GB)"));
        // Letters as typed, never ligatures: search finds the organisation's name.
        const QString text = test::pdfText(path);
        CHECK(text.contains(r.assessment.organisation.name));
        CHECK_FALSE(test::hasLigatures(text));
        CHECK_FALSE(text.contains(QStringLiteral("DRAFT"))); // each example is finished
    }
}

TEST_CASE("The PDF declares PDF/A-1b in its XMP metadata, with the same title and author as its Info")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    QTemporaryDir dir;
    const QString meta = pdfInfo({QStringLiteral("-meta"), writePdf(r.model, dir, QStringLiteral("board"))});
    CHECK(meta.contains(QStringLiteral("pdfaid:part=\"1\"")));
    CHECK(meta.contains(QStringLiteral("pdfaid:conformance=\"B\"")));
    CHECK(meta.contains(QString(QStringLiteral("<rdf:li xml:lang=\"x-default\">") + r.model.documentTitle)));
    CHECK(meta.contains(QStringLiteral("<rdf:li>Dr Amrit Sandhu</rdf:li>")));
}

TEST_CASE("pdftotext finds the organisation, every domain and every recommendation that is not met")
{
    for (const QString &kind : test::exampleKinds()) {
        const auto r = test::exampleReport(kind);
        QTemporaryDir dir;
        const QString text = test::squeezed(test::pdfText(writePdf(r.model, dir, kind)));
        INFO(kind.toStdString());
        CHECK(text.contains(test::squeezed(r.assessment.organisation.name)));
        for (const DomainScore &d : r.card.domains)
            CHECK(text.contains(test::squeezed(d.title)));
        int notMet = 0;
        for (const RecommendationResult &rec : r.card.recommendations)
            if (rec.status != RecommendationStatus::Met) {
                CHECK(text.contains(test::squeezed(rec.title)));
                ++notMet;
            }
        CHECK(notMet > 0);
    }
}

TEST_CASE("Every page has the footer Page N of M and every page after the cover the header")
{
    const auto r = test::exampleReport(QStringLiteral("individual"));
    QTemporaryDir dir;
    const QString path = writePdf(r.model, dir, QStringLiteral("individual"));
    const int pages = pageCount(pdfInfo({path}));
    REQUIRE(pages > 2);
    const QString text = test::pdfText(path);
    const QStringList perPage = text.split(QChar(0x0C)); // pdftotext ends each page with a form feed
    for (int page = 1; page <= pages; ++page) {
        const QString content = perPage.value(page - 1);
        INFO("page " << page);
        CHECK(content.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        CHECK(content.contains(QStringLiteral("Assessment date: 14 October 2026")) == (page > 1));
    }
}

TEST_CASE("The charts in the PDF are vectors, not images")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    QTemporaryDir dir;
    const auto images = test::run(QStringLiteral("pdfimages"),
                                  {QStringLiteral("-list"), writePdf(r.model, dir, QStringLiteral("board"))});
    REQUIRE(images.exitCode == 0);
    // pdfimages prints a two-line header and then one line per image.
    CHECK(images.out.trimmed().split(QLatin1Char('\n')).size() == 2);
    const QString text = test::pdfText(dir.filePath(QStringLiteral("board.pdf")));
    CHECK(text.contains(QStringLiteral("50 (Developing)"))); // a radar label, drawn as text
}

TEST_CASE("The PDF's pages render and are not blank")
{
    const auto r = test::exampleReport(QStringLiteral("system"));
    QTemporaryDir dir;
    const QString path = writePdf(r.model, dir, QStringLiteral("system"));
    const auto rendered =
        test::run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("20"),
                                               QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"),
                                               QStringLiteral("3"), path, dir.filePath(QStringLiteral("p"))});
    REQUIRE(rendered.exitCode == 0);
    const QImage page(dir.filePath(QStringLiteral("p-03.png")));
    REQUIRE_FALSE(page.isNull());
    int ink = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            ink += qGray(page.pixel(x, y)) < 200 ? 1 : 0;
    CHECK(ink > 500);
}

TEST_CASE("Every page of the PDF of a draft says DRAFT, the cover too")
{
    auto r = test::exampleReport(QStringLiteral("board"));
    REQUIRE(r.assessment.status == QStringLiteral("complete"));
    r.assessment.status = QStringLiteral("draft");
    const ReportModel draft = ReportModel::build(*r.framework, r.assessment, r.card);
    QTemporaryDir dir;
    const QStringList pages = test::pdfText(writePdf(draft, dir, QStringLiteral("draft"))).split(QLatin1Char('\f'));
    REQUIRE(pages.size() >= 8);
    for (qsizetype i = 0; i + 1 < pages.size(); ++i) { // pdftotext ends the last page with a form feed too
        INFO("page " << i + 1);
        CHECK(pages[i].contains(QStringLiteral("DRAFT")));
    }
}
