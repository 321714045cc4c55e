// Issue 6: business-case metrics travel with a submission into the region's peer benchmark.
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/businesscase/BusinessCaseReader.h"
#include "core/region/BusinessCaseMetrics.h"
#include "core/region/Importer.h"
#include "core/region/PeerBenchmark.h"
#include "core/region/RegionBusinessMetrics.h"
#include "core/region/RegionSummary.h"
#include "core/region/SubmissionFile.h"
#include "core/region/Submitter.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QUuid>

using namespace ahplead;

namespace {

Assessment boardExample()
{
    auto a =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/board-example.json"), test::frameworks());
    REQUIRE(a.ok());
    return a.value();
}

BusinessCase businessCaseExample()
{
    auto bc = BusinessCaseReader::read(test::dataDir() + QStringLiteral("/examples/business-case-example.json"));
    REQUIRE(bc.ok());
    return bc.value();
}

void requireValid(const QString &schema, const QString &file)
{
    const test::ProcessResult valid =
        test::run(QStringLiteral("python3"), {test::sourceDir() + QStringLiteral("/tests/data/validate_json.py"),
                                              test::dataDir() + QStringLiteral("/schema/") + schema, file});
    INFO(valid.out.toStdString() + valid.err.toStdString());
    REQUIRE(valid.exitCode == 0);
}

Assessment trust(int n, const QString &type)
{
    Assessment a = boardExample();
    a.organisation.name = QStringLiteral("Trust %1").arg(n, 2, 10, QLatin1Char('0'));
    a.organisation.odsCode = QStringLiteral("T%1").arg(n, 2, 10, QLatin1Char('0'));
    a.organisation.type = type;
    return a;
}

SubmittedMetric percent(const QString &id, const QString &name, double value)
{
    return {id, name, MetricUnit::Percent, value, Direction::LowerIsBetter, QStringLiteral("2026")};
}

QString writeSubmission(const QString &path, const Assessment &a, const std::vector<SubmittedMetric> &metrics,
                        int revision = 1, const QDate &day = QDate(2026, 11, 1))
{
    Submission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.submittedAt = QDateTime(day, QTime(9, 0), Qt::UTC);
    s.submitter = {QStringLiteral("Submitter"), QStringLiteral("Chief AHP")};
    s.revision = revision;
    s.assessment = a;
    s.businessCaseMetrics = metrics;
    const Framework &fw = *test::frameworks().find(a.frameworkId, a.frameworkVersion);
    test::writeFile(path, SubmissionFile::write(s, fw, Scorer::score(fw, a)));
    return path;
}

} // namespace

TEST_CASE("A submission carries the metrics of its organisation's latest business case, inside its digest")
{
    QTemporaryDir dir;
    auto store = std::move(Store::open(dir.filePath(QStringLiteral("trust.sqlite")))).value();
    const Assessment a = boardExample();
    const qint64 assessmentId = store->addAssessment(a, QStringLiteral("t")).value();

    BusinessCase older = businessCaseExample();
    older.title = QStringLiteral("Older case");
    older.qualityMetrics.clear();
    REQUIRE(store->addBusinessCase(older, QStringLiteral("t")).ok());
    BusinessCase latest = businessCaseExample();
    latest.title = QStringLiteral("Latest case");
    latest.organisation.name = a.organisation.name.toUpper(); // matched by ODS code, whatever the name's case
    latest.organisation.odsCode = a.organisation.odsCode;
    REQUIRE(store->addBusinessCase(latest, QStringLiteral("t")).ok());
    BusinessCase another = businessCaseExample();
    another.title = QStringLiteral("Another trust's case");
    another.organisation.name = QStringLiteral("Another Trust");
    another.organisation.odsCode = QStringLiteral("ZZ9");
    REQUIRE(store->addBusinessCase(another, QStringLiteral("t")).ok());

    const QString file = dir.filePath(QStringLiteral("board.ahplead"));
    auto submitted = Submitter::submit(*store, test::frameworks(), assessmentId, {QStringLiteral("Sam"), {}}, file);
    REQUIRE(submitted.ok());
    REQUIRE(submitted->businessCaseTitle);
    CHECK(*submitted->businessCaseTitle == QStringLiteral("Latest case"));
    const std::vector<SubmittedMetric> expected = BusinessCaseMetrics::of(latest);
    REQUIRE(expected.size() == 17);
    CHECK(expected.front().id == QStringLiteral("ahp_cost_per_wau"));

    const QByteArray bytes = test::readFile(file);
    auto back = SubmissionFile::parse(bytes, QStringLiteral("board.ahplead"), test::frameworks());
    REQUIRE(back.ok());
    CHECK(back->businessCaseMetrics == expected);
    CHECK(back->digest == submitted->digest);
    CHECK(back->content.contains("\"businessCaseMetrics\""));
    requireValid(QStringLiteral("submission.schema.json"), file);

    SECTION("and a changed metric value is caught by the digest")
    {
        QByteArray changed = bytes;
        changed.replace("\"value\":5.4", "\"value\":3.4");
        REQUIRE(changed != bytes);
        auto refused = SubmissionFile::parse(changed, QStringLiteral("board.ahplead"), test::frameworks());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("does not match its digest")));
    }
}

