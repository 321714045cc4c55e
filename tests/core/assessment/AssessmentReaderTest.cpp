#include "core/assessment/AssessmentReader.h"
#include "core/base/JsonFile.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace ahplead;
using nlohmann::json;

namespace {

json boardExample()
{
    auto doc = JsonFile::parse(test::readFile(test::dataDir() + QStringLiteral("/examples/board-example.json")),
                               QStringLiteral("board-example.json"));
    REQUIRE(doc.ok());
    return doc.value();
}

QString messageFor(const json &doc)
{
    auto a = AssessmentReader::fromJson(doc, QStringLiteral("board-2026.json"), test::frameworks());
    REQUIRE_FALSE(a.ok());
    return a.message();
}

} // namespace

TEST_CASE("Each bundled example assessment reads and answers every question of its framework")
{
    for (const char *kind : {"board", "individual", "system"}) {
        const QString path = test::dataDir() + QStringLiteral("/examples/%1-example.json").arg(QLatin1String(kind));
        auto a = AssessmentReader::read(path, test::frameworks());
        INFO(path.toStdString());
        REQUIRE(a.ok());
        const Framework *fw = test::frameworks().find(a->frameworkId, a->frameworkVersion);
        REQUIRE(fw);
        CHECK(a->answers.size() == fw->questionCount());
        CHECK_FALSE(a->organisation.name.isEmpty());
    }
}

TEST_CASE("An answer value outside the scale is reported with its JSON pointer and the allowed values")
{
    json doc = boardExample();
    doc["answers"][12]["value"] = "maybe";
    CHECK(messageFor(doc) == QStringLiteral("board-2026.json: /answers/12/value: \"maybe\" is not one of not_in_place, "
                                            "partial, in_place, not_applicable"));
}

TEST_CASE("An unknown question id is refused")
{
    json doc = boardExample();
    doc["answers"][3]["question"] = "board.structure.no_such_question";
    CHECK(messageFor(doc) ==
          QStringLiteral("board-2026.json: /answers/3/question: \"board.structure.no_such_question\" "
                         "is not a question of framework board 1.0.0"));
}

TEST_CASE("A question answered twice is refused")
{
    json doc = boardExample();
    doc["answers"][5]["question"] = doc["answers"][4]["question"];
    const std::string id = doc["answers"][4]["question"];
    CHECK(messageFor(doc) == QStringLiteral("board-2026.json: /answers/5/question: question %1 is answered twice")
                                 .arg(QString::fromStdString(id)));
}

TEST_CASE("Another version of the framework is refused, naming the version this program has")
{
    json doc = boardExample();
    doc["framework"]["version"] = "2.0.0";
    CHECK(messageFor(doc) ==
          QStringLiteral("board-2026.json: /framework: framework board version 2.0.0 is not known to "
                         "this version of ahplead (it has versions 1.0.0, 1.1.0)"));
}

TEST_CASE("An unknown framework is refused, listing the known ones")
{
    json doc = boardExample();
    doc["framework"]["id"] = "hospital";
    CHECK(messageFor(doc).contains(QStringLiteral("framework \"hospital\" is not known; expected one of board 1.0.0")));
}

TEST_CASE("A newer format version is refused with a message to update")
{
    json doc = boardExample();
    doc["formatVersion"] = 2;
    CHECK(messageFor(doc) ==
          QStringLiteral("board-2026.json: /formatVersion: the file is format version 2, written by a "
                         "newer ahplead; this version reads versions up to 1. Update ahplead to open it."));
}

TEST_CASE("A file of another format is refused")
{
    json doc = boardExample();
    doc["format"] = "ahplead.framework";
    CHECK(messageFor(doc).startsWith(QStringLiteral("board-2026.json: /format: \"ahplead.framework\" is not")));
}

TEST_CASE("Not applicable is refused for a question that does not allow it")
{
    json doc = boardExample();
    const Framework *board = &test::exampleFramework(QStringLiteral("board"));
    std::size_t index = 0;
    while (board->question(QString::fromStdString(doc["answers"][index]["question"].get<std::string>()))
               ->allowNotApplicable)
        ++index;
    doc["answers"][index]["value"] = "not_applicable";
    CHECK(messageFor(doc).contains(QStringLiteral("/answers/%1/value: question").arg(index)));
    CHECK(messageFor(doc).contains(QStringLiteral("cannot be answered not_applicable")));
}

