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
