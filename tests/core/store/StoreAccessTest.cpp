// Who may do what in a shared store, enforced by the server (issue 16, item 5): each test
// connects as database users of its own on the throwaway server and asks the server directly
// (psql) as well as through ahplead, so that nothing here rests on the app filtering rows.
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/region/Importer.h"
#include "core/region/SubmissionFile.h"
#include "core/store/Store.h"
#include "support/TestStores.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QUuid>

using namespace ahplead;

namespace {

std::unique_ptr<Store> openAccessStore(const QString &address)
{
    auto store = Store::open(address);
    if (!store.ok())
        FAIL(store.message().toStdString());
    return std::move(store).value();
}

// A submission file from trust N of REGION.
QString regionalSubmission(test::TestStores &stores, int trust, const QString &region)
{
    auto a =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/board-example.json"), test::frameworks());
    REQUIRE(a.ok());
    a->organisation.name = QStringLiteral("Trust %1").arg(trust);
    a->organisation.odsCode = QStringLiteral("R%1").arg(trust);
    a->organisation.region = region;
    Submission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.submittedAt = QDateTime(QDate(2026, 11, trust), QTime(9, 0), Qt::UTC);
    s.submitter = {QStringLiteral("Submitter %1").arg(trust), QStringLiteral("Chief AHP")};
    s.assessment = a.value();
    const Framework &fw = *test::frameworks().find(a->frameworkId, a->frameworkVersion);
    const QString path = stores.filePath(QStringLiteral("trust-%1.ahplead").arg(trust));
    test::writeFile(path, SubmissionFile::write(s, fw, Scorer::score(fw, a.value())));
    return path;
}

// The store's owner sets it up and imports two submissions from the North East (trusts 1, 2)
// and one from London (trust 3).
std::unique_ptr<Store> ownersStore(test::TestStores &stores)
{
    auto owner = openAccessStore(stores.address());
    const QStringList files{regionalSubmission(stores, 1, QStringLiteral("North East")),
                            regionalSubmission(stores, 2, QStringLiteral("North East")),
                            regionalSubmission(stores, 3, QStringLiteral("London"))};
    REQUIRE(
        Importer(*owner, test::frameworks(), QStringLiteral("owner")).run(files).count(Importer::Outcome::Imported) ==
        3);
    return owner;
}

// The value of R, or the test fails with its message.
template <typename T> T must(Result<T> r)
{
    if (!r.ok())
        FAIL(r.message().toStdString());
    return std::move(r).value();
}

int rowsSeenBy(test::TestStores &stores, const QString &user, const QString &table)
{
    const test::ProcessResult counted =
        stores.trySqlAs(QStringLiteral("s"), user, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    INFO(counted.err.toStdString());
    REQUIRE(counted.exitCode == 0);
    return counted.out.trimmed().toInt();
}

} // namespace

#define SKIP_WITHOUT_SERVER(stores)                                                                                    \
    if (!(stores).unavailable().isEmpty())                                                                             \
    AHPLEAD_SKIP((stores).unavailable().toStdString())

TEST_CASE("A viewer reads a shared store, but its import and its review are refused plainly and change nothing, on "
          "PostgreSQL",
          "[store][postgresql]")
{
    test::TestStores stores(test::Backend::PostgreSQL);
    SKIP_WITHOUT_SERVER(stores);
    auto owner = ownersStore(stores);
    const QString viewer = stores.login(QStringLiteral("viewer"));
    REQUIRE(owner->grant(viewer, QStringLiteral("viewer"), {}, QStringLiteral("owner")).ok());
    const auto auditBefore = must(owner->auditLog()).size();

    auto looking = openAccessStore(stores.addressAs(QStringLiteral("s"), viewer));
    CHECK(looking->databaseUser() == viewer);
    REQUIRE(must(looking->submissions()).size() == 3);

    const Importer::Report refused = Importer(*looking, test::frameworks(), QStringLiteral("viewer"))
                                         .run({regionalSubmission(stores, 4, QStringLiteral("North East"))});
    REQUIRE(refused.items.size() == 1);
    CHECK(refused.items[0].outcome == Importer::Outcome::Rejected);
    INFO(refused.items[0].message.toStdString());
    CHECK(refused.items[0].message.contains(
        QStringLiteral("%1: the submission could not be saved: you can look at this store but not change it. ")
            .arg(stores.addressAs(QStringLiteral("s"), viewer))));

    const qint64 first = must(looking->submissions()).front().id;
    const Status review = looking->setReview(first, QStringLiteral("accepted"), {}, QStringLiteral("viewer"));
    REQUIRE_FALSE(review.ok());
    CHECK(review.message().contains(QStringLiteral("you can look at this store but not change it")));

    CHECK(must(owner->submissions()).size() == 3);
    CHECK(must(owner->submission(first)).reviewStatus == QStringLiteral("submitted"));
    CHECK(must(owner->auditLog()).size() == auditBefore);
}

TEST_CASE("A reviewer given a region sees only that region's organisations, submissions and reviews, and a national "
          "reviewer sees them all, enforced by the server, on PostgreSQL",
          "[store][postgresql]")
{
    test::TestStores stores(test::Backend::PostgreSQL);
    SKIP_WITHOUT_SERVER(stores);
    auto owner = ownersStore(stores);
    const std::vector<SubmissionRecord> all = must(owner->submissions());
    for (const SubmissionRecord &s : all) {
        const Status reviewed = owner->setReview(
            s.id, QStringLiteral("in_review"), {{QString(), QStringLiteral("Seen"), {}, {}}}, QStringLiteral("owner"));
        INFO((reviewed ? std::string() : reviewed.message().toStdString()));
        REQUIRE(reviewed.ok());
    }
    const QString northEast = stores.login(QStringLiteral("north_east"));
    const QString national = stores.login(QStringLiteral("national"));
    // The region as the administrator typed it: compared as the store compares names, ignoring case.
    REQUIRE(owner->grant(northEast, QStringLiteral("reviewer"), QStringLiteral("north east"), QStringLiteral("owner"))
                .ok());
    REQUIRE(owner->grant(national, QStringLiteral("reviewer"), {}, QStringLiteral("owner")).ok());

    // Asked directly, the server shows the North East's reviewer its two trusts and nothing else.
    CHECK(rowsSeenBy(stores, northEast, QStringLiteral("organisations")) == 2);
    CHECK(rowsSeenBy(stores, northEast, QStringLiteral("submissions")) == 2);
    CHECK(rowsSeenBy(stores, northEast, QStringLiteral("review_comments")) == 2);
    CHECK(rowsSeenBy(stores, northEast,
                     QStringLiteral("submissions s JOIN organisations o ON o.id = "
                                    "s.organisation_id WHERE o.region = 'London'")) == 0);
    CHECK(rowsSeenBy(stores, national, QStringLiteral("organisations")) == 3);
    CHECK(rowsSeenBy(stores, national, QStringLiteral("submissions")) == 3);
    CHECK(rowsSeenBy(stores, national, QStringLiteral("review_comments")) == 3);

    auto regional = openAccessStore(stores.addressAs(QStringLiteral("s"), northEast));
    const auto seen = must(regional->submissions());
    REQUIRE(seen.size() == 2);
    for (const SubmissionRecord &s : seen)
        CHECK(s.organisation.region == QStringLiteral("North East"));
    const auto london = must(owner->submissionByUuid(must(owner->submissions()).back().uuid));
    REQUIRE(london);
    REQUIRE(london->organisation.region == QStringLiteral("London"));
    CHECK_FALSE(regional->submission(london->id).ok());
    CHECK_FALSE(regional->setReview(london->id, QStringLiteral("accepted"), {}, QStringLiteral("north east")).ok());
    CHECK(must(owner->submission(london->id)).reviewStatus == QStringLiteral("in_review"));

    // A reviewer imports and reviews in their own region; another region's file is refused by the server.
    const Importer::Report ownRegion = Importer(*regional, test::frameworks(), QStringLiteral("north east"))
                                           .run({regionalSubmission(stores, 4, QStringLiteral("North East"))});
    CHECK(ownRegion.count(Importer::Outcome::Imported) == 1);
    REQUIRE(regional->setReview(seen.front().id, QStringLiteral("accepted"), {}, QStringLiteral("north east")).ok());
    const Importer::Report otherRegion = Importer(*regional, test::frameworks(), QStringLiteral("north east"))
                                             .run({regionalSubmission(stores, 5, QStringLiteral("London"))});
    REQUIRE(otherRegion.items.size() == 1);
    CHECK(otherRegion.items[0].outcome == Importer::Outcome::Rejected);
    CHECK(otherRegion.items[0].message.contains(QStringLiteral("this belongs to a region you have not been given")));
    CHECK(must(owner->submissions()).size() == 4);
    CHECK(rowsSeenBy(stores, national, QStringLiteral("submissions")) == 4);
}

TEST_CASE("The audit log names the database user of every change, and no one but the store's owner can change or "
          "remove a line of it, on PostgreSQL",
          "[store][postgresql]")
{
    test::TestStores stores(test::Backend::PostgreSQL);
    SKIP_WITHOUT_SERVER(stores);
    auto owner = ownersStore(stores);
    const QString reviewer = stores.login(QStringLiteral("reviewer"));
    const QString admin = stores.login(QStringLiteral("admin"));
    REQUIRE(owner->grant(reviewer, QStringLiteral("reviewer"), {}, QStringLiteral("owner")).ok());
    REQUIRE(owner->grant(admin, QStringLiteral("admin"), {}, QStringLiteral("owner")).ok());

    auto reviewing = openAccessStore(stores.addressAs(QStringLiteral("s"), reviewer));
    const qint64 first = must(reviewing->submissions()).front().id;
    REQUIRE(reviewing->setReview(first, QStringLiteral("accepted"), {}, QStringLiteral("Helen")).ok());
    const AuditEntry last = must(owner->auditLog()).back();
    CHECK(last.action == QStringLiteral("review"));
    CHECK(last.actor == QStringLiteral("Helen"));
    CHECK(last.databaseUser == reviewer);
    CHECK(must(owner->auditLog()).front().databaseUser == owner->databaseUser());

    // Asked directly: neither a reviewer nor an admin may change or remove a line, nor write one
    // in someone else's name.
    for (const QString &user : {reviewer, admin}) {
        INFO(user.toStdString());
        for (const char *change :
             {"UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log", "TRUNCATE audit_log"}) {
            const test::ProcessResult refused = stores.trySqlAs(QStringLiteral("s"), user, QString::fromLatin1(change));
            CHECK(refused.exitCode != 0);
            CHECK(refused.err.contains(QStringLiteral("permission denied")));
        }
        const test::ProcessResult forged = stores.trySqlAs(
            QStringLiteral("s"), user,
            QStringLiteral("INSERT INTO audit_log (at, actor, action, db_user) VALUES ('now', 'x', 'forged', 'owner') "
                           "RETURNING db_user"));
        INFO(forged.err.toStdString());
        CHECK(forged.exitCode == 0);
        CHECK(forged.out.trimmed().startsWith(user));
    }
    CHECK(stores.sql(QStringLiteral("s"),
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'someone else'")) ==
          QStringLiteral("0"));
    // The owner can (a store's owner answers for it on the server, as its administrator does).
    CHECK(stores.sql(QStringLiteral("s"), QStringLiteral("UPDATE audit_log SET detail = detail WHERE id = 1")) ==
          QString());
}

TEST_CASE("A file store has no users: roles and regions are refused, saying its file permissions decide", "[store]")
{
    test::TestStores stores(test::Backend::SQLite);
    auto store = openAccessStore(stores.address());
    const Status refused = store->grant(QStringLiteral("jo"), QStringLiteral("viewer"), {}, QStringLiteral("t"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().startsWith(store->description() +
                                       QStringLiteral(" is a file, and a file store has no users")));
    CHECK(refused.message().contains(QStringLiteral("Its file permissions decide")));
    CHECK_FALSE(store->setUpRoles().ok());
    CHECK(must(store->auditLog()).empty());
}
