#include "report/document/ReportWriter.h"
#include "report/region/RegionDocument.h"

#include <catch2/catch.hpp>

using namespace ahplead;

TEST_CASE("A document is written only in the formats it has, and asking for another says which it has")
{
    Document d;
    d.title = QStringLiteral("Paper");
    CHECK(ReportWriter::supports(d, ReportFormat::Html));
    CHECK(ReportWriter::supports(d, ReportFormat::Pdf));
    CHECK(ReportWriter::supports(d, ReportFormat::Odt));
    CHECK(ReportWriter::supports(d, ReportFormat::Docx));
    // No data table, no spreadsheet.
    CHECK_FALSE(ReportWriter::supports(d, ReportFormat::Csv));
    const auto csv = ReportWriter::render(d, ReportFormat::Csv);
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.message().contains(QStringLiteral("html, pdf, odt, docx, not as CSV")));

    d.dataHeaders = {QStringLiteral("Organisation")};
    d.dataRows = {{QStringLiteral("=1+1")}};
    CHECK(ReportWriter::supports(d, ReportFormat::Csv));
    const auto written = ReportWriter::render(d, ReportFormat::Csv);
    REQUIRE(written.ok());
    CHECK(written.value() == QByteArray("\xEF\xBB\xBFOrganisation\r\n'=1+1\r\n"));

    // A document that is read, not edited, has no editable form.
    d.editable = false;
    CHECK_FALSE(ReportWriter::supports(d, ReportFormat::Odt));
    // A Word document is offered all the same: a reader may edit it into papers of their own.
    CHECK(ReportWriter::supports(d, ReportFormat::Docx));
    const auto odt = ReportWriter::render(d, ReportFormat::Odt);
    REQUIRE_FALSE(odt.ok());
    CHECK(odt.message().contains(QStringLiteral("not as ODT")));
}

TEST_CASE("A format name is taken only when it is one of the formats offered")
{
    CHECK(ReportWriter::formatFromName(QStringLiteral(" PDF ")) == ReportFormat::Pdf);
    CHECK(ReportWriter::formatFromName(QStringLiteral("odt")) == ReportFormat::Odt);
    CHECK_FALSE(ReportWriter::formatFromName(QStringLiteral("odt"), RegionDocument::formats()));
    CHECK(ReportWriter::formatFromName(QStringLiteral("docx")) == ReportFormat::Docx);
    CHECK(ReportWriter::formatFromName(QStringLiteral("docx"), RegionDocument::formats()) == ReportFormat::Docx);
    CHECK_FALSE(ReportWriter::formatFromName(QStringLiteral("xlsx")));
    CHECK(ReportWriter::names(RegionDocument::formats()).join(QStringLiteral(", ")) ==
          QStringLiteral("html, pdf, docx, csv"));
}
