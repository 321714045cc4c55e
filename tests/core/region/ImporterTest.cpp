#include "core/region/Importer.h"
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/base/JsonFile.h"
#include "core/region/PeerBenchmark.h"
#include "core/region/RegionSummary.h"
#include "core/region/ReviewFile.h"
#include "core/region/SubmissionFile.h"
#include "support/TestStores.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QUuid>

using namespace ahplead;

namespace {

// A region's store on the test's backend, and a folder for its files.
struct Region {
    test::TestStores &stores;
    std::unique_ptr<Store> store;
    explicit Region(test::TestStores &s) : stores(s)
    {
        auto opened = Store::open(stores.address(QStringLiteral("region")));
        if (!opened)
            FAIL(opened.message().toStdString());
        store = std::move(opened).value();
    }
    QString path(const QString &name) const { return stores.filePath(name); }
};

Assessment trust(int n, const QString &type = QStringLiteral("acute"), const QString &ics = QStringLiteral("North ICS"))
{
    auto a =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/board-example.json"), test::frameworks());
    REQUIRE(a.ok());
    a->organisation.name = QStringLiteral("Trust %1").arg(n, 2, 10, QLatin1Char('0'));
    a->organisation.odsCode = QStringLiteral("T%1").arg(n, 2, 10, QLatin1Char('0'));
    a->organisation.type = type;
    a->organisation.ics = ics;
    // Vary the answers so organisations differ: trust n has the first n questions in place.
    int i = 0;
    for (const Domain &d : test::exampleFramework(QStringLiteral("board")).domains)
        for (const Question &q : d.questions)
            a->answers[q.id].value = i++ < n * 3 ? AnswerValue::InPlace : AnswerValue::NotInPlace;
    return a.value();
}

QString writeSubmission(const QString &path, const Assessment &a, int revision = 1,
                        QDateTime when = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC))
{
    Submission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.submittedAt = when;
    s.submitter = {QStringLiteral("Submitter"), QStringLiteral("Chief AHP")};
    s.revision = revision;
    s.assessment = a;
    const Framework &fw = *test::frameworks().find(a.frameworkId, a.frameworkVersion);
    test::writeFile(path, SubmissionFile::write(s, fw, Scorer::score(fw, a)));
    return path;
}

} // namespace

STORE_TEST_CASE("A folder of submissions imports, and each bad file gets its own reason while the rest land",
                "[store][region]")
{
    Region region(stores);
    QDir().mkpath(region.path(QStringLiteral("inbox")));
    for (int n = 1; n <= 3; ++n)
        writeSubmission(region.path(QStringLiteral("inbox/trust%1.ahplead").arg(n)), trust(n));
    test::writeFile(region.path(QStringLiteral("inbox/empty.ahplead")), "");
    test::writeFile(region.path(QStringLiteral("inbox/garbage.ahplead")), "\x89PNG\r\n\x1a\n garbage");
    const QByteArray good = test::readFile(region.path(QStringLiteral("inbox/trust1.ahplead")));
    test::writeFile(region.path(QStringLiteral("inbox/truncated.ahplead")), good.left(good.size() / 3));
    test::writeFile(region.path(QStringLiteral("inbox/huge.ahplead")), QByteArray(10 * 1024 * 1024 + 10, ' '));
    test::writeFile(region.path(QStringLiteral("inbox/wrong.json")), R"({"format": "spreadsheet"})");
    QByteArray tampered = good;
    tampered.replace("Trust 01", "Trust 99");
    test::writeFile(region.path(QStringLiteral("inbox/tampered.ahplead")), tampered);

    Importer importer(*region.store, test::frameworks(), QStringLiteral("regional-team"));
    const auto files = Importer::expand({region.path(QStringLiteral("inbox"))}, nullptr);
    REQUIRE(files.size() == 9);
    const Importer::Report report = importer.run(files);
    CHECK(report.count(Importer::Outcome::Imported) == 3);
    CHECK(report.count(Importer::Outcome::Rejected) == 6);
    auto reason = [&](const char *file) {
        for (const Importer::Item &item : report.items)
            if (item.path.endsWith(QLatin1String(file)))
                return item.message;
        return QString();
    };
    CHECK(reason("empty.ahplead") == QStringLiteral("empty.ahplead: the file is empty; expected a JSON document"));
    CHECK(reason("garbage.ahplead").contains(QStringLiteral("not valid UTF-8")));
    CHECK(reason("truncated.ahplead").contains(QStringLiteral("truncated")));
    CHECK(reason("huge.ahplead").contains(QStringLiteral("files over 10 MiB are not accepted")));
    CHECK(reason("wrong.json") == QStringLiteral("wrong.json: /format: this is not an ahplead assessment, submission, "
                                                 "review or benchmark file"));
    CHECK(reason("tampered.ahplead").contains(QStringLiteral("does not match its digest")));
    CHECK(region.store->submissions(QStringLiteral("received"))->size() == 3);
    CHECK(region.store->checkIntegrity().ok());
}

