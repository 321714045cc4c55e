#include "report/businesscase/BusinessCaseTestSupport.h"

#include "report/document/HtmlWriter.h"
#include "report/document/ReportWriter.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace ahplead;
using M = BusinessCaseModel;

namespace {

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

QString lowerSqueezed(const QString &text)
{
    return test::squeezed(text).toLower();
}

QString longNote()
{
    QString note = QStringLiteral("Long note:");
    for (int i = 0; note.size() < 5000; ++i)
        note += QStringLiteral(" word%1").arg(i, 4, 10, QLatin1Char('0'));
    return note.left(5000);
}

// The example case with VALUE in every text field a person fills in (ids, dates and enum
// values keep their form, which the checks require).
BusinessCase caseWith(const QString &value)
{
    BusinessCase bc = test::exampleBusinessCase();
    bc.title = value;
    bc.preparedBy = {value, value};
    bc.sponsor = {value, value};
    bc.organisation.name = value;
    bc.organisation.ics = value;
    bc.organisation.region = value;
    bc.organisation.description = value;
    bc.leadership.title = value;
    bc.leadership.divisionName = value;
    bc.leadership.reportingTo = value;
    bc.leadership.description = value;
    bc.strategicContext = {value, value, value, value};
    bc.workforce.period = value;
    bc.workforce.source = value;
    for (auto *metrics : {&bc.workforceMetrics, &bc.qualityMetrics})
        for (Metric &m : *metrics) {
            m.name = value;
            m.period = value;
            m.source = value;
            m.note = value;
            if (m.benchmark)
                m.benchmark->label = value;
        }
    bc.strategicLeads->ahp.description = value;
    for (RegionalRole &r : bc.regionalRoles) {
        r.organisation = value;
        r.ics = value;
        r.title = value;
        r.notes = value;
    }
    for (CareModel &m : bc.modelsOfCare)
        m = {value, value, m.scope, value};
    bc.cqc->findings = value;
    bc.cqc->source = value;
    bc.qeia.completedBy = value;
    bc.qeia.conclusion = value;
    for (ScreeningItem &s : bc.qeia.screening)
        s.question = s.notes = value;
    for (EqualityImpact &e : bc.qeia.equality)
        e.description = e.mitigation = value;
    for (Risk &r : bc.risks)
        r.description = r.mitigation = r.owner = value;
    bc.appraisal.optimismBiasRationale = value;
    for (Option &o : bc.options) {
        o.title = o.description = o.recommendation = value;
        for (Post &p : o.posts)
            p.title = value;
        for (NonPayCost &n : o.nonPay)
            n.description = value;
        for (Benefit &b : o.benefits)
            b.description = b.measure = value;
        for (Risk &r : o.risks)
            r.description = r.mitigation = r.owner = value;
    }
    bc.commercial.approach = value;
    bc.management.seniorResponsibleOwner = value;
    bc.management.governance = value;
    bc.management.benefitsReview = value;
    for (Milestone &m : bc.management.milestones)
        m = {value, value};
    bc.recommendation = value;
    return bc;
}

QString withoutAstral(const QString &value)
{
    QString out;
    for (const QChar c : value)
        if (!c.isSurrogate())
            out += c;
    return out;
}

} // namespace

TEST_CASE("The business case PDF passes qpdf --check and pdfinfo shows A4, title, author, subject, creator and "
          "PDF/A-1b, and its text reads without ligatures")
{
    const M model = test::exampleBusinessCaseModel();
    QTemporaryDir dir;
    const QString path = test::writeBusinessCase(model, dir, QStringLiteral("case"), QStringLiteral("pdf"));
    const auto qpdf = test::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    INFO(qpdf.out.toStdString() << qpdf.err.toStdString());
    CHECK(qpdf.exitCode == 0);
    const QString info = pdfInfo({path});
    CHECK(info.contains(QStringLiteral("Page size:       595 x 842 pts (A4)")));
    CHECK(info.contains(QString(QStringLiteral("Title:           ") + model.documentTitle)));
    CHECK(info.contains(QStringLiteral("Author:          Priya Mensah")));
    CHECK(info.contains(QStringLiteral("Subject:         Business case for the board")));
    CHECK(info.contains(QStringLiteral("Creator:         ahplead ")));
    CHECK(test::readFile(path).contains("/Lang (en-GB)"));
    const QString text = test::pdfText(path);
    CHECK(text.contains(QStringLiteral("Northfield and Riverside NHS Foundation Trust")));
    CHECK_FALSE(test::hasLigatures(text));
    CHECK(pageCount(info) >= 12);
    const QString meta = pdfInfo({QStringLiteral("-meta"), path});
    CHECK(meta.contains(QStringLiteral("pdfaid:part=\"1\"")));
    CHECK(meta.contains(QStringLiteral("pdfaid:conformance=\"B\"")));
    CHECK(meta.contains(QStringLiteral("<dc:description>")));
}

