// Issue 6: the business case document written from the app uses the peer benchmark the trust imported.
#include "gui/GuiFixture.h"
#include "gui/businesscase/CaseTestSupport.h"

#include "core/region/PeerBenchmark.h"

#include <catch2/catch.hpp>

#include <QAction>

using namespace ahplead;
using namespace ahplead::test;

namespace {

// A benchmark of the board framework with quartiles for acute trusts' sickness absence and
// emergency admissions (the example case gives the second no benchmark of its own).
QByteArray acuteBenchmark()
{
    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    PeerBenchmark b;
    b.frameworkId = fw.id;
    b.frameworkVersion = fw.version;
    b.createdAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    BenchmarkGroup acute;
    acute.organisationType = QStringLiteral("acute");
    acute.organisations = 7;
    acute.overall = PeerBenchmark::quartiles(QStringLiteral("overall"), QStringLiteral("Overall"), {});
    acute.metrics = {
        {QStringLiteral("admissions"), QStringLiteral("Admissions"), MetricUnit::Count, 7, false, 2000, 2500, 3000},
        {QStringLiteral("sickness_absence"), QStringLiteral("Sickness"), MetricUnit::Percent, 7, false, 4, 5, 6}};
    b.groups = {acute};
    return b.write();
}

} // namespace

TEST_CASE("The business case written from the app shows its position in the peer benchmark the trust imported",
          "[gui][business][export]")
{
    GuiFixture f;
    f.importExample(); // the board assessment the case links to, whose framework the benchmark is for
    const QString benchmark = f.path(QStringLiteral("benchmark.json"));
    writeFile(benchmark, acuteBenchmark());
    f.prompter().files.push_back(benchmark);
    f.window().action(QStringLiteral("importBenchmarkAction"))->trigger();
    settle();
    REQUIRE(f.prompter().count(QStringLiteral("warn")) == 0);

    cases(f);
    REQUIRE(cases(f).openExample());
    const QString html = f.path(QStringLiteral("case.html"));
    REQUIRE(cases(f).writeDocument(ReportFormat::Html, html).isEmpty());
    const QString text = QString::fromUtf8(readFile(html));
    CHECK(text.contains(QStringLiteral("Position among the region&#39;s peers")));
    CHECK(text.contains(QStringLiteral("Regional peer median (7 organisations)")));
    CHECK(text.contains(QStringLiteral("In the middle half of peers: better than the median.")));
}