STORE_TEST_CASE("The same submission twice is skipped and reported, in one batch or across imports", "[store][region]")
{
    Region region(stores);
    const QString file = writeSubmission(region.path(QStringLiteral("a.ahplead")), trust(1));
    QFile::copy(file, region.path(QStringLiteral("copy.ahplead")));
    Importer importer(*region.store, test::frameworks(), QStringLiteral("r"));
    const auto first = importer.run({file, region.path(QStringLiteral("copy.ahplead"))});
    CHECK(first.count(Importer::Outcome::Imported) == 1);
    CHECK(first.count(Importer::Outcome::Duplicate) == 1);
    CHECK(first.items[1].message.contains(QStringLiteral("was already imported")));
    const auto second = importer.run({file});
    CHECK(second.count(Importer::Outcome::Duplicate) == 1);
    CHECK(region.store->submissions()->size() == 1);
}

STORE_TEST_CASE("A later revision from the same organisation is kept as a newer revision, and leads its trend",
                "[store][region]")
{
    Region region(stores);
    Assessment a = trust(2);
    const QString r1 = writeSubmission(region.path(QStringLiteral("r1.ahplead")), a, 1,
                                       QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC));
    a.answers[QStringLiteral("board.structure.board_voice")].value = AnswerValue::InPlace;
    const QString r2 = writeSubmission(region.path(QStringLiteral("r2.ahplead")), a, 2,
                                       QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    Importer importer(*region.store, test::frameworks(), QStringLiteral("r"));
    CHECK(importer.run({r2, r1}).count(Importer::Outcome::Imported) == 2);
    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    const RegionSummary summary = RegionSummary::build(fw, region.store->receivedScores(fw.id, fw.version).value());
    REQUIRE(summary.organisations.size() == 1);
    const RegionOrganisation &org = summary.organisations.front();
    CHECK(org.revision == 2);
    REQUIRE(org.trend.size() == 2);
    CHECK(org.trend[0].revision == 1);
    CHECK(org.trend[1].revision == 2);
    CHECK(org.trend[1].overallScore.value() > org.trend[0].overallScore.value());
    CHECK(summary.submissions == 2);
}

STORE_TEST_CASE("Cancelling an import keeps the files already read, each whole, and reports the rest as not imported",
                "[store][region]")
{
    Region region(stores);
    QStringList files;
    const Assessment a = trust(5);
    for (int n = 1; n <= 40; ++n)
        files << writeSubmission(region.path(QStringLiteral("t%1.ahplead").arg(n)), a);
    Importer importer(*region.store, test::frameworks(), QStringLiteral("r"));
    int doneWhenCancelled = 0;
    const auto report = importer.run(files, [&](int done, int) {
        doneWhenCancelled = done;
        return false; // the person presses Cancel at the first sign of progress
    });
    CHECK(report.cancelled);
    REQUIRE(doneWhenCancelled > 0);
    REQUIRE(doneWhenCancelled < 40);
    CHECK(report.count(Importer::Outcome::Imported) == doneWhenCancelled);
    CHECK(report.count(Importer::Outcome::Cancelled) == 40 - doneWhenCancelled);
    CHECK(int(region.store->submissions()->size()) == doneWhenCancelled);
    CHECK(report.items.back().message.endsWith(QStringLiteral("not imported: the import was cancelled")));
}

