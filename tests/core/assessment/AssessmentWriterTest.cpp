#include "core/assessment/AssessmentWriter.h"
#include "core/assessment/AssessmentReader.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace ahplead;

TEST_CASE("An assessment written and read back is the same assessment")
{
    auto original =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/board-example.json"), test::frameworks());
    REQUIRE(original.ok());
    original->answers[original->answers.begin().key()].evidence =
        QStringLiteral("<script>alert(1)</script> & \"quotes\" \u05e9\u05dc\u05d5\u05dd \U0001F600");
    const Framework &fw = *test::frameworks().find(original->frameworkId, original->frameworkVersion);
    const QByteArray bytes = AssessmentWriter::toBytes(original.value(), fw);
    auto again = AssessmentReader::parse(bytes, QStringLiteral("again.json"), test::frameworks());
    REQUIRE(again.ok());
    CHECK(again->organisation.name == original->organisation.name);
    CHECK(again->organisation.odsCode == original->organisation.odsCode);
    CHECK(again->assessor.role == original->assessor.role);
    CHECK(again->status == original->status);
    REQUIRE(again->answers.size() == original->answers.size());
    for (const Answer &a : original->answers) {
        const Answer &b = again->answers.value(a.questionId);
        CHECK(b.value == a.value);
        CHECK(b.evidence == a.evidence);
        CHECK(b.flagged == a.flagged);
    }
    SECTION("and writing it again gives the same bytes")
    {
        CHECK(AssessmentWriter::toBytes(again.value(), fw) == bytes);
    }
}

TEST_CASE("Written answers follow the framework's order of questions")
{
    auto a =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/system-example.json"), test::frameworks());
    REQUIRE(a.ok());
    const Framework &fw = *test::frameworks().find(a->frameworkId, a->frameworkVersion);
    const auto doc = AssessmentWriter::toJson(a.value(), fw);
    REQUIRE(doc["answers"].size() == std::size_t(fw.questionCount()));
    CHECK(QString::fromStdString(doc["answers"][0]["question"].get<std::string>()) ==
          fw.domains.front().questions.front().id);
    CHECK(QString::fromStdString(doc["answers"].back()["question"].get<std::string>()) ==
          fw.domains.back().questions.back().id);
}

TEST_CASE("The questions still to agree are written in the framework's order and read back byte for byte")
{
    auto a =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/board-example.json"), test::frameworks());
    REQUIRE(a.ok());
    const Framework &fw = *test::frameworks().find(a->frameworkId, a->frameworkVersion);
    CHECK_FALSE(AssessmentWriter::toJson(a.value(), fw).contains("toAgree"));

    const QString first = fw.domains.front().questions.front().id;
    const QString last = fw.domains.back().questions.back().id;
    const QString hostile = QStringLiteral("Not agreed. <script>alert(\"x\")</script> \\ \"quoted\" \t\u0001\u001f "
                                           "&amp; \u202e \U0001F600 Chair: <b>no</b>.");
    a->answers.remove(first);
    a->answers.remove(last);
    a->toAgree.insert(last, QStringLiteral("Not agreed. Ratings: 1 in place, 1 not in place."));
    a->toAgree.insert(first, hostile);
    a->toAgree.insert(fw.domains.front().questions.at(1).id, QStringLiteral("settled by its answer"));
    const auto doc = AssessmentWriter::toJson(a.value(), fw);
    REQUIRE(doc["toAgree"].size() == 2); // the answered one is settled
    CHECK(QString::fromStdString(doc["toAgree"][0]["question"].get<std::string>()) == first);
    CHECK(QString::fromStdString(doc["toAgree"][1]["question"].get<std::string>()) == last);

    const QByteArray bytes = AssessmentWriter::toBytes(a.value(), fw);
    CHECK_FALSE(bytes.contains("\t\x01")); // control characters are escaped in the file
    auto again = AssessmentReader::parse(bytes, QStringLiteral("again.json"), test::frameworks());
    REQUIRE(again.ok());
    CHECK(again->toAgree.size() == 2);
    CHECK(again->toAgree.value(first).toUtf8() == hostile.toUtf8());
    CHECK(AssessmentWriter::toBytes(again.value(), fw) == bytes);
}
