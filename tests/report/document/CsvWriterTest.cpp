#include "report/document/CsvWriter.h"
#include "report/ReportTestSupport.h"
#include "report/assessment/AssessmentReport.h"
#include "report/document/ReportWriter.h"

#include <catch2/catch.hpp>

using namespace ahplead;

TEST_CASE("CSV fields are quoted as RFC 4180 says, and only when needed")
{
    CHECK(CsvWriter::field(QStringLiteral("plain")) == QLatin1String("plain"));
    CHECK(CsvWriter::field(QStringLiteral("a, b")) == QLatin1String("\"a, b\""));
    CHECK(CsvWriter::field(QStringLiteral("say \"hi\"")) == QLatin1String("\"say \"\"hi\"\"\""));
    CHECK(CsvWriter::field(QStringLiteral("two\nlines")) == QLatin1String("\"two\nlines\""));
    CHECK(CsvWriter::field(QStringLiteral("cr\rhere")) == QLatin1String("\"cr\rhere\""));
    CHECK(CsvWriter::field(QString()) == QString());
}

TEST_CASE("A CSV field that a spreadsheet would run as a formula is made text")
{
    CHECK(CsvWriter::field(QStringLiteral("=HYPERLINK(\"x\")")) == QLatin1String("\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK(CsvWriter::field(QStringLiteral("@SUM(A1)")) == QLatin1String("'@SUM(A1)"));
    CHECK(CsvWriter::field(QStringLiteral("-5")) == QLatin1String("-5")); // a number stays a number
}

TEST_CASE("The CSV of each example parses with Python's csv module with one row per question")
{
    for (const QString &kind : test::exampleKinds()) {
        const auto r = test::exampleReport(kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(kind + QStringLiteral(".csv"));
        REQUIRE(ReportWriter::write(AssessmentReport::build(r.model), ReportFormat::Csv, path).ok());
        const auto check =
            test::runPython(QStringLiteral("check_csv.py"), {path, QString::number(r.framework->questionCount())});
        INFO(kind.toStdString() << ": " << check.out.toStdString() << check.err.toStdString());
        CHECK(check.exitCode == 0);
    }
}

TEST_CASE("A CSV row carries the domain, answer, evidence note, review flag and recommendation statuses")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    const QString csv =
        QString::fromUtf8(CsvWriter::render(AssessmentReport::build(r.model))).mid(1); // without the BOM
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    CHECK(
        lines.value(1) ==
        QLatin1String("Northfield and Riverside NHS Foundation Trust,ZZ1,14 October 2026,Leadership structure,"
                      "board.structure.post_exists,1.1,Our trust has one named chief AHP (whatever the local job "
                      "title) who gives professional leadership to all allied health professionals (AHPs) across the "
                      "trust.,In place,Head of AHPs / chief AHP role held by Priya Mensah (occupational therapist) "
                      "since 2023; named on the senior leadership list.,No,Appoint a substantive chief AHP: Partially "
                      "met"));
}
