#include "report/document/HtmlWriter.h"
#include "report/ReportTestSupport.h"
#include "report/assessment/AssessmentReport.h"

#include "report/document/Html.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

using namespace ahplead;

TEST_CASE("Html::escape makes markup characters inert and keeps the text well-formed XML")
{
    CHECK(Html::escape(QStringLiteral("<script>alert(1)</script>")) ==
          QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(Html::escape(QStringLiteral("\"><img src=x onerror=alert(1)>")) ==
          QLatin1String("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    CHECK(Html::escape(QStringLiteral("&amp; 'x'")) == QLatin1String("&amp;amp; &#39;x&#39;"));
    // Characters XML forbids become U+FFFD; emoji (surrogate pairs) and tabs pass through.
    CHECK(Html::escape(QString(QChar(0x01)) + QStringLiteral("a\tb")) ==
          QString(QChar(0xFFFD)) + QStringLiteral("a\tb"));
    CHECK(Html::escape(QString::fromUtf8("\xF0\x9F\x98\x80")) == QString::fromUtf8("\xF0\x9F\x98\x80"));
    CHECK(Html::escape(QString(QChar(0xD800))) == QString(QChar(0xFFFD)));
}

TEST_CASE("The HTML report of each example is well-formed, accessible, self-contained and has no http(s) URL")
{
    for (const QString &kind : test::exampleKinds()) {
        const auto r = test::exampleReport(kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(kind + QStringLiteral(".html"));
        REQUIRE(HtmlWriter::write(AssessmentReport::build(r.model), path).ok());
        const auto check = test::runPython(QStringLiteral("check_html.py"), {path});
        INFO(kind.toStdString() << ": " << check.out.toStdString() << check.err.toStdString());
        CHECK(check.exitCode == 0);
    }
}

TEST_CASE("The HTML report holds every section a board paper needs")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    const QString html = HtmlWriter::render(AssessmentReport::build(r.model));
    for (const char *heading :
         {"1. Executive summary", "2. Domain scores", "3. Recommendations", "4. Action plan",
          "Appendix A: answers and evidence", "Appendix B: sources cited", "Appendix C: how the scores are worked out",
          "Board paper", "Recommendation to the board"})
        CHECK(html.contains(QLatin1String(heading)));
    CHECK(html.contains(QStringLiteral("<svg id=\"radar-chart\"")));
    CHECK(html.contains(QStringLiteral("<svg id=\"score-bars\"")));
    CHECK(html.contains(QStringLiteral("<th scope=\"col\">Owner</th><th scope=\"col\">Target date</th>")));
    // Status is a word and a symbol, never colour alone.
    CHECK(html.contains(QStringLiteral("<span class=\"status status-not_met\"><span aria-hidden=\"true\">\u2718</span> "
                                       "Not met</span>")));
    CHECK(html.count(QStringLiteral("Flagged for review")) == r.card.flagged);
    CHECK(html.contains(QStringLiteral("Chief allied health professionals handbook")));
}

TEST_CASE("The HTML report is written through QSaveFile and a failed write says where")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    const Status written =
        HtmlWriter::write(AssessmentReport::build(r.model), QStringLiteral("/nonexistent-dir/report.html"));
    REQUIRE_FALSE(written.ok());
    CHECK(written.message().contains(QStringLiteral("/nonexistent-dir/report.html")));
}
