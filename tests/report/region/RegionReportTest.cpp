#include "report/region/RegionFixture.h"

#include "core/assessment/Maturity.h"
#include "report/ReportTestSupport.h"
#include "report/charts/HeatmapStyle.h"
#include "report/document/HtmlWriter.h"
#include "report/document/ReportWriter.h"
#include "report/region/RegionDocument.h"
#include "report/region/RegionReportModel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace ahplead;
using namespace ahplead::test;

namespace {

const Framework &board()
{
    return test::exampleFramework(QStringLiteral("board"));
}

RegionReportModel modelOf(const RegionFixture &region, const RegionFilter &filter = {})
{
    return RegionReportModel::build(board(), region.summary(filter),
                                    QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC),
                                    QStringLiteral("Regional team"));
}

// Runs check_region_csv.py on PATH and returns the counts it reports.
QJsonObject checkCsv(const QString &path, int rows)
{
    const ProcessResult r = runPython(QStringLiteral("region/check_region_csv.py"),
                                      {path, QString::number(rows), QString::number(board().domains.size())});
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// Keeps a copy of the files a test wrote, to look at: AHPLEAD_REGION_SAMPLE_DIR=/some/dir.
void keepSample(const QString &path)
{
    const QString dir = qEnvironmentVariable("AHPLEAD_REGION_SAMPLE_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(QFileInfo(path).fileName());
    QFile::remove(target);
    QFile::copy(path, target);
}

} // namespace

TEST_CASE("The regional model shows each organisation once, by its latest revision, with earlier ones as its trend")
{
    const auto region = makeRegion(12);
    const RegionReportModel m = modelOf(*region);
    REQUIRE(static_cast<int>(m.organisations.size()) == 12);
    CHECK(m.submissions == region->submissions);
    CHECK(m.noun == QStringLiteral("trusts"));
    int trendPoints = 0;
    for (const auto &o : m.organisations) {
        trendPoints += static_cast<int>(o.trend.size());
        CHECK(o.revision == o.trend.back().revision);
        CHECK(o.domains.size() == board().domains.size());
    }
    CHECK(trendPoints == region->submissions);
    const auto three = std::find_if(m.organisations.begin(), m.organisations.end(),
                                    [&](const auto &o) { return o.name == region->maxRevisionName; });
    REQUIRE(three != m.organisations.end());
    CHECK(three->revision == 3);
    CHECK(three->trend.size() == 3);
    CHECK(three->trendText.startsWith(QStringLiteral("Revision 1, ")));
    CHECK(three->changeText.endsWith(QStringLiteral(" since revision 1")));
    CHECK(m.details[0].value == QStringLiteral("North East and Yorkshire"));
    CHECK(
        m.atAGlance.front().startsWith(QStringLiteral("12 trusts have sent %1 submissions").arg(region->submissions)));
}

TEST_CASE("Every heatmap cell carries its score and its level in words, not only a tint")
{
    const auto region = makeRegion(12);
    const RegionReportModel m = modelOf(*region);
    for (const auto &o : m.organisations) {
        for (const auto &c : o.domains) {
            CHECK_FALSE(c.scoreText.isEmpty());
            CHECK_FALSE(c.levelText.isEmpty());
            CHECK(HeatmapStyle::fill(c.level) == HeatmapStyle::fill(c.score ? Maturity::levelFor(*c.score) : -1));
        }
    }
    const QString html = HtmlWriter::render(RegionDocument::build(m));
    const int cells = static_cast<int>(m.organisations.size() * (board().domains.size() + 1));
    // A held overall level shows its level as a word and why, not a score (RegionReportModel::Cell).
    int held = 0;
    for (const auto &o : m.organisations)
        held += o.overall.held ? 1 : 0;
    CHECK(html.count(QStringLiteral("<span class=\"cell-level\">")) == cells);
    CHECK(html.count(QStringLiteral("<span class=\"cell-score\">")) == cells - held);
}

TEST_CASE("Recommendation shares put critical recommendations first and account for every organisation")
{
    const auto region = makeRegion(12);
    const RegionReportModel m = modelOf(*region);
    REQUIRE(m.recommendations.size() == board().recommendations.size());
    bool seenOrdinary = false;
    for (const auto &r : m.recommendations) {
        CHECK(r.met + r.partiallyMet + r.notMet + r.notAssessed == 12);
        CHECK(r.organisations == 12);
        if (!r.critical)
            seenOrdinary = true;
        CHECK_FALSE((r.critical && seenOrdinary));
        const long percent = std::lround(100.0 * r.met / 12);
        CHECK(r.sentence.startsWith(QStringLiteral("%1 of 12 trusts (%2%) meet it in full").arg(r.met).arg(percent)));
        CHECK(r.shareText == QStringLiteral("%1 of 12 (%2%)").arg(r.met).arg(percent));
        CHECK_FALSE(r.citations.isEmpty());
    }
    // Within each group, the recommendation the fewest meet comes first.
    for (std::size_t i = 1; i < m.recommendations.size(); ++i)
        if (m.recommendations[i].critical == m.recommendations[i - 1].critical)
            CHECK(m.recommendations[i - 1].met <= m.recommendations[i].met);
    int gaps = 0;
    for (const auto &o : m.organisations)
        gaps += static_cast<int>(o.criticalGaps.size());
    int critical = 0;
    for (const auto &r : m.recommendations)
        if (r.critical)
            critical += r.partiallyMet + r.notMet;
    CHECK(gaps == critical);
}

TEST_CASE("The regional CSV has one row per organisation and parses with Python's csv module")
{
    const auto region = makeRegion(12);
    const RegionReportModel m = modelOf(*region);
    const QString csv = region->path(QStringLiteral("region.csv"));
    REQUIRE(ReportWriter::write(RegionDocument::build(m), ReportFormat::Csv, csv).ok());
    const QJsonObject counts = checkCsv(csv, 12);
    CHECK(counts.value(QStringLiteral("rows")).toInt() == 12);
    for (const QString &ics : icsNames())
        CHECK(counts.value(QStringLiteral("ics")).toObject().value(ics).toInt() == region->perIcs.value(ics));
    CHECK(counts.value(QStringLiteral("types")).toObject().value(QStringLiteral("Acute trust")).toInt() ==
          region->perType.value(QStringLiteral("acute")));
    QStringList names;
    for (const auto v : counts.value(QStringLiteral("organisations")).toArray())
        names << v.toString();
    QStringList expected = region->names;
    expected.sort(Qt::CaseInsensitive);
    CHECK(names == expected);
    const QJsonObject review = counts.value(QStringLiteral("review")).toObject();
    CHECK(review.value(QStringLiteral("Submitted")).toInt() + review.value(QStringLiteral("In review")).toInt() +
              review.value(QStringLiteral("Accepted")).toInt() ==
          12);
    CHECK(review.size() > 1);
}

TEST_CASE("Filtering by ICS or by type of organisation changes the counts to match")
{
    const auto region = makeRegion(12);
    const QString ics = icsNames()[1];
    const RegionReportModel byIcs = modelOf(*region, {ics, {}});
    CHECK(static_cast<int>(byIcs.organisations.size()) == region->perIcs.value(ics));
    CHECK(byIcs.scope == QStringLiteral("North East and Yorkshire: %1").arg(ics));
    for (const auto &o : byIcs.organisations)
        CHECK(o.ics == ics);
    for (const auto &r : byIcs.recommendations)
        CHECK(r.organisations == region->perIcs.value(ics));

    const RegionReportModel byType = modelOf(*region, {{}, QStringLiteral("mental_health")});
    CHECK(static_cast<int>(byType.organisations.size()) == region->perType.value(QStringLiteral("mental_health")));
    CHECK(byType.scope == QStringLiteral("North East and Yorkshire: mental health trusts"));
    CHECK(byType.filters[1].value == QStringLiteral("Mental health trust"));

    const RegionReportModel both = modelOf(*region, {ics, QStringLiteral("acute")});
    CHECK(both.organisations.size() < byIcs.organisations.size());
    const QString csv = region->path(QStringLiteral("both.csv"));
    REQUIRE(ReportWriter::write(RegionDocument::build(both), ReportFormat::Csv, csv).ok());
    checkCsv(csv, static_cast<int>(both.organisations.size()));
    CHECK(both.method.back().contains(QStringLiteral("Integrated care system: %1").arg(ics)));
}

TEST_CASE("The regional HTML is well-formed, self-contained and passes the report checks")
{
    const auto region = makeRegion(12);
    const QString html = region->path(QStringLiteral("region.html"));
    REQUIRE(HtmlWriter::write(RegionDocument::build(modelOf(*region)), html).ok());
    keepSample(html);
    const ProcessResult r = runPython(QStringLiteral("check_html.py"), {html});
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QString text = QString::fromUtf8(readFile(html));
    CHECK_FALSE(text.contains(QStringLiteral("http"), Qt::CaseInsensitive));
    for (const QString &name : region->names)
        CHECK(text.contains(name));
    // Every recommendation's share chart row, every sparkline: inline SVG with a title.
    CHECK(text.count(QStringLiteral("<svg ")) == 1 + 12);
}

TEST_CASE("Hostile organisation names are escaped in the regional HTML and kept in its text")
{
    const QStringList hostile{QStringLiteral("<script>alert(1)</script>"),
                              QStringLiteral("\"><img src=x onerror=alert(1)>"), QStringLiteral("&amp; 'quoted'"),
                              QStringLiteral("%1 %2 %n")};
    const auto name = [&](int n) {
        return QStringLiteral("Trust %1 %2").arg(n, 2, 10, QLatin1Char('0')).arg(hostile[n % hostile.size()]);
    };
    const auto plainName = [](int n) { return QStringLiteral("Trust %1 Plain name").arg(n, 2, 10, QLatin1Char('0')); };
    const auto dirty = makeRegion(8, name);
    const auto plain = makeRegion(8, plainName);
    const QString dirtyHtml = dirty->path(QStringLiteral("hostile.html"));
    const QString plainHtml = dirty->path(QStringLiteral("plain.html"));
    REQUIRE(HtmlWriter::write(RegionDocument::build(modelOf(*dirty)), dirtyHtml).ok());
    REQUIRE(HtmlWriter::write(RegionDocument::build(modelOf(*plain)), plainHtml).ok());
    const QString strings = dirty->path(QStringLiteral("strings.json"));
    QJsonArray list;
    for (const QString &s : dirty->names)
        list.append(s);
    writeFile(strings, QJsonDocument(list).toJson());
    const ProcessResult r = runPython(QStringLiteral("check_hostile_html.py"), {dirtyHtml, plainHtml, strings});
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QString text = QString::fromUtf8(readFile(dirtyHtml));
    CHECK_FALSE(text.contains(QStringLiteral("<script>")));
    CHECK_FALSE(text.contains(QStringLiteral("<img")));

    const QString pdf = dirty->path(QStringLiteral("hostile.pdf"));
    REQUIRE(ReportWriter::write(RegionDocument::build(modelOf(*dirty)), ReportFormat::Pdf, pdf).ok());
    const QString pdfWords = squeezed(pdfText(pdf));
    for (const QString &s : dirty->names)
        CHECK(pdfWords.contains(squeezed(s)));
}

TEST_CASE("The regional PDF names every organisation and recommendation, without ligatures, is PDF/A and passes "
          "qpdf --check")
{
    const auto region = makeRegion(12);
    const RegionReportModel m = modelOf(*region);
    const QString pdf = region->path(QStringLiteral("region.pdf"));
    REQUIRE(ReportWriter::write(RegionDocument::build(m), ReportFormat::Pdf, pdf).ok());
    const ProcessResult qpdf = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    INFO(qpdf.out.toStdString() + qpdf.err.toStdString());
    CHECK(qpdf.exitCode == 0);

    const QString text = pdfText(pdf);
    const QString words = squeezed(text);
    for (const QString &name : region->names)
        CHECK(words.contains(squeezed(name)));
    for (const Recommendation &r : board().recommendations)
        CHECK(words.contains(squeezed(r.title)));
    CHECK(text.contains(QStringLiteral("Domain scores by organisation")));
    CHECK(text.contains(QStringLiteral("Critical gaps by organisation")));
    CHECK(text.contains(QStringLiteral("Trends across submissions")));
    CHECK_FALSE(hasLigatures(text));

    const ProcessResult info = run(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("(A4)")));
    CHECK(
        info.out.contains(QRegularExpression(QStringLiteral("Title: +Regional summary for North East and Yorkshire"))));
    CHECK(info.out.contains(QRegularExpression(QStringLiteral("Author: +Regional team\n"))));
    CHECK(info.out.contains(QRegularExpression(QStringLiteral("Subject: +\\S"))));
    const ProcessResult meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    CHECK(meta.out.contains(QStringLiteral("pdfaid:part=\"1\"")));
    const int pages = info.out.section(QStringLiteral("Pages:"), 1).trimmed().section(QLatin1Char('\n'), 0, 0).toInt();
    REQUIRE(pages >= 4);
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    const ProcessResult images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    CHECK(images.out.count(QLatin1Char('\n')) == 2); // the header lines only: charts are vectors
}

