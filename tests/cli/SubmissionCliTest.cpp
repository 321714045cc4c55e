#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace ahplead;
using test::runCli;

namespace {

QString boardExample()
{
    return test::dataDir() + QStringLiteral("/examples/board-example.json");
}

} // namespace

TEST_CASE("Submit, import, review and return: the whole round trip through the CLI")
{
    QTemporaryDir dir;
    const QString trust = dir.filePath(QStringLiteral("trust.sqlite"));
    const QString region = dir.filePath(QStringLiteral("region.sqlite"));
    const QString outbox = dir.filePath(QStringLiteral("outbox"));
    QDir().mkpath(outbox);
    REQUIRE(runCli({QStringLiteral("import"), boardExample()}, trust).exitCode == 0);

    const auto submitted = runCli(
        {QStringLiteral("submit"), QStringLiteral("1"), QStringLiteral("-o"), outbox + QStringLiteral("/r1.ahplead")},
        trust);
    REQUIRE(submitted.exitCode == 0);
    CHECK(submitted.out.startsWith(QStringLiteral("Submitted assessment 1 (revision 1)")));
    CHECK(submitted.out.contains(QStringLiteral("sha256:")));
    // No business case in the trust's store: the output says no metrics went with it.
    CHECK(submitted.out.contains(QStringLiteral("no business case of this organisation in the store")));

    // The submitted revision is read-only: an answer starts revision 2.
    const auto changed = runCli({QStringLiteral("answer"), QStringLiteral("1"),
                                 QStringLiteral("board.structure.full_time"), QStringLiteral("in_place")},
                                trust);
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.out.contains(QStringLiteral("starts a new revision: assessment 2")));
    REQUIRE(runCli({QStringLiteral("submit"), QStringLiteral("2"), QStringLiteral("-o"),
                    outbox + QStringLiteral("/r2.ahplead")},
                   trust)
                .exitCode == 0);

    const auto imported = runCli({QStringLiteral("import"), outbox}, region);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.startsWith(QStringLiteral("Imported 2 of 2 files")));
    CHECK(imported.out.contains(QStringLiteral("revision 2")));

    const auto again = runCli({QStringLiteral("import"), outbox + QStringLiteral("/r1.ahplead")}, region);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Skipped as already imported (1):")));

    const auto list = runCli({QStringLiteral("submissions")}, region);
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.count(QStringLiteral("Northfield and Riverside NHS Foundation Trust")) == 2);

    const QString reviewFile = dir.filePath(QStringLiteral("review.json"));
    const auto reviewed = runCli(
        {QStringLiteral("review"), QStringLiteral("2"), QStringLiteral("--status"), QStringLiteral("returned"),
         QStringLiteral("--comment"), QStringLiteral("Nearly there"), QStringLiteral("--domain-comment"),
         QStringLiteral("board.governance=Add the committee terms of reference"), QStringLiteral("-o"), reviewFile},
        region);
    REQUIRE(reviewed.exitCode == 0);
    CHECK(reviewed.out.contains(QStringLiteral(": returned (test-runner, ")));
    CHECK(reviewed.out.contains(QStringLiteral("  Overall: Nearly there\n")));
    CHECK(reviewed.out.contains(QStringLiteral("  Governance and assurance: Add the committee terms of reference\n")));

    const auto back = runCli({QStringLiteral("import"), reviewFile}, trust);
    REQUIRE(back.exitCode == 0);
    CHECK(back.out.contains(QStringLiteral("review of submission")));
    const auto sent = runCli({QStringLiteral("submissions"), QStringLiteral("--sent")}, trust);
    CHECK(sent.out.contains(QStringLiteral("returned")));
}

