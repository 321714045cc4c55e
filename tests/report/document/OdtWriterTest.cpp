#include "report/ReportTestSupport.h"
#include "report/assessment/AssessmentReport.h"
#include "report/document/ReportWriter.h"

#include <catch2/catch.hpp>

using namespace ahplead;

TEST_CASE("The ODT opens: a zip with the OpenDocument mimetype first, content.xml holding the report, and the charts")
{
    for (const QString &kind : test::exampleKinds()) {
        const auto r = test::exampleReport(kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(kind + QStringLiteral(".odt"));
        REQUIRE(ReportWriter::write(AssessmentReport::build(r.model), ReportFormat::Odt, path).ok());
        INFO(kind.toStdString());

        const auto list = test::run(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
        REQUIRE(list.exitCode == 0);
        CHECK(list.out.contains(QStringLiteral("content.xml")));
        CHECK(list.out.contains(QStringLiteral("META-INF/manifest.xml")));
        CHECK(list.out.count(QStringLiteral("Pictures/")) == 2); // the radar chart and the score bars
        // ODF requires an uncompressed "mimetype" as the first entry.
        CHECK(test::readFile(path).mid(30, 8) == "mimetype");
        const auto mimetype =
            test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("mimetype")});
        CHECK(mimetype.out == QLatin1String("application/vnd.oasis.opendocument.text"));

        const auto content =
            test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        REQUIRE(content.exitCode == 0);
        CHECK(content.out.contains(r.assessment.organisation.name));
        CHECK(content.out.contains(QStringLiteral("Action plan")));
        CHECK(content.out.contains(QStringLiteral("Target date")));
    }
}