STORE_TEST_CASE("A review travels back to the trust and lands beside its submission", "[store][region]")
{
    QTemporaryDir dir;
    std::unique_ptr<Store> trustStore = std::move(Store::open(stores.address(QStringLiteral("trust")))).value();
    std::unique_ptr<Store> regionStore = std::move(Store::open(stores.address(QStringLiteral("region")))).value();
    // The trust submits through its store, so the submission is recorded as sent.
    const qint64 id = trustStore->addAssessment(trust(4), QStringLiteral("t")).value();
    Submission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.submittedAt = QDateTime::currentDateTimeUtc();
    s.submitter = {QStringLiteral("Jo"), {}};
    s.assessment = trustStore->assessment(id).value();
    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    const ScoreCard card = Scorer::score(fw, s.assessment);
    const QString file = dir.filePath(QStringLiteral("sub.ahplead"));
    REQUIRE(trustStore
                ->recordSubmission(id, s, card, QStringLiteral("Jo"),
                                   [&] {
                                       test::writeFile(file, SubmissionFile::write(s, fw, card));
                                       return success();
                                   })
                .ok());

    Importer regionImporter(*regionStore, test::frameworks(), QStringLiteral("reviewer"));
    REQUIRE(regionImporter.run({file}).count(Importer::Outcome::Imported) == 1);
    const SubmissionRecord received = regionStore->submissions().value().front();
    REQUIRE(regionStore
                ->setReview(
                    received.id, QStringLiteral("returned"),
                    {{QString(), QStringLiteral("Good start; see governance."), {}, {}},
                     {QStringLiteral("board.governance"), QStringLiteral("Add committee terms of reference."), {}, {}}},
                    QStringLiteral("Regional AHP lead"))
                .ok());
    CHECK(regionStore->auditLog()->back().action == QStringLiteral("review"));
    CHECK(regionStore->auditLog()->back().actor == QStringLiteral("Regional AHP lead"));
    const SubmissionRecord reviewed = regionStore->submission(received.id).value();
    const Review review{reviewed.uuid,     reviewed.organisation, reviewed.reviewStatus,
                        reviewed.reviewer, reviewed.reviewedAt,   regionStore->reviewComments(received.id).value()};
    const QString reviewFile = dir.filePath(QStringLiteral("review.json"));
    test::writeFile(reviewFile, ReviewFile::write(review));

    Importer trustImporter(*trustStore, test::frameworks(), QStringLiteral("t"));
    const auto report = trustImporter.run({reviewFile});
    REQUIRE(report.count(Importer::Outcome::Imported) == 1);
    const SubmissionRecord sent = trustStore->submissions(QStringLiteral("sent")).value().front();
    CHECK(sent.reviewStatus == QStringLiteral("returned"));
    CHECK(sent.reviewer == QStringLiteral("Regional AHP lead"));
    const auto comments = trustStore->reviewComments(sent.id).value();
    REQUIRE(comments.size() == 2);
    CHECK(comments[1].domainId == QStringLiteral("board.governance"));
    CHECK(comments[1].comment == QStringLiteral("Add committee terms of reference."));

    SECTION("but a region cannot import a review of a submission it did not send")
    {
        const auto refused = regionImporter.run({reviewFile});
        CHECK(refused.count(Importer::Outcome::Rejected) == 1);
        CHECK(refused.items[0].message.contains(QStringLiteral("was not submitted from this store")));
    }
}