TEST_CASE("A submission from an organisation with no business case carries no metrics and still imports")
{
    QTemporaryDir dir;
    auto trustStore = std::move(Store::open(dir.filePath(QStringLiteral("trust.sqlite")))).value();
    const qint64 id = trustStore->addAssessment(boardExample(), QStringLiteral("t")).value();
    const QString file = dir.filePath(QStringLiteral("board.ahplead"));
    auto submitted = Submitter::submit(*trustStore, test::frameworks(), id, {QStringLiteral("Sam"), {}}, file);
    REQUIRE(submitted.ok());
    CHECK_FALSE(submitted->businessCaseTitle);
    CHECK_FALSE(test::readFile(file).contains("businessCaseMetrics"));

    // A file written before submissions carried metrics is the same file: it still imports.
    auto regionStore = std::move(Store::open(dir.filePath(QStringLiteral("region.sqlite")))).value();
    Importer importer(*regionStore, test::frameworks(), QStringLiteral("r"));
    CHECK(importer.run({file}).count(Importer::Outcome::Imported) == 1);
    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    const RegionSummary region = RegionSummary::build(fw, regionStore->receivedScores(fw.id, fw.version).value());
    const auto metrics = RegionBusinessMetrics::latest(*regionStore, region);
    REQUIRE(metrics.ok());
    CHECK(metrics->empty());
}