TEST_CASE("Every item of handbook section 3.1 is in the text of the business case PDF and HTML")
{
    const M model = test::exampleBusinessCaseModel();
    QTemporaryDir dir;
    const QString pdf = lowerSqueezed(
        test::pdfText(test::writeBusinessCase(model, dir, QStringLiteral("case"), QStringLiteral("pdf")), true));
    const QString html = HtmlWriter::render(model).toLower();
    for (const QString &item : test::handbookItems()) {
        INFO(item.toStdString());
        CHECK(pdf.contains(lowerSqueezed(item)));
        CHECK(html.contains(item.toLower().replace(QLatin1Char('\''), QStringLiteral("&#39;"))));
    }
}

TEST_CASE("The business case PDF shows the worked example's key figures in whole pounds")
{
    const M model = test::exampleBusinessCaseModel();
    QTemporaryDir dir;
    const QString text = test::squeezed(
        test::pdfText(test::writeBusinessCase(model, dir, QStringLiteral("case"), QStringLiteral("pdf"))));
    // docs/business-case.md section 8: preferred annual cost £183,156.58, present value
    // £861,905.19, risk-adjusted £948,095.70, net present cost £397,133.82, NPSV £171,314.26;
    // do nothing £75,044.08 a year; the preferred option £108,112.49 a year more.
    for (const char *figure : {"£183,157", "£861,905", "£948,096", "£397,134", "£171,314", "£75,044", "£108,112",
                               "(£350,687)", "£101,093"}) {
        INFO(figure);
        CHECK(text.contains(QString::fromUtf8(figure)));
    }
    CHECK(text.contains(test::squeezed(QStringLiteral("Pay scales 2025/26, effective 1 April 2025"))));
    CHECK_FALSE(test::pdfText(dir.filePath(QStringLiteral("case.pdf")))
                    .contains(QRegularExpression(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                                 QRegularExpression::CaseInsensitiveOption)));
}

TEST_CASE("Every page of the business case PDF has the footer Page N of M and every page after the cover the header")
{
    const M model = test::exampleBusinessCaseModel();
    QTemporaryDir dir;
    const QString path = test::writeBusinessCase(model, dir, QStringLiteral("case"), QStringLiteral("pdf"));
    const int pages = pageCount(pdfInfo({path}));
    REQUIRE(pages > 2);
    // The header band only (the top 60 points). Its left half is not compared: where a table
    // row runs over a page break, Qt draws the whole cell again, clipped to the page body, and
    // pdftotext reads the clipped words into the header's line (nothing shows on the page).
    const auto header =
        test::run(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-x"), QStringLiteral("0"),
                   QStringLiteral("-y"), QStringLiteral("0"), QStringLiteral("-W"), QStringLiteral("595"),
                   QStringLiteral("-H"), QStringLiteral("60"), path, QStringLiteral("-")});
    REQUIRE(header.exitCode == 0);
    const QStringList headers = header.out.split(QChar(0x0C));
    const QStringList perPage = test::pdfText(path).split(QChar(0x0C)); // a form feed ends each page
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        CHECK(perPage.value(page - 1).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        const QString top = test::squeezed(headers.value(page - 1));
        CHECK(top.contains(test::squeezed(QStringLiteral("Business case: draft, version 0.4, 20 November 2026"))) ==
              (page > 1));
    }
}

TEST_CASE("No page of the business case PDF is blank: every page body has ink on it")
{
    const M model = test::exampleBusinessCaseModel();
    QTemporaryDir dir;
    const QString path = test::writeBusinessCase(model, dir, QStringLiteral("case"), QStringLiteral("pdf"));
    const int pages = pageCount(pdfInfo({path}));
    const auto rendered =
        test::run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("20"), path,
                                               dir.filePath(QStringLiteral("p"))});
    REQUIRE(rendered.exitCode == 0);
    for (int n = 1; n <= pages; ++n) {
        INFO("page " << n);
        const QImage page(dir.filePath(QStringLiteral("p-%1.png").arg(n, 2, 10, QLatin1Char('0'))));
        REQUIRE_FALSE(page.isNull());
        // The body only: below the header band and above the footer band (60 pt of 842 each).
        const int top = page.height() * 60 / 842;
        const int bottom = page.height() - top;
        int ink = 0;
        for (int y = top; y < bottom; ++y)
            for (int x = 0; x < page.width(); ++x)
                ink += qGray(page.pixel(x, y)) < 200 ? 1 : 0;
        CHECK(ink > 20);
    }
}

TEST_CASE("The business case HTML is well-formed, accessible, self-contained and has no http(s) URL")
{
    QTemporaryDir dir;
    const QString path =
        test::writeBusinessCase(test::exampleBusinessCaseModel(), dir, QStringLiteral("case"), QStringLiteral("html"));
    const auto check = test::runPython(QStringLiteral("check_html.py"), {path});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
    const QString html = QString::fromUtf8(test::readFile(path));
    CHECK(html.contains(QStringLiteral("<h2 id=\"economic\">3. Economic case</h2>")));
    // Ratings are words in a tinted cell, never colour alone.
    CHECK(html.contains(QStringLiteral("<td class=\"rag rag-red\">Red<span class=\"detail\">17.4% worse than the "
                                       "benchmark (tolerance 10.0%)</span></td>")));
    CHECK(html.contains(QStringLiteral("<td class=\"num\">£183,157</td>")));
}

