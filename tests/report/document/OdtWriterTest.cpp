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

TEST_CASE("The ODT has an A4 page with a header, a footer with page numbers, and list items spaced from their "
          "numbers; a draft's header says DRAFT")
{
    auto r = test::exampleReport(QStringLiteral("board"));
    r.assessment.status = QStringLiteral("draft");
    const Document document = AssessmentReport::build(ReportModel::build(*r.framework, r.assessment, r.card));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.odt"));
    REQUIRE(ReportWriter::write(document, ReportFormat::Odt, path).ok());
    const auto unzip = [&](const char *name) {
        const auto p = test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QLatin1String(name)});
        REQUIRE(p.exitCode == 0);
        return p.out;
    };
    const QString styles = unzip("styles.xml");
    CHECK(styles.contains(QStringLiteral("fo:page-width=\"21cm\" fo:page-height=\"29.7cm\"")));
    CHECK(styles.contains(QStringLiteral("<style:header>")));
    CHECK(styles.contains(r.assessment.organisation.name));
    CHECK(styles.contains(QStringLiteral(">DRAFT<")));
    CHECK(styles.contains(QStringLiteral("<text:page-number")));
    CHECK(styles.contains(QStringLiteral("<text:page-count")));
    CHECK(unzip("META-INF/manifest.xml").contains(QStringLiteral("manifest:full-path=\"styles.xml\"")));
    const QString content = unzip("content.xml");
    CHECK(content.contains(QStringLiteral("<text:list-level-style-number")));
    CHECK(content.count(QStringLiteral("<style:list-level-properties")) ==
          content.count(QStringLiteral("text:min-label-width=\"6mm\"")));
    // Still an OpenDocument file: the uncompressed mimetype first.
    CHECK(test::readFile(path).mid(30, 8) == "mimetype");
}