TEST_CASE("The peer benchmark gives quartiles of business-case metrics per type, and suppresses small groups")
{
    QTemporaryDir dir;
    auto store = std::move(Store::open(dir.filePath(QStringLiteral("region.sqlite")))).value();
    QStringList files;
    // Six acute trusts report sickness absence 4..9% (trust 1 first sent 40%, then corrected it);
    // four of them report a vacancy rate; every trust reports a metric whose id gives its code.
    const std::vector<double> acuteSickness{4, 5, 6, 7, 8, 9};
    for (int n = 1; n <= 6; ++n) {
        std::vector<SubmittedMetric> metrics{
            percent(QStringLiteral("sickness_absence"),
                    n == 1 ? QStringLiteral("Sickness absence at Trust 01") : QStringLiteral("Sickness absence"),
                    acuteSickness[std::size_t(n - 1)]),
            percent(QStringLiteral("t%1_waits").arg(n, 2, 10, QLatin1Char('0')), QStringLiteral("Waits"), 1)};
        if (n <= 4)
            metrics.push_back(percent(QStringLiteral("vacancy_rate"), QStringLiteral("Vacancy rate"), 10.0 + n));
        files << writeSubmission(dir.filePath(QStringLiteral("a%1.ahplead").arg(n)), trust(n, QStringLiteral("acute")),
                                 metrics, 2, QDate(2026, 11, 2));
    }
    files << writeSubmission(dir.filePath(QStringLiteral("a1-first.ahplead")), trust(1, QStringLiteral("acute")),
                             {percent(QStringLiteral("sickness_absence"), QStringLiteral("Sickness absence"), 40)}, 1,
                             QDate(2026, 10, 1));
    // Three mental health trusts: 2, 3 and 10%.
    const std::vector<double> mentalHealthSickness{2, 3, 10};
    for (int n = 7; n <= 9; ++n)
        files << writeSubmission(dir.filePath(QStringLiteral("m%1.ahplead").arg(n)),
                                 trust(n, QStringLiteral("mental_health")),
                                 {percent(QStringLiteral("sickness_absence"), QStringLiteral("Sickness absence"),
                                          mentalHealthSickness[std::size_t(n - 7)])});
    // A tenth trust with no business case at all: its scores count, it adds no metric.
    files << writeSubmission(dir.filePath(QStringLiteral("a10.ahplead")), trust(10, QStringLiteral("acute")), {});
    Importer importer(*store, test::frameworks(), QStringLiteral("r"));
    REQUIRE(importer.run(files).count(Importer::Outcome::Imported) == 11);

    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    const RegionSummary region = RegionSummary::build(fw, store->receivedScores(fw.id, fw.version).value());
    auto metrics = RegionBusinessMetrics::latest(*store, region);
    REQUIRE(metrics.ok());
    const PeerBenchmark benchmark = PeerBenchmark::build(region, metrics.value());

    // All nine that reported, latest revisions: 2,3,4,5,6,7,8,9,10 gives 4, 6 and 8 (QUARTILE.INC).
    const BenchmarkGroup *all = benchmark.group(QStringLiteral("all"));
    REQUIRE(all);
    CHECK(all->organisations == 10);
    const MetricQuartiles *sickness = all->metric(QStringLiteral("sickness_absence"), MetricUnit::Percent);
    REQUIRE(sickness);
    CHECK_FALSE(sickness->suppressed);
    CHECK(sickness->organisations == 9);
    CHECK(sickness->q1 == Approx(4));
    CHECK(sickness->median == Approx(6));
    CHECK(sickness->q3 == Approx(8));
    CHECK(sickness->name == QStringLiteral("Sickness absence"));

    // The acute six: 4..9 gives 5.25, 6.5 and 7.75.
    const BenchmarkGroup *acute = benchmark.group(QStringLiteral("acute"));
    REQUIRE(acute);
    const MetricQuartiles *acuteSicknessStat = acute->metric(QStringLiteral("sickness_absence"), MetricUnit::Percent);
    REQUIRE(acuteSicknessStat);
    CHECK(acuteSicknessStat->organisations == 6);
    CHECK(acuteSicknessStat->q1 == Approx(5.25));
    CHECK(acuteSicknessStat->median == Approx(6.5));
    CHECK(acuteSicknessStat->q3 == Approx(7.75));
    CHECK_FALSE(acute->metric(QStringLiteral("sickness_absence"), MetricUnit::Days));

    // Four organisations reported a vacancy rate: suppressed, everywhere, with no figures.
    for (const BenchmarkGroup *g : {all, acute}) {
        const MetricQuartiles *vacancy = g->metric(QStringLiteral("vacancy_rate"), MetricUnit::Percent);
        REQUIRE(vacancy);
        CHECK(vacancy->suppressed);
        CHECK(vacancy->name.isEmpty());
        CHECK(vacancy->organisations == 0);
    }
    // Three mental health trusts: the whole group is suppressed, metrics and all.
    const BenchmarkGroup *mentalHealth = benchmark.group(QStringLiteral("mental_health"));
    REQUIRE(mentalHealth);
    CHECK(mentalHealth->suppressed);
    CHECK(mentalHealth->metrics.empty());

    const QString file = dir.filePath(QStringLiteral("benchmark.json"));
    const QByteArray bytes = benchmark.write();
    test::writeFile(file, bytes);
    requireValid(QStringLiteral("benchmark.schema.json"), file);

    SECTION("and names no organisation and gives no code, not even inside a metric's name or id")
    {
        for (const RegionOrganisation &org : region.organisations) {
            CHECK_FALSE(bytes.contains(org.organisation.name.toUtf8()));
            CHECK_FALSE(
                bytes.contains(QString(QLatin1Char('"') + org.organisation.odsCode + QLatin1Char('"')).toUtf8()));
            CHECK_FALSE(bytes.contains(org.organisation.odsCode.toLower().toUtf8()));
        }
        CHECK_FALSE(bytes.contains("_waits"));
        CHECK_FALSE(bytes.contains("Vacancy rate"));
    }

    SECTION("and reads back with the same figures")
    {
        auto back = PeerBenchmark::parse(bytes, QStringLiteral("benchmark.json"));
        REQUIRE(back.ok());
        const MetricQuartiles *read =
            back->group(QStringLiteral("acute"))->metric(QStringLiteral("sickness_absence"), MetricUnit::Percent);
        REQUIRE(read);
        CHECK(read->q1 == Approx(5.25));
        CHECK(read->median == Approx(6.5));
        CHECK(read->q3 == Approx(7.75));
        CHECK(read->organisations == 6);
        CHECK(back->write() == bytes);
    }
}

TEST_CASE("A benchmark file claiming metric figures for fewer than five organisations is refused")
{
    const QByteArray bytes = R"({"format": "ahplead.benchmark", "formatVersion": 1,
        "framework": {"id": "board", "version": "1.0.0"}, "createdAt": "2026-11-20T10:00:00Z",
        "minimumGroupSize": 5, "groups": [{"organisationType": "all", "suppressed": false, "organisations": 9,
        "overall": {"id": "overall", "title": "Overall", "suppressed": true}, "domains": [],
        "metrics": [{"id": "sickness_absence", "name": "Sickness", "unit": "percent", "suppressed": false,
                     "organisations": 3, "q1": 1, "median": 2, "q3": 3}]}]})";
    auto b = PeerBenchmark::parse(bytes, QStringLiteral("b.json"));
    REQUIRE_FALSE(b.ok());
    CHECK(b.message().contains(QStringLiteral("/groups/0/metrics/0/organisations")));
}
