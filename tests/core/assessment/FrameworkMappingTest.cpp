#include "core/assessment/FrameworkMapping.h"
#include "core/assessment/AssessmentCopier.h"
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/FrameworkLoader.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace ahplead;

namespace {

// A small framework VERSION with one domain asking QUESTIONS (id suffix -> text).
Framework smallFramework(const char *version, const std::vector<std::pair<const char *, const char *>> &questions)
{
    nlohmann::json qs = nlohmann::json::array();
    for (const auto &[id, text] : questions)
        qs.push_back({{"id", std::string("t.d.") + id},
                      {"text", text},
                      {"weight", 1},
                      {"allowNotApplicable", false},
                      {"guidance", {{"why", "w"}, {"good", "g"}, {"evidence", "e"}}},
                      {"citations", {{{"document", "handbook"}, {"section", "3.1"}}}}});
    const nlohmann::json doc = {
        {"format", "ahplead.framework"},
        {"formatVersion", 1},
        {"id", "t"},
        {"version", version},
        {"title", "T"},
        {"description", "D"},
        {"audience", "board"},
        {"scale",
         {{{"value", "not_in_place"}, {"label", "No"}, {"score", 0}, {"description", "n"}},
          {{"value", "partial"}, {"label", "Partly"}, {"score", 0.5}, {"description", "p"}},
          {{"value", "in_place"}, {"label", "Yes"}, {"score", 1}, {"description", "y"}}}},
        {"domains", {{{"id", "t.d"}, {"title", "D"}, {"description", "D"}, {"weight", 1}, {"questions", qs}}}},
        {"recommendations",
         {{{"id", "t.rec.r"},
           {"title", "R"},
           {"text", "R"},
           {"critical", false},
           {"weight", 1},
           {"action", "A"},
           {"evidence", {{{"question", std::string("t.d.") + questions.front().first}, {"weight", 1}}}},
           {"citations", {{{"document", "handbook"}, {"section", "3.1"}}}}}}}};
    auto fw = FrameworkLoader::fromJson(doc, QStringLiteral("t.json"));
    REQUIRE(fw.ok());
    return fw.value();
}

const Framework &older()
{
    static const Framework fw =
        smallFramework("1.0.0", {{"kept", "Kept as it was."}, {"reworded", "Old words."}, {"joined", "Two things."}});
    return fw;
}

const Framework &newer()
{
    static const Framework fw = smallFramework("1.1.0", {{"kept", "Kept as it was."},
                                                         {"reworded", "New words."},
                                                         {"joined_one", "One thing."},
                                                         {"joined_two", "The other thing."},
                                                         {"added", "Something new."}});
    return fw;
}

nlohmann::json mappingDoc(const nlohmann::json &entries)
{
    return {{"format", "ahplead.upgrade"}, {"formatVersion", 1}, {"framework", "t"}, {"from", "1.0.0"}, {"to", "1.1.0"},
            {"questions", entries}};
}

Result<FrameworkMapping> mappingOf(const nlohmann::json &entries)
{
    return FrameworkMapping::fromJson(mappingDoc(entries), QStringLiteral("t-1.0.0-to-1.1.0.json"), older(), newer());
}

const nlohmann::json splitEntry = {
    {"from", "t.d.joined"}, {"to", {"t.d.joined_one", "t.d.joined_two"}}, {"why", "Split"}};

} // namespace

TEST_CASE("A mapping that names an unknown question is refused, naming the file and the entry")
{
    auto m = mappingOf({splitEntry, {{"from", "t.d.nowhere"}, {"to", {"t.d.kept"}}, {"why", "x"}}});
    REQUIRE_FALSE(m.ok());
    CHECK(m.message().contains(QStringLiteral("t-1.0.0-to-1.1.0.json")));
    CHECK(m.message().contains(QStringLiteral("/questions/1/from")));
    CHECK(m.message().contains(QStringLiteral("t.d.nowhere")));

    auto target = mappingOf({{{"from", "t.d.joined"}, {"to", {"t.d.missing"}}, {"why", "x"}}});
    REQUIRE_FALSE(target.ok());
    CHECK(target.message().contains(QStringLiteral("/questions/0/to/0")));
}

