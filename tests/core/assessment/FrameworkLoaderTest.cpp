#include "core/assessment/FrameworkLoader.h"
#include "core/base/JsonFile.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace ahplead;
using nlohmann::json;

namespace {

json demo()
{
    auto doc = JsonFile::parse(test::readFile(test::fixturesDir() + QStringLiteral("/frameworks/demo.json")),
                               QStringLiteral("demo.json"));
    REQUIRE(doc.ok());
    return doc.value();
}

QString messageFor(const json &doc)
{
    auto fw = FrameworkLoader::fromJson(doc, QStringLiteral("demo.json"));
    REQUIRE_FALSE(fw.ok());
    return fw.message();
}

} // namespace

TEST_CASE("The worked-example framework loads with its domains, questions and recommendations")
{
    auto fw = FrameworkLoader::fromJson(demo(), QStringLiteral("demo.json"));
    REQUIRE(fw.ok());
    CHECK(fw->key() == QStringLiteral("demo 1.0.0"));
    CHECK(fw->domains.size() == 2);
    CHECK(fw->questionCount() == 5);
    CHECK(fw->recommendations.size() == 5);
    CHECK(fw->question(QStringLiteral("demo.a.q3"))->allowNotApplicable);
    CHECK(fw->domainOfQuestion(QStringLiteral("demo.b.q4"))->id == QStringLiteral("demo.b"));
}

TEST_CASE("A citation of an unknown document is refused with its JSON pointer")
{
    json doc = demo();
    doc["domains"][1]["questions"][0]["citations"][0]["document"] = "wikipedia";
    CHECK(messageFor(doc) == QStringLiteral("demo.json: /domains/1/questions/0/citations/0/document: \"wikipedia\" is "
                                            "not one of handbook, investing, developing, blog, ics"));
}

TEST_CASE("A recommendation naming a question that does not exist is refused")
{
    json doc = demo();
    doc["recommendations"][2]["evidence"][0]["question"] = "demo.a.missing";
    CHECK(messageFor(doc) == QStringLiteral("demo.json: /recommendations/2/evidence/0/question: \"demo.a.missing\" is "
                                            "not a question of this framework"));
}

TEST_CASE("An id used twice is refused")
{
    json doc = demo();
    doc["domains"][0]["questions"][1]["id"] = "demo.a.q1";
    CHECK(messageFor(doc) ==
          QStringLiteral("demo.json: /domains/0/questions/1/id: the id \"demo.a.q1\" is used twice"));
}

TEST_CASE("A question id outside its domain is refused")
{
    json doc = demo();
    doc["domains"][0]["questions"][0]["id"] = "demo.b.q9";
    CHECK(messageFor(doc).contains(
        QStringLiteral("/domains/0/questions/0/id: \"demo.b.q9\" should start with \"demo.a.\"")));
}

TEST_CASE("A misspelt field is refused rather than ignored")
{
    json doc = demo();
    doc["domains"][0]["questions"][0]["allowNotApplicible"] = true;
    CHECK(messageFor(doc) ==
          QStringLiteral("demo.json: /domains/0/questions/0/allowNotApplicible: is not a known field here"));
}

TEST_CASE("A missing required field is named")
{
    json doc = demo();
    doc["recommendations"][0].erase("action");
    CHECK(messageFor(doc) == QStringLiteral("demo.json: /recommendations/0/action: is missing; it is required"));
}

TEST_CASE("A weight out of range is refused")
{
    json doc = demo();
    doc["domains"][0]["weight"] = 0;
    CHECK(messageFor(doc).contains(QStringLiteral("/domains/0/weight: a weight must be above 0")));
}
