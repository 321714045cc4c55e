#include "report/region/RegionFixture.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "report/ReportTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace ahplead;
using namespace ahplead::test;

namespace {

QString boardExample()
{
    return dataDir() + QStringLiteral("/examples/board-example.json");
}

QJsonObject checkCsv(const QString &path, int rows)
{
    const ProcessResult r =
        runPython(QStringLiteral("region/check_region_csv.py"), {path, QString::number(rows), QStringLiteral("7")});
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

ProcessResult summary(const QString &store, const QStringList &args)
{
    return runCli(QStringList{QStringLiteral("region"), QStringLiteral("summary")} + args, store);
}

} // namespace

TEST_CASE("Submit, import, review and summarise: the regional round trip works through the CLI")
{
    QTemporaryDir dir;
    const QString outbox = dir.filePath(QStringLiteral("outbox"));
    QDir().mkpath(outbox);

    // Trust one submits twice (a revision in between); trust two, a community trust in
    // another ICS, submits once.
    const QString trust = dir.filePath(QStringLiteral("trust.sqlite"));
    REQUIRE(runCli({QStringLiteral("import"), boardExample()}, trust).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("submit"), QStringLiteral("1"), QStringLiteral("-o"),
                    outbox + QStringLiteral("/a1.ahplead")},
                   trust)
                .exitCode == 0);
    REQUIRE(runCli({QStringLiteral("answer"), QStringLiteral("1"), QStringLiteral("board.structure.full_time"),
                    QStringLiteral("in_place")},
                   trust)
                .exitCode == 0);
    REQUIRE(runCli({QStringLiteral("submit"), QStringLiteral("2"), QStringLiteral("-o"),
                    outbox + QStringLiteral("/a2.ahplead")},
                   trust)
                .exitCode == 0);

    auto other = AssessmentReader::read(boardExample(), frameworks());
    REQUIRE(other.ok());
    other->organisation.name = QStringLiteral("Castleton Community Health NHS Trust");
    other->organisation.odsCode = QStringLiteral("RY9");
    other->organisation.type = QStringLiteral("community");
    other->organisation.ics = QStringLiteral("West Yorkshire ICS");
    const QString otherFile = dir.filePath(QStringLiteral("castleton.json"));
    writeFile(otherFile, AssessmentWriter::toBytes(other.value(),
                                                   *frameworks().find(other->frameworkId, other->frameworkVersion)));
    const QString trust2 = dir.filePath(QStringLiteral("trust2.sqlite"));
    REQUIRE(runCli({QStringLiteral("import"), otherFile}, trust2).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("submit"), QStringLiteral("1"), QStringLiteral("-o"),
                    outbox + QStringLiteral("/b1.ahplead")},
                   trust2)
                .exitCode == 0);

    const QString region = dir.filePath(QStringLiteral("region.sqlite"));
    REQUIRE(runCli({QStringLiteral("import"), outbox}, region).exitCode == 0);
    const auto reviewed =
        runCli({QStringLiteral("review"), QStringLiteral("2"), QStringLiteral("--status"), QStringLiteral("accepted")},
               region);
    INFO(reviewed.err.toStdString());
    REQUIRE(reviewed.exitCode == 0);

    const QString csv = dir.filePath(QStringLiteral("region.csv"));
    const auto wrote = summary(region, {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv});
    INFO(wrote.err.toStdString());
    REQUIRE(wrote.exitCode == 0);
    CHECK(wrote.out ==
          QStringLiteral("Wrote the regional summary (Spreadsheet (CSV)) of 2 trusts and 3 submissions to %1\n")
              .arg(csv));
    const QJsonObject counts = checkCsv(csv, 2);
    CHECK(counts.value(QStringLiteral("review")).toObject().value(QStringLiteral("Accepted")).toInt() == 1);
    const QString text = QString::fromUtf8(readFile(csv));
    CHECK(text.contains(
        QStringLiteral("Castleton Community Health NHS Trust,RY9,West Yorkshire ICS,Community trust,1,")));
    CHECK(text.contains(QStringLiteral("Northfield and Riverside NHS Foundation Trust")));

    const QString html = dir.filePath(QStringLiteral("region.html"));
    REQUIRE(summary(region, {QStringLiteral("-o"), html}).exitCode == 0);
    const ProcessResult checked = runPython(QStringLiteral("check_html.py"), {html});
    INFO(checked.out.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(QString::fromUtf8(readFile(html)).contains(QStringLiteral("Revision 2")));

    const QString pdf = dir.filePath(QStringLiteral("region.pdf"));
    REQUIRE(summary(region, {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf}).exitCode ==
            0);
    CHECK(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode == 0);
    const QString words = squeezed(pdfText(pdf));
    CHECK(words.contains(squeezed(QStringLiteral("Castleton Community Health NHS Trust"))));
    CHECK(words.contains(squeezed(QStringLiteral("Northfield and Riverside NHS Foundation Trust"))));
}