TEST_CASE("A mapping that maps one question twice is refused")
{
    auto m = mappingOf({splitEntry, splitEntry});
    REQUIRE_FALSE(m.ok());
    CHECK(m.message().contains(QStringLiteral("mapped twice")));
    CHECK(m.message().contains(QStringLiteral("/questions/1/from")));
}

TEST_CASE("A mapping that would lose an answer is refused")
{
    auto unmapped = mappingOf(nlohmann::json::array());
    REQUIRE_FALSE(unmapped.ok());
    CHECK(unmapped.message().contains(QStringLiteral("t.d.joined")));
    CHECK(unmapped.message().contains(QStringLiteral("would be lost")));

    auto empty = mappingOf({{{"from", "t.d.joined"}, {"to", nlohmann::json::array()}, {"why", "x"}}});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.message().contains(QStringLiteral("would be lost")));
}

TEST_CASE("Moving to a newer version carries every answer and flags the reworded, split and new questions")
{
    // json::array: a braced list of one json would copy it, not make an array of it.
    auto mapping = mappingOf(nlohmann::json::array({splitEntry}));
    REQUIRE(mapping.ok());
    Assessment a;
    a.title = QStringLiteral("Ours");
    a.frameworkId = QStringLiteral("t");
    a.frameworkVersion = QStringLiteral("1.0.0");
    for (const char *id : {"t.d.kept", "t.d.reworded", "t.d.joined"}) {
        Answer answer;
        answer.questionId = QString::fromLatin1(id);
        answer.value = AnswerValue::Partial;
        answer.evidence = QStringLiteral("note for ") + answer.questionId;
        a.answers.insert(answer.questionId, answer);
    }
    const auto copy = AssessmentCopier::upgrade(a, older(), newer(), mapping.value());
    CHECK(copy.assessment.frameworkVersion == QStringLiteral("1.1.0"));
    CHECK(copy.assessment.title == QStringLiteral("Ours"));
    CHECK(copy.copied == 3);
    CHECK(copy.leftBehind.isEmpty());
    REQUIRE(copy.assessment.answers.size() == 4);
    CHECK_FALSE(copy.assessment.answers.value(QStringLiteral("t.d.kept")).flagged);
    CHECK(copy.assessment.answers.value(QStringLiteral("t.d.reworded")).flagged);
    for (const char *part : {"t.d.joined_one", "t.d.joined_two"}) {
        const Answer answer = copy.assessment.answers.value(QString::fromLatin1(part));
        CHECK(answer.flagged);
        CHECK(answer.value == AnswerValue::Partial);
        CHECK(answer.evidence == QStringLiteral("note for t.d.joined"));
    }
    QStringList review = copy.toReview;
    review.sort();
    CHECK(review == QStringList{QStringLiteral("t.d.added"), QStringLiteral("t.d.joined_one"),
                                QStringLiteral("t.d.joined_two"), QStringLiteral("t.d.reworded")});
}

TEST_CASE("Every bundled older framework version has a mapping to the latest, and each example carries every answer")
{
    const FrameworkLibrary &library = test::frameworks();
    CHECK(library.problems().isEmpty());
    for (const char *kind : {"board", "individual", "system"}) {
        INFO(kind);
        const QString path = test::dataDir() + QStringLiteral("/examples/%1-example.json").arg(QLatin1String(kind));
        auto example = AssessmentReader::read(path, library);
        REQUIRE(example.ok());
        const Framework *from = library.find(example->frameworkId, example->frameworkVersion);
        const Framework *to = library.latest(example->frameworkId);
        REQUIRE(from);
        REQUIRE(to);
        if (from == to)
            continue;
        const FrameworkMapping *mapping = library.upgradeFrom(*from);
        REQUIRE(mapping);
        const auto copy = AssessmentCopier::upgrade(example.value(), *from, *to, *mapping);
        CHECK(copy.copied == example->answers.size());
        CHECK(copy.leftBehind.isEmpty());
        for (const Answer &answer : copy.assessment.answers)
            CHECK(to->question(answer.questionId) != nullptr);
    }
}
