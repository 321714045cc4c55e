// `ahplead-screenshots DIR` (tools/screenshots) renders what people see to PNG files.
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QTemporaryDir>

using namespace ahplead::test;

TEST_CASE("The screenshot tool renders the start page, a section and the results to PNG files", "[gui][screenshot]")
{
    QTemporaryDir dir;
    const ProcessResult result = run(QStringLiteral(AHPLEAD_SCREENSHOTS_PATH), {dir.path()}, {});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    for (const QString &name :
         {QStringLiteral("start.png"), QStringLiteral("domain.png"), QStringLiteral("results.png"),
          QStringLiteral("new-assessment.png"), QStringLiteral("results-full.png")}) {
        INFO(name.toStdString());
        const QImage image(dir.filePath(name));
        REQUIRE_FALSE(image.isNull());
        REQUIRE(image.width() >= 400);
        REQUIRE(result.out.contains(name));
    }
    REQUIRE(QImage(dir.filePath(QStringLiteral("start.png"))).size() == QSize(1200, 820));
}

TEST_CASE("The screenshot size can be chosen, and a bad size is refused", "[gui][screenshot]")
{
    QTemporaryDir dir;
    ProcessResult result = run(QStringLiteral(AHPLEAD_SCREENSHOTS_PATH),
                               {dir.path(), QStringLiteral("--size"), QStringLiteral("960x540")});
    REQUIRE(result.exitCode == 0);
    REQUIRE(QImage(dir.filePath(QStringLiteral("domain.png"))).size() == QSize(960, 540));
    result =
        run(QStringLiteral(AHPLEAD_SCREENSHOTS_PATH), {dir.path(), QStringLiteral("--size"), QStringLiteral("big")});
    REQUIRE(result.exitCode == 2);
    REQUIRE(result.err.contains(QStringLiteral("WIDTHxHEIGHT")));
}
