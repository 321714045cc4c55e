#include "report/ReportTestSupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace ahplead;
using test::runCli;

TEST_CASE("ahplead-cli report writes every format from an assessment file")
{
    QTemporaryDir dir;
    for (const char *format : {"html", "pdf", "odt", "csv"}) {
        const QString out = dir.filePath(QStringLiteral("board.%1").arg(QLatin1String(format)));
        const auto r = runCli({QStringLiteral("report"), test::examplePath(QStringLiteral("board")),
                               QStringLiteral("--format"), QLatin1String(format), QStringLiteral("-o"), out});
        INFO(format << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Wrote ")));
        CHECK(QFileInfo(out).size() > 1000);
    }
    CHECK(test::readFile(dir.filePath(QStringLiteral("board.pdf"))).startsWith("%PDF-1.4"));
    CHECK(test::readFile(dir.filePath(QStringLiteral("board.csv")))
              .startsWith("\xEF\xBB\xBF"
                          "Organisation,"));
}

TEST_CASE("ahplead-cli report takes the format from the output file's extension when --format is left out")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("system.html"));
    const auto r =
        runCli({QStringLiteral("report"), test::examplePath(QStringLiteral("system")), QStringLiteral("-o"), out});
    CHECK(r.exitCode == 0);
    CHECK(test::readFile(out).startsWith("<!DOCTYPE html>"));
}

TEST_CASE("ahplead-cli report reads a stored assessment by its id")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(runCli({QStringLiteral("import"), test::examplePath(QStringLiteral("individual"))}, store).exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("stored.pdf"));
    const auto r = runCli({QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--format"),
                           QStringLiteral("pdf"), QStringLiteral("-o"), out},
                          store);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(test::pdfText(out).contains(QStringLiteral("Priya Okafor")));
}

TEST_CASE("ahplead-cli logo gives a stored organisation's papers its logo, refuses a file that is not a picture and "
          "takes it away again")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(runCli({QStringLiteral("import"), test::examplePath(QStringLiteral("board"))}, store).exitCode == 0);
    const QString svg = dir.filePath(QStringLiteral("trust.svg"));
    test::writeFile(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 10\"><rect width=\"40\" "
                         "height=\"10\" fill=\"#005eb8\"/><text x=\"2\" y=\"8\">NHS</text></svg>");
    const QString html = dir.filePath(QStringLiteral("paper.html"));
    const auto report = [&] {
        REQUIRE(runCli({QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("-o"), html}, store).exitCode ==
                0);
        return test::readFile(html);
    };

    const auto chosen = runCli({QStringLiteral("logo"), QStringLiteral("1"), svg}, store);
    INFO(chosen.err.toStdString());
    REQUIRE(chosen.exitCode == 0);
    CHECK(chosen.out.contains(QStringLiteral("Northfield and Riverside NHS Foundation Trust")));
    CHECK(report().contains("<img class=\"logo\" src=\"data:image/png;base64,"));

    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    test::writeFile(notes, "not a picture");
    const auto refused = runCli({QStringLiteral("logo"), QStringLiteral("1"), notes}, store);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.startsWith(QStringLiteral("The logo was not changed")));
    CHECK(refused.err.contains(notes));
    CHECK(report().contains("class=\"logo\"")); // the logo chosen before is kept

    CHECK(runCli({QStringLiteral("logo"), QStringLiteral("1")}, store).exitCode == 2); // neither FILE nor --remove
    REQUIRE(runCli({QStringLiteral("logo"), QStringLiteral("1"), QStringLiteral("--remove")}, store).exitCode == 0);
    CHECK_FALSE(report().contains("class=\"logo\""));
}

TEST_CASE("ahplead-cli report refuses an unknown format, a missing -o and a missing file with clear messages")
{
    QTemporaryDir dir;
    const QString example = test::examplePath(QStringLiteral("board"));
    auto r = runCli({QStringLiteral("report"), example, QStringLiteral("--format"), QStringLiteral("xlsx"),
                     QStringLiteral("-o"), dir.filePath(QStringLiteral("x.xlsx"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("\"xlsx\" is not a report format; use one of html, pdf, odt, docx, csv")));

    r = runCli({QStringLiteral("report"), example});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("-o OUT is required")));

    r = runCli({QStringLiteral("report"), dir.filePath(QStringLiteral("missing.json")), QStringLiteral("-o"),
                dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("missing.json")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));

    r = runCli(
        {QStringLiteral("report"), QStringLiteral("42"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf"))},
        dir.filePath(QStringLiteral("empty.sqlite")));
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
}

TEST_CASE("ahplead-cli lists the report command in its help")
{
    const auto r = runCli({QStringLiteral("--help")});
    CHECK(r.out.contains(QStringLiteral("  report ")));
}
