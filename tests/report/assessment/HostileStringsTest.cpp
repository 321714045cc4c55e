#include "report/ReportTestSupport.h"
#include "report/assessment/AssessmentReport.h"
#include "report/document/HtmlWriter.h"
#include "report/document/ReportWriter.h"

#include "core/assessment/Scorer.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace ahplead;

namespace {

QString longNote()
{
    QString note = QStringLiteral("Long note:");
    for (int i = 0; note.size() < 5000; ++i)
        note += QStringLiteral(" word%1").arg(i, 4, 10, QLatin1Char('0'));
    return note.left(5000);
}

// The board example with VALUE in every text field a user fills in.
ReportModel modelWith(const QString &value)
{
    auto r = test::exampleReport(QStringLiteral("board"));
    Assessment &a = r.assessment;
    a.title = value;
    a.organisation.name = value;
    a.organisation.odsCode = value;
    a.organisation.ics = value;
    a.organisation.region = value;
    a.assessor.name = value;
    a.assessor.role = value;
    for (Answer &answer : a.answers)
        answer.evidence = value;
    for (QString *field :
         {&a.cover.meeting, &a.cover.agendaItem, &a.cover.reportOf, &a.cover.preparedBy, &a.cover.recommendation,
          &a.cover.assuranceFramework, &a.cover.riskRegister, &a.cover.qualityEquality, &a.cover.previouslyConsidered})
        *field = value;
    return ReportModel::build(*r.framework, a, Scorer::score(*r.framework, a));
}

// VALUE without characters beyond U+FFFF. Qt 6.4's PDF engine draws them (the emoji is on
// the page) but builds its ToUnicode map by scanning code points below U+10000 only
// (QFontSubset::getReverseMap), so text extraction cannot return them. docs/reports.md
// records this; the HTML, ODT and CSV carry them intact, and so does the PDF's picture.
QString withoutAstral(const QString &value)
{
    QString out;
    for (const QChar c : value)
        if (!c.isSurrogate())
            out += c;
    return out;
}

} // namespace

TEST_CASE("Hostile text in every field injects nothing into the HTML and comes out whole in the HTML and the PDF")
{
    const QStringList hostile{
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("\"><img src=x onerror=alert(1)>"),
        QStringLiteral("&amp;"),
        QString::fromUtf8("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd"), // Hebrew, right to left
        // Emoji the bundled font (DejaVu Sans) has glyphs for: one outside the Basic
        // Multilingual Plane (U+1F600) and two inside it.
        QString::fromUtf8("Emoji \xF0\x9F\x98\x80 \xE2\x9A\x95 \xE2\x99\xA5 done"),
        QStringLiteral("%1 %2 %n"), // QString::arg placeholders must not be filled from user text
        // Rich text and word processor markup, quotes, and a word too long for any cell.
        QString(QStringLiteral("{\\rtf1\\b bold} 'single' \"double\" & ") + QString(90, QLatin1Char('w'))),
        longNote(),
    };
    QTemporaryDir dir;
    const QString plainPath = dir.filePath(QStringLiteral("plain.html"));
    REQUIRE(HtmlWriter::write(AssessmentReport::build(modelWith(QStringLiteral("Plain text"))), plainPath).ok());

    for (int i = 0; i < hostile.size(); ++i) {
        const QString &value = hostile[i];
        INFO("value " << i << ": " << value.left(40).toStdString());
        const ReportModel model = modelWith(value);

        const QString htmlPath = dir.filePath(QStringLiteral("hostile-%1.html").arg(i));
        REQUIRE(HtmlWriter::write(AssessmentReport::build(model), htmlPath).ok());
        const QString stringsPath = dir.filePath(QStringLiteral("strings-%1.json").arg(i));
        test::writeFile(stringsPath, QJsonDocument(QJsonArray{value}).toJson());
        const auto check = test::runPython(QStringLiteral("check_hostile_html.py"), {htmlPath, plainPath, stringsPath});
        INFO(check.out.toStdString() << check.err.toStdString());
        CHECK(check.exitCode == 0);

        const QString pdfPath = dir.filePath(QStringLiteral("hostile-%1.pdf").arg(i));
        const Status written = ReportWriter::write(AssessmentReport::build(model), ReportFormat::Pdf, pdfPath);
        INFO((written ? QString() : written.message()).toStdString());
        REQUIRE(written.ok());
        const QString text = test::squeezed(test::pdfText(pdfPath, true));
        CHECK(text.contains(test::squeezed(withoutAstral(value))));
        const auto qpdf = test::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdfPath});
        CHECK(qpdf.exitCode == 0);
    }
}
