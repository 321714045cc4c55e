#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/base/JsonFile.h"
#include "core/region/SubmissionFile.h"
#include "core/region/Submitter.h"
#include "support/TestStores.h"
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

QByteArray submissionBytes(const Assessment &a)
{
    Submission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.submittedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
    s.submitter = {QStringLiteral("Dr Amrit Sandhu"), QStringLiteral("Non-executive director")};
    s.assessment = a;
    const Framework &fw = *test::frameworks().find(a.frameworkId, a.frameworkVersion);
    return SubmissionFile::write(s, fw, Scorer::score(fw, a));
}

} // namespace

TEST_CASE("A written submission reads back with its assessment, submitter and digest")
{
    const Assessment a = boardExample();
    const QByteArray bytes = submissionBytes(a);
    auto s = SubmissionFile::parse(bytes, QStringLiteral("trust.ahplead"), test::frameworks());
    REQUIRE(s.ok());
    CHECK(s->digest.startsWith(QStringLiteral("sha256:")));
    CHECK(s->digest.size() == 7 + 64);
    CHECK(s->submitter.name == QStringLiteral("Dr Amrit Sandhu"));
    CHECK(s->submittedAt == QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC));
    CHECK(s->assessment.organisation.name == a.organisation.name);
    CHECK(s->assessment.answers.size() == a.answers.size());
    CHECK(s->assessment.status == QStringLiteral("submitted"));
}

TEST_CASE("A changed value in a submission is detected by its digest")
{
    QByteArray bytes = submissionBytes(boardExample());
    const qsizetype at = bytes.indexOf("\"value\":\"partial\"");
    REQUIRE(at > 0);
    bytes.replace(at, 17, "\"value\":\"in_place\"");
    auto s = SubmissionFile::parse(bytes, QStringLiteral("trust.ahplead"), test::frameworks());
    REQUIRE_FALSE(s.ok());
    CHECK(s.message() == QStringLiteral("trust.ahplead: /digest: the content does not match its digest: the file was "
                                        "changed after it was submitted, or damaged on the way"));
}

TEST_CASE("A submission re-indented by an editor still matches its digest")
{
    auto doc = JsonFile::parse(submissionBytes(boardExample()), QStringLiteral("x"));
    REQUIRE(doc.ok());
    const QByteArray pretty = QByteArray::fromStdString(doc.value().dump(4));
    CHECK(SubmissionFile::parse(pretty, QStringLiteral("pretty.ahplead"), test::frameworks()).ok());
}

TEST_CASE("Any single changed letter in the organisation's name is detected")
{
    QByteArray bytes = submissionBytes(boardExample());
    const qsizetype at = bytes.indexOf("Northfield");
    bytes[at] = 'M';
    auto s = SubmissionFile::parse(bytes, QStringLiteral("trust.ahplead"), test::frameworks());
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().contains(QStringLiteral("does not match its digest")));
}

TEST_CASE("A pilot-format (version 0) submission is upgraded on reading")
{
    auto s = SubmissionFile::parse(test::readFile(test::fixturesDir() + QStringLiteral("/submission-v0.ahplead")),
                                   QStringLiteral("submission-v0.ahplead"), test::frameworks());
    REQUIRE(s.ok());
    CHECK(s->uuid == QStringLiteral("0b6f3c1e-5d2a-4c8e-9f10-7a3b2c1d0e9f"));
    CHECK(s->submitter.name == QStringLiteral("Dr Amrit Sandhu"));
    CHECK(s->revision == 1);
    CHECK(s->assessment.answers.size() == 66);
}

TEST_CASE("A tampered pilot-format submission is refused before upgrading")
{
    QByteArray bytes = test::readFile(test::fixturesDir() + QStringLiteral("/submission-v0.ahplead"));
    bytes.replace("Dr Amrit Sandhu", "Dr Amrit Sandhy");
    auto s = SubmissionFile::parse(bytes, QStringLiteral("old.ahplead"), test::frameworks());
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().startsWith(QStringLiteral("old.ahplead: /sha256: the content does not match its digest")));
}

TEST_CASE("A submission from a newer ahplead is refused with a message to update")
{
    QByteArray bytes = submissionBytes(boardExample());
    bytes.replace("\"formatVersion\": 1", "\"formatVersion\": 2");
    auto s = SubmissionFile::parse(bytes, QStringLiteral("new.ahplead"), test::frameworks());
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().contains(
        QStringLiteral("/formatVersion: the file is format version 2, written by a newer ahplead")));
}

