// The programs of the .deb, unpacked into a temporary root and run from an unrelated folder
// (issue 8): they find the packaged data beside them, never the current folder or the source
// tree of the machine that built them.
#include "package/PackageFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace ahplead::test;

namespace {

constexpr bool hasGui = AHPLEAD_PACKAGE_HAS_GUI;

} // namespace

TEST_CASE("The packaged ahplead-cli lists the packaged frameworks from an unrelated folder", "[package]")
{
    const UnpackedPackage package;
    const ProcessResult result = package.run(QStringLiteral("ahplead-cli"), {QStringLiteral("frameworks")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    for (const char *id : {"board", "individual", "system"})
        REQUIRE(result.out.contains(QStringLiteral("\n%1 ").arg(QLatin1String(id))));
    const ProcessResult version = package.run(QStringLiteral("ahplead-cli"), {QStringLiteral("--version")});
    REQUIRE(version.out.trimmed() == QStringLiteral("ahplead-cli ") + QStringLiteral(AHPLEAD_PROJECT_VERSION));
}

TEST_CASE("The packaged ahplead-cli scores the packaged board example and writes its report as PDF", "[package]")
{
    const UnpackedPackage package;
    const ProcessResult example =
        package.run(QStringLiteral("ahplead-cli"), {QStringLiteral("example"), QStringLiteral("board")});
    INFO(example.err.toStdString());
    REQUIRE(example.exitCode == 0);
    // It is the packaged copy of the example, byte for byte.
    REQUIRE(example.out.toUtf8() ==
            readFile(package.path(QStringLiteral("/usr/share/ahplead/examples/board-example.json"))));
    writeFile(package.workFile(QStringLiteral("board.json")), example.out.toUtf8());

    // Relative file names are the working folder's, as a person would type them.
    const ProcessResult score =
        package.run(QStringLiteral("ahplead-cli"), {QStringLiteral("score"), QStringLiteral("board.json")});
    INFO(score.err.toStdString());
    REQUIRE(score.exitCode == 0);
    REQUIRE(score.out.contains(QStringLiteral("Overall: ")));
    REQUIRE(score.out.contains(QStringLiteral("Northfield and Riverside NHS Foundation Trust")));

    const ProcessResult report =
        package.run(QStringLiteral("ahplead-cli"), {QStringLiteral("report"), QStringLiteral("board.json"),
                                                    QStringLiteral("-o"), QStringLiteral("board.pdf")});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    const QString pdf = package.workFile(QStringLiteral("board.pdf"));
    const ProcessResult info = run(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.exitCode == 0);
    REQUIRE(info.out.contains(QStringLiteral("PDF version")));
    const ProcessResult text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    // ("Northfield" comes out with the fi ligature, so look for the rest of the name.)
    REQUIRE(text.out.contains(QStringLiteral("Riverside NHS Foundation Trust")));
    // The appendix names the sources from the packaged sources.json, with their dates.
    REQUIRE(text.out.contains(QStringLiteral("June 2022")));
}

TEST_CASE("The packaged programs read the data in the package, never the build machine's source tree", "[package]")
{
    const UnpackedPackage package;
    const QString board = package.path(QStringLiteral("/usr/share/ahplead/frameworks/board-1.0.0.json"));
    QByteArray json = readFile(board);
    const QByteArray title("Chief AHP leadership: trust board self-assessment");
    REQUIRE(json.contains(title));
    json.replace(title, QByteArray("Packaged copy of the board framework"));
    QFile::remove(board);
    writeFile(board, json);
    ProcessResult result = package.run(QStringLiteral("ahplead-cli"), {QStringLiteral("frameworks")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE(result.out.contains(QStringLiteral("Packaged copy of the board framework")));

    // With the packaged frameworks gone, the program says where they should be, and does not
    // quietly use the source tree that is still on this machine.
    REQUIRE(QDir(package.path(QStringLiteral("/usr/share/ahplead/frameworks"))).removeRecursively());
    REQUIRE(QFileInfo::exists(sourceDir() + QStringLiteral("/data/frameworks/board-1.0.0.json")));
    result = package.run(QStringLiteral("ahplead-cli"), {QStringLiteral("frameworks")});
    INFO(result.out.toStdString() + result.err.toStdString());
    REQUIRE(result.exitCode != 0);
    REQUIRE(result.err.contains(QStringLiteral("/usr/share/ahplead/frameworks")));
    REQUIRE_FALSE(result.err.contains(sourceDir()));
    REQUIRE_FALSE(result.out.contains(QStringLiteral("board ")));
}

TEST_CASE("The packaged desktop app starts with a new store and shows its window, and carries no developer tools",
          "[package][gui]")
{
    if (!hasGui)
        AHPLEAD_SKIP("this build has no desktop app to package");
    const UnpackedPackage package;
    const ProcessResult version = package.run(QStringLiteral("ahplead"), {QStringLiteral("--version")});
    REQUIRE(version.exitCode == 0);
    REQUIRE(version.out.contains(QStringLiteral(AHPLEAD_PROJECT_VERSION)));

    const QString store = package.workFile(QStringLiteral("store.sqlite"));
    const ProcessResult shown =
        package.run(QStringLiteral("ahplead"),
                    {QStringLiteral("--store"), store, QStringLiteral("--settings"),
                     package.workFile(QStringLiteral("settings.ini")), QStringLiteral("--quit-after-show")});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    REQUIRE(QFileInfo(store).size() > 0);

    // The screenshot maker is a developer tool (tools/screenshots), not part of the app.
    const ProcessResult help = package.run(QStringLiteral("ahplead"), {QStringLiteral("--help")});
    REQUIRE_FALSE(help.out.contains(QStringLiteral("screenshot")));
}