TEST_CASE("With no received submissions the summary says so, exits 1 and writes nothing")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("empty.sqlite"));
    const QString out = dir.filePath(QStringLiteral("region.pdf"));
    const auto r = summary(store, {QStringLiteral("-o"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("there are no received submissions of %1 to summarise")
                             .arg(test::frameworks().latest(QStringLiteral("board"))->key())));
    CHECK(r.err.contains(QStringLiteral("Nothing written.")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("Filters by ICS and type through the CLI change the row count, and unknown ones are refused")
{
    const auto region = makeRegion(12);
    const QString ics = icsNames()[2];
    const QString byIcs = region->path(QStringLiteral("ics.csv"));
    // An ICS is matched whatever its case.
    REQUIRE(
        summary(region->storePath, {QStringLiteral("--ics"), ics.toLower(), QStringLiteral("-o"), byIcs}).exitCode ==
        0);
    checkCsv(byIcs, region->perIcs.value(ics));

    const QString byType = region->path(QStringLiteral("type.csv"));
    REQUIRE(summary(region->storePath,
                    {QStringLiteral("--type"), QStringLiteral("community"), QStringLiteral("-o"), byType})
                .exitCode == 0);
    checkCsv(byType, region->perType.value(QStringLiteral("community")));

    const QString all = region->path(QStringLiteral("all.csv"));
    REQUIRE(summary(region->storePath, {QStringLiteral("-o"), all}).exitCode == 0);
    checkCsv(all, 12);

    const QString nowhere = region->path(QStringLiteral("nowhere.csv"));
    const auto unknownIcs = summary(
        region->storePath, {QStringLiteral("--ics"), QStringLiteral("Nowhere ICS"), QStringLiteral("-o"), nowhere});
    CHECK(unknownIcs.exitCode == 1);
    CHECK(
        unknownIcs.err.contains(QStringLiteral("called \"Nowhere ICS\"; the submissions name %1").arg(icsNames()[0])));
    const auto unknownType = summary(
        region->storePath, {QStringLiteral("--type"), QStringLiteral("hospital"), QStringLiteral("-o"), nowhere});
    CHECK(unknownType.exitCode == 2);
    CHECK(unknownType.err.contains(QStringLiteral("\"hospital\" is not a type of organisation")));
    const auto noMatch = summary(
        region->storePath, {QStringLiteral("--type"), QStringLiteral("ambulance"), QStringLiteral("-o"), nowhere});
    CHECK(noMatch.exitCode == 1);
    CHECK(noMatch.err.contains(QStringLiteral("No organisation matches the filters (Ambulance trust)")));
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE("The region command refuses an unknown action, a missing output and the editable format")
{
    const auto region = makeRegion(3);
    const QString out = region->path(QStringLiteral("region.odt"));
    const auto odt = summary(region->storePath, {QStringLiteral("-o"), out});
    CHECK(odt.exitCode == 2);
    CHECK(odt.err.contains(
        QStringLiteral("\"odt\" is not a format of the regional summary; use one of html, pdf, docx, csv")));
    CHECK_FALSE(QFileInfo::exists(out));
    const auto noOutput = summary(region->storePath, {QStringLiteral("--format"), QStringLiteral("pdf")});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains(QStringLiteral("-o OUT is required")));
    const auto unknown = runCli({QStringLiteral("region"), QStringLiteral("dashboard")}, region->storePath);
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("\"dashboard\" is not an action; use one of: summary")));
    const auto help = runCli({QStringLiteral("region"), QStringLiteral("--help")}, region->storePath);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--ics <NAME>")));
    CHECK(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("  region ")));
}