STORE_TEST_CASE("The regional summary counts, per recommendation, the organisations that meet it, and filters",
                "[store][region]")
{
    Region region(stores);
    QStringList files;
    for (int n = 1; n <= 6; ++n)
        files << writeSubmission(region.path(QStringLiteral("a%1.ahplead").arg(n)), trust(n, QStringLiteral("acute")));
    for (int n = 7; n <= 9; ++n)
        files << writeSubmission(region.path(QStringLiteral("m%1.ahplead").arg(n)),
                                 trust(n, QStringLiteral("mental_health"), QStringLiteral("South ICS")));
    Importer importer(*region.store, test::frameworks(), QStringLiteral("r"));
    REQUIRE(importer.run(files).count(Importer::Outcome::Imported) == 9);
    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    const auto records = region.store->receivedScores(fw.id, fw.version).value();

    const RegionSummary all = RegionSummary::build(fw, records);
    CHECK(all.organisations.size() == 9);
    CHECK(all.icsNames == QStringList{QStringLiteral("North ICS"), QStringLiteral("South ICS")});
    CHECK(all.organisationTypes == QStringList{QStringLiteral("acute"), QStringLiteral("mental_health")});
    CHECK(all.domainIds.size() == int(fw.domains.size()));
    for (const RecommendationShare &share : all.recommendations) {
        CHECK(share.organisations == 9);
        CHECK(share.met + share.partiallyMet + share.notMet + share.notAssessed == 9);
    }
    // Trust n has its first 3n questions in place, so the first recommendation is met by the later trusts only.
    const RecommendationShare &first = all.recommendations.front();
    CHECK(first.met > 0);
    CHECK(first.met < 9);
    int withGaps = 0;
    for (const RegionOrganisation &org : all.organisations)
        withGaps += org.criticalGaps.isEmpty() ? 0 : 1;
    CHECK(withGaps > 0);

    const RegionSummary south = RegionSummary::build(fw, records, {QStringLiteral("South ICS"), {}});
    CHECK(south.organisations.size() == 3);
    const RegionSummary acute = RegionSummary::build(fw, records, {{}, QStringLiteral("acute")});
    CHECK(acute.organisations.size() == 6);
    CHECK(acute.recommendations.front().organisations == 6);

    SECTION("and its peer benchmark names no organisation and suppresses groups under five")
    {
        const PeerBenchmark benchmark = PeerBenchmark::build(all);
        const QByteArray bytes = benchmark.write();
        for (const RegionOrganisation &org : all.organisations) {
            CHECK_FALSE(bytes.contains(org.organisation.name.toUtf8()));
            CHECK_FALSE(
                bytes.contains(QString(QLatin1Char('"') + org.organisation.odsCode + QLatin1Char('"')).toUtf8()));
        }
        REQUIRE(benchmark.group(QStringLiteral("all")));
        CHECK(benchmark.group(QStringLiteral("all"))->organisations == 9);
        CHECK_FALSE(benchmark.group(QStringLiteral("acute"))->suppressed);
        CHECK(benchmark.group(QStringLiteral("mental_health"))->suppressed);
        CHECK_FALSE(bytes.contains("\"organisations\": 3"));
        auto back = PeerBenchmark::parse(bytes, QStringLiteral("benchmark.json"));
        REQUIRE(back.ok());
        CHECK(back->groups.size() == benchmark.groups.size());
        CHECK(back->group(QStringLiteral("acute"))->overall.median ==
              Approx(benchmark.group(QStringLiteral("acute"))->overall.median).margin(0.01));
    }
}

TEST_CASE("Quartiles interpolate as spreadsheets do and need five values")
{
    const QuartileStat s = PeerBenchmark::quartiles(QStringLiteral("d"), QStringLiteral("D"), {10, 20, 30, 40, 50});
    CHECK_FALSE(s.suppressed);
    CHECK(s.q1 == Approx(20));
    CHECK(s.median == Approx(30));
    CHECK(s.q3 == Approx(40));
    const QuartileStat even = PeerBenchmark::quartiles(QStringLiteral("d"), QStringLiteral("D"), {1, 2, 3, 4, 5, 6});
    CHECK(even.q1 == Approx(2.25));
    CHECK(even.median == Approx(3.5));
    CHECK(even.q3 == Approx(4.75));
    CHECK(PeerBenchmark::quartiles(QStringLiteral("d"), QStringLiteral("D"), {1, 2, 3, 4}).suppressed);
}

TEST_CASE("A benchmark file claiming a group of fewer than five is refused")
{
    const QByteArray bytes = R"({"format": "ahplead.benchmark", "formatVersion": 1,
        "framework": {"id": "board", "version": "1.0.0"}, "createdAt": "2026-11-01T00:00:00Z",
        "minimumGroupSize": 5, "groups": [{"organisationType": "acute", "suppressed": false, "organisations": 3,
        "overall": {"id": "overall", "title": "Overall", "suppressed": true}, "domains": []}]})";
    auto b = PeerBenchmark::parse(bytes, QStringLiteral("b.json"));
    REQUIRE_FALSE(b.ok());
    CHECK(b.message() == QStringLiteral("b.json: /groups/0/organisations: a group of fewer than 5 must be suppressed"));
}