TEST_CASE("Wrong types are reported as what was expected")
{
    json doc = boardExample();
    doc["answers"][0]["flagged"] = "yes";
    CHECK(messageFor(doc) ==
          QStringLiteral("board-2026.json: /answers/0/flagged: expected true or false, found \"yes\""));
    doc = boardExample();
    doc["organisation"].erase("name");
    CHECK(messageFor(doc) == QStringLiteral("board-2026.json: /organisation/name: is missing; it is required"));
    doc = boardExample();
    doc["answers"] = json::object();
    CHECK(messageFor(doc) == QStringLiteral("board-2026.json: /answers: expected an array, found an object"));
}

TEST_CASE("An unreadable timestamp is reported with an example of the expected form")
{
    json doc = boardExample();
    doc["createdAt"] = "last Tuesday";
    CHECK(messageFor(doc).contains(QStringLiteral("/createdAt: \"last Tuesday\" is not a date and time")));
}

TEST_CASE("A file over 10 MiB is refused by size without being parsed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    test::writeFile(path, QByteArray(11 * 1024 * 1024, ' '));
    auto a = AssessmentReader::read(path, test::frameworks());
    REQUIRE_FALSE(a.ok());
    CHECK(a.message() == QStringLiteral("huge.json: the file is 11.0 MiB; files over 10 MiB are not accepted"));
}

TEST_CASE("A missing file is reported as missing")
{
    auto a = AssessmentReader::read(QStringLiteral("/nonexistent/a.json"), test::frameworks());
    REQUIRE_FALSE(a.ok());
    CHECK(a.message() == QStringLiteral("a.json: the file does not exist (/nonexistent/a.json)"));
}

TEST_CASE("The questions still to agree are read, and one beside an answer is ignored")
{
    json doc = boardExample();
    const std::string open = doc["answers"][0]["question"];
    const std::string answered = doc["answers"][1]["question"];
    doc["answers"].erase(0);
    doc["toAgree"] = json::array({{{"question", open}, {"note", "Not agreed. Ratings: 1 in place, 1 not in place."}},
                                  {{"question", answered}, {"note", "Not agreed. Ratings: 2 in place, 1 partly."}}});
    auto a = AssessmentReader::fromJson(doc, QStringLiteral("draft.json"), test::frameworks());
    REQUIRE(a.ok());
    REQUIRE(a->toAgree.size() == 1);
    CHECK(a->toAgree.value(QString::fromStdString(open)) ==
          QStringLiteral("Not agreed. Ratings: 1 in place, 1 not in place."));
    CHECK(a->stillToAgree(QString::fromStdString(answered)).isEmpty());
}

TEST_CASE("A question to agree that is unknown, listed twice or has no note is refused, naming the place")
{
    json doc = boardExample();
    const std::string id = doc["answers"][0]["question"];
    doc["answers"].erase(0);
    SECTION("an unknown question")
    {
        doc["toAgree"] = json::array({{{"question", "board.structure.no_such_question"}, {"note", "Not agreed."}}});
        CHECK(messageFor(doc) == QStringLiteral("board-2026.json: /toAgree/0/question: "
                                                "\"board.structure.no_such_question\" is not a question of framework "
                                                "board 1.0.0"));
    }
    SECTION("a question listed twice")
    {
        doc["toAgree"] = json::array({{{"question", id}, {"note", "a"}}, {{"question", id}, {"note", "b"}}});
        CHECK(messageFor(doc) == QStringLiteral("board-2026.json: /toAgree/1/question: question %1 is listed twice")
                                     .arg(QString::fromStdString(id)));
    }
    SECTION("an empty note")
    {
        doc["toAgree"] = json::array({{{"question", id}, {"note", ""}}});
        CHECK(messageFor(doc).startsWith(QStringLiteral("board-2026.json: /toAgree/0/note: is empty")));
    }
    SECTION("a note of the wrong type")
    {
        doc["toAgree"] = json::array({{{"question", id}, {"note", 3}}});
        CHECK(messageFor(doc).startsWith(QStringLiteral("board-2026.json: /toAgree/0/note: ")));
    }
    SECTION("a member not expected")
    {
        doc["toAgree"] = json::array({{{"question", id}, {"note", "a"}, {"value", "in_place"}}});
        CHECK(messageFor(doc).startsWith(QStringLiteral("board-2026.json: /toAgree/0")));
    }
    SECTION("a rating file")
    {
        doc["rating"] = {{"invitationId", "3f0c8a4e-6b1d-5e2f-9a7c-1d2e3f4a5b6c"},
                         {"raterId", "0f8fad5b-d9cb-469f-a165-70867728950e"},
                         {"role", "chair"}};
        doc["toAgree"] = json::array({{{"question", id}, {"note", "a"}}});
        CHECK(messageFor(doc) == QStringLiteral("board-2026.json: /toAgree: a rating file has no questions to agree; "
                                                "only the board's merged draft does"));
    }
}