TEST_CASE("An invalid answer inside a submission is reported at its place in the file")
{
    // Build a submission whose content is consistent with its digest but holds a bad answer.
    auto doc = JsonFile::parse(submissionBytes(boardExample()), QStringLiteral("x"));
    REQUIRE(doc.ok());
    nlohmann::json json = doc.value();
    json["content"]["assessment"]["answers"][3]["value"] = "maybe";
    json["digest"] = SubmissionFile::digestOf(json["content"]).toStdString();
    auto s = SubmissionFile::fromJson(json, QStringLiteral("bad.ahplead"), test::frameworks());
    REQUIRE_FALSE(s.ok());
    CHECK(s.message() == QStringLiteral("bad.ahplead: /content/assessment/answers/3/value: \"maybe\" is not one of "
                                        "not_in_place, partial, in_place, not_applicable"));
}

STORE_TEST_CASE("Submitting locks the assessment, records it and writes the file; a second submit is refused",
                "[store][region]")
{
    QTemporaryDir dir;
    auto store = Store::open(stores.address(QStringLiteral("trust"))).value().release();
    std::unique_ptr<Store> owner(store);
    const qint64 id = store->addAssessment(boardExample(), QStringLiteral("t")).value();
    const QString file = dir.filePath(QStringLiteral("out.ahplead"));
    auto s = Submitter::submit(*store, test::frameworks(), id, {QStringLiteral("Jo"), QStringLiteral("Chair")}, file);
    REQUIRE(s.ok());
    CHECK(QFileInfo::exists(file));
    CHECK(store->assessment(id)->locked);
    CHECK(store->assessment(id)->status == QStringLiteral("submitted"));
    auto sent = store->submissions(QStringLiteral("sent")).value();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].uuid == s->uuid);
    CHECK(sent[0].digest == s->digest);
    CHECK(store->auditLog(id)->back().action == QStringLiteral("submit"));

    Answer answer;
    answer.questionId = QStringLiteral("board.structure.post_exists");
    const Status refused = store->saveAnswer(id, answer, QStringLiteral("t"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("has been submitted and is read-only")));
    auto again = Submitter::submit(*store, test::frameworks(), id, {QStringLiteral("Jo"), {}}, file);
    REQUIRE_FALSE(again.ok());
    CHECK(again.message().contains(QStringLiteral("was submitted already")));
}

STORE_TEST_CASE("A submission whose file cannot be written leaves the assessment editable and unrecorded",
                "[store][region]")
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = std::move(Store::open(stores.address())).value();
    const qint64 id = store->addAssessment(boardExample(), QStringLiteral("t")).value();
    auto s = Submitter::submit(*store, test::frameworks(), id, {QStringLiteral("Jo"), {}},
                               dir.filePath(QStringLiteral("missing/folder/out.ahplead")));
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().contains(QStringLiteral("cannot be written")));
    CHECK_FALSE(store->assessment(id)->locked);
    CHECK(store->submissions()->empty());
}

STORE_TEST_CASE("Editing after submitting goes into a new revision of the same lineage", "[store][region]")
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = std::move(Store::open(stores.address())).value();
    const qint64 first = store->addAssessment(boardExample(), QStringLiteral("t")).value();
    REQUIRE(Submitter::submit(*store, test::frameworks(), first, {QStringLiteral("Jo"), {}},
                              dir.filePath(QStringLiteral("r1.ahplead")))
                .ok());
    auto second = store->reviseAssessment(first, QStringLiteral("editor"));
    REQUIRE(second.ok());
    const Assessment revised = store->assessment(second.value()).value();
    CHECK(revised.revision == 2);
    CHECK(revised.lineageId == first);
    CHECK_FALSE(revised.locked);
    CHECK(revised.status == QStringLiteral("draft"));
    CHECK(revised.answers.size() == 66);
    CHECK(store->auditLog(second.value())->back().action == QStringLiteral("revise"));
    CHECK(store->auditLog(second.value())->back().actor == QStringLiteral("editor"));
    // A revision of the old one again follows the newest of the lineage.
    CHECK(store->assessment(store->reviseAssessment(first, QStringLiteral("t")).value())->revision == 3);
}