TEST_CASE("A tampered submission is refused with the digest message while the other files land")
{
    QTemporaryDir dir;
    const QString trust = dir.filePath(QStringLiteral("trust.sqlite"));
    REQUIRE(runCli({QStringLiteral("import"), boardExample(),
                    test::dataDir() + QStringLiteral("/examples/system-example.json")},
                   trust)
                .exitCode == 0);
    const QString inbox = dir.filePath(QStringLiteral("inbox"));
    QDir().mkpath(inbox);
    REQUIRE(runCli({QStringLiteral("submit"), QStringLiteral("1"), QStringLiteral("-o"),
                    inbox + QStringLiteral("/a.ahplead")},
                   trust)
                .exitCode == 0);
    REQUIRE(runCli({QStringLiteral("submit"), QStringLiteral("2"), QStringLiteral("-o"),
                    inbox + QStringLiteral("/b.ahplead")},
                   trust)
                .exitCode == 0);
    QByteArray bytes = test::readFile(inbox + QStringLiteral("/a.ahplead"));
    bytes.replace("\"flagged\":false", "\"flagged\":true");
    test::writeFile(inbox + QStringLiteral("/a.ahplead"), bytes);

    const QString region = dir.filePath(QStringLiteral("region.sqlite"));
    const auto r = runCli({QStringLiteral("import"), inbox}, region);
    CHECK(r.exitCode == 1);
    CHECK(r.out.startsWith(QStringLiteral("Imported 1 of 2 files")));
    CHECK(r.err.contains(QStringLiteral("a.ahplead: /digest: the content does not match its digest")));
}

TEST_CASE("A pilot-format submission is upgraded on import")
{
    QTemporaryDir dir;
    const auto r = runCli({QStringLiteral("import"), test::fixturesDir() + QStringLiteral("/submission-v0.ahplead")},
                          dir.filePath(QStringLiteral("region.sqlite")));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("submission-v0.ahplead: submission from Northfield and Riverside")));
}

TEST_CASE("Submitting needs an output file and a stored assessment")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.sqlite"));
    CHECK(runCli({QStringLiteral("submit"), QStringLiteral("1")}, store).exitCode == 2);
    const auto missing = runCli({QStringLiteral("submit"), QStringLiteral("7"), QStringLiteral("-o"),
                                 dir.filePath(QStringLiteral("x.ahplead"))},
                                store);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.startsWith(QStringLiteral("There is no assessment 7")));
}

TEST_CASE("A review with an unknown domain or status is refused")
{
    QTemporaryDir dir;
    const QString trust = dir.filePath(QStringLiteral("trust.sqlite"));
    const QString region = dir.filePath(QStringLiteral("region.sqlite"));
    REQUIRE(runCli({QStringLiteral("import"), boardExample()}, trust).exitCode == 0);
    const QString file = dir.filePath(QStringLiteral("a.ahplead"));
    REQUIRE(runCli({QStringLiteral("submit"), QStringLiteral("1"), QStringLiteral("-o"), file}, trust).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("import"), file}, region).exitCode == 0);
    const auto badDomain = runCli({QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--domain-comment"),
                                   QStringLiteral("board.nowhere=text")},
                                  region);
    CHECK(badDomain.exitCode == 1);
    CHECK(badDomain.err.contains(QStringLiteral("\"board.nowhere\" is not a domain")));
    const auto badStatus = runCli(
        {QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("lost")}, region);
    CHECK(badStatus.exitCode == 1);
    CHECK(badStatus.err.contains(QStringLiteral("\"lost\" is not a review status")));
}

TEST_CASE("A submitted one-answer draft is listed as provisional, never with a score or a dash")
{
    QTemporaryDir dir;
    const QString trust = dir.filePath(QStringLiteral("trust.sqlite"));
    const QString region = dir.filePath(QStringLiteral("region.sqlite"));
    const QString draft = dir.filePath(QStringLiteral("draft.json"));
    test::writeFile(draft, test::oneAnswerDraft(QStringLiteral("board")));
    REQUIRE(runCli({QStringLiteral("import"), draft}, trust).exitCode == 0);
    const QString file = dir.filePath(QStringLiteral("draft.ahplead"));
    REQUIRE(runCli({QStringLiteral("submit"), QStringLiteral("1"), QStringLiteral("-o"), file}, trust).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("import"), file}, region).exitCode == 0);
    const auto list = runCli({QStringLiteral("submissions")}, region);
    REQUIRE(list.exitCode == 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].contains(QStringLiteral(" provisional ")));
}