TEST_CASE("A heatmap of thirty organisations runs over pages with its header row repeated")
{
    const auto region = makeRegion(30);
    const RegionReportModel m = modelOf(*region);
    const QString pdf = region->path(QStringLiteral("region-30.pdf"));
    REQUIRE(ReportWriter::write(RegionDocument::build(m), ReportFormat::Pdf, pdf).ok());
    keepSample(pdf);
    const QString html = region->path(QStringLiteral("region-30.html"));
    REQUIRE(HtmlWriter::write(RegionDocument::build(m), html).ok());
    keepSample(html);
    const QString csv = region->path(QStringLiteral("region-30.csv"));
    REQUIRE(ReportWriter::write(RegionDocument::build(m), ReportFormat::Csv, csv).ok());
    keepSample(csv);
    for (const QFileInfo &file : QDir(region->path(QStringLiteral("inbox"))).entryInfoList(QDir::Files))
        keepSample(file.filePath());
    checkCsv(csv, 30);

    // The first domain's title heads the heatmap on every page it spans, and nowhere else.
    const QString words = squeezed(pdfText(pdf, true));
    CHECK(words.count(squeezed(board().domains.front().title)) >= 2);
    for (const QString &name : region->names)
        CHECK(words.contains(squeezed(name)));
}

TEST_CASE("The regional summary as a Word document opens in python-docx with every heading, every table cell, the "
          "page number field and its properties, its trends as pictures")
{
    const auto region = makeRegion(6);
    const Document document = RegionDocument::build(modelOf(*region));
    const QString path = region->path(QStringLiteral("region.docx"));
    REQUIRE(ReportWriter::write(document, ReportFormat::Docx, path).ok());
    keepSample(path);
    const ProcessResult check = checkDocx(document, path, region->names);
    if (check.exitCode == 77)
        AHPLEAD_SKIP(check.out.trimmed().toStdString());
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
    // The share chart and one trend sparkline per organisation.
    const ProcessResult list = run(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    CHECK(list.out.count(QStringLiteral("word/media/chart")) == 1 + static_cast<int>(document.charts.trends.size()));
}

TEST_CASE("A regional summary that shows a provisional result is a draft on every page; a settled one is not")
{
    const auto region = makeRegion(6);
    RegionReportModel m = modelOf(*region);
    REQUIRE_FALSE(m.organisations.empty());
    const bool anyProvisional = std::any_of(m.organisations.begin(), m.organisations.end(),
                                            [](const auto &o) { return o.overall.provisional; });
    CHECK(RegionDocument::build(m).draft == anyProvisional);
    for (auto &o : m.organisations)
        o.overall.provisional = false;
    CHECK_FALSE(RegionDocument::build(m).draft);
    m.organisations.back().overall.provisional = true;
    const Document draft = RegionDocument::build(m);
    CHECK(draft.draft);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("region.pdf"));
    REQUIRE(ReportWriter::write(draft, ReportFormat::Pdf, path).ok());
    const QStringList pages = test::pdfText(path).split(QLatin1Char('\f'));
    for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].contains(QStringLiteral("DRAFT")));
    }
}