TEST_CASE("Hostile text in every field of a business case injects nothing into the HTML and comes out whole")
{
    const QStringList hostile{
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("\"><img src=x onerror=alert(1)>"),
        QStringLiteral("&amp;"),
        QString::fromUtf8("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd"),
        QString::fromUtf8("Emoji \xF0\x9F\x98\x80 \xE2\x9A\x95 \xE2\x99\xA5 done"),
        QStringLiteral("%1 %2 %n"),
        longNote(),
    };
    QTemporaryDir dir;
    const QString plainPath = dir.filePath(QStringLiteral("plain.html"));
    REQUIRE(HtmlWriter::write(test::businessCaseModel(caseWith(QStringLiteral("Plain text"))), plainPath).ok());
    for (int i = 0; i < hostile.size(); ++i) {
        const QString &value = hostile[i];
        INFO("value " << i << ": " << value.left(40).toStdString());
        const M model = test::businessCaseModel(caseWith(value));
        const QString htmlPath = dir.filePath(QStringLiteral("hostile-%1.html").arg(i));
        REQUIRE(HtmlWriter::write(model, htmlPath).ok());
        const QString stringsPath = dir.filePath(QStringLiteral("strings-%1.json").arg(i));
        test::writeFile(stringsPath, QJsonDocument(QJsonArray{value}).toJson());
        const auto check = test::runPython(QStringLiteral("check_hostile_html.py"), {htmlPath, plainPath, stringsPath});
        INFO(check.out.toStdString() << check.err.toStdString());
        CHECK(check.exitCode == 0);
        // Placeholders in a person's text are never filled in.
        CHECK(model.plainText().contains(QStringLiteral("%1 %2 %n")) == (value == QStringLiteral("%1 %2 %n")));

        // The PDF of 5,000 characters in every field runs to hundreds of pages; the next test
        // puts the long note through the PDF where long text belongs.
        if (value.size() > 100)
            continue;
        const QString pdfPath =
            test::writeBusinessCase(model, dir, QStringLiteral("hostile-%1").arg(i), QStringLiteral("pdf"));
        CHECK(test::squeezed(test::pdfText(pdfPath, true)).contains(test::squeezed(withoutAstral(value))));
        CHECK(test::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdfPath}).exitCode == 0);
    }
}

TEST_CASE("A 5,000-character note in the strategic context comes out whole in the PDF, over a page break")
{
    BusinessCase bc = test::exampleBusinessCase();
    const QString note = longNote();
    bc.strategicContext.qualityAndSafety = note;
    bc.strategicContext.widerTrustRole = note;
    const M model = test::businessCaseModel(bc);
    QTemporaryDir dir;
    const QString path = test::writeBusinessCase(model, dir, QStringLiteral("long"), QStringLiteral("pdf"));
    CHECK(test::squeezed(test::pdfText(path, true)).count(test::squeezed(note)) == 2);
    CHECK(test::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).exitCode == 0);
}

TEST_CASE("The business case ODT opens: a zip with the mimetype first and content.xml holding the case")
{
    const M model = test::exampleBusinessCaseModel();
    QTemporaryDir dir;
    const QString path = test::writeBusinessCase(model, dir, QStringLiteral("case"), QStringLiteral("odt"));
    const auto list = test::run(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("content.xml")));
    CHECK(list.out.contains(QStringLiteral("META-INF/manifest.xml")));
    CHECK(test::readFile(path).mid(30, 8) == "mimetype");
    const auto content =
        test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    REQUIRE(content.exitCode == 0);
    CHECK(content.out.contains(QStringLiteral("Northfield and Riverside NHS Foundation Trust")));
    CHECK(content.out.contains(QStringLiteral("5. Financial case")));
    CHECK(content.out.contains(QStringLiteral("£183,157")));
}

TEST_CASE("The business case as a Word document opens in python-docx with every heading, every table cell, the "
          "page number field and its properties")
{
    const M model = test::exampleBusinessCaseModel();
    QTemporaryDir dir;
    const QString path = test::writeBusinessCase(model, dir, QStringLiteral("case"), QStringLiteral("docx"));
    const auto check = test::checkDocx(model, path, {QStringLiteral("£183,157")});
    if (check.exitCode == 77)
        AHPLEAD_SKIP(check.out.trimmed().toStdString());
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("A business case is written whole or not at all, and a failed write names the file")
{
    const M model = test::exampleBusinessCaseModel();
    for (ReportFormat format : {ReportFormat::Html, ReportFormat::Pdf, ReportFormat::Odt, ReportFormat::Docx}) {
        const Status written = ReportWriter::write(model, format, QStringLiteral("/nonexistent-dir/case.out"));
        REQUIRE_FALSE(written.ok());
        CHECK(written.message().contains(QStringLiteral("/nonexistent-dir/case.out")));
    }
    const Status csv = ReportWriter::write(model, ReportFormat::Csv, QStringLiteral("case.csv"));
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.message().contains(QStringLiteral("not as CSV")));
}
