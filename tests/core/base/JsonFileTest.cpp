#include "core/base/JsonFile.h"

#include <catch2/catch.hpp>

using namespace ahplead;

namespace {
QString messageFor(const QByteArray &bytes)
{
    auto parsed = JsonFile::parse(bytes, QStringLiteral("input.json"));
    REQUIRE_FALSE(parsed.ok());
    return parsed.message();
}
} // namespace

TEST_CASE("A well-formed JSON document parses")
{
    auto parsed = JsonFile::parse(R"({"a": [1, 2, {"b": "c"}]})", QStringLiteral("input.json"));
    REQUIRE(parsed.ok());
    CHECK(parsed.value()["a"][2]["b"] == "c");
}

TEST_CASE("A byte order mark at the start is accepted")
{
    CHECK(JsonFile::parse("\xEF\xBB\xBF{\"a\": 1}", QStringLiteral("bom.json")).ok());
}

TEST_CASE("An empty file is refused as empty")
{
    CHECK(messageFor("  \n") == QStringLiteral("input.json: the file is empty; expected a JSON document"));
}

TEST_CASE("A truncated document is reported as possibly truncated with its line")
{
    const QString message = messageFor("{\n  \"a\": [1, 2");
    CHECK(message.startsWith(QStringLiteral("input.json: line 2")));
    CHECK(message.contains(QStringLiteral("truncated")));
}

TEST_CASE("Garbage is reported as not JSON with its line and column")
{
    CHECK(messageFor("{\"a\": 1}\n nonsense") ==
          QStringLiteral("input.json: line 2, column 3: this is not valid JSON"));
}

TEST_CASE("Invalid UTF-8 is reported with where it is")
{
    const QString message = messageFor("{\n\"a\": \"caf\xE9\"}");
    CHECK(message == QStringLiteral("input.json: line 2, column 10: the file is not valid UTF-8 text; save it as UTF-8 "
                                    "and try again"));
}

TEST_CASE("Overlong encodings and surrogates count as invalid UTF-8")
{
    CHECK(messageFor("{\"a\": \"\xC0\xAF\"}").contains(QStringLiteral("not valid UTF-8")));
    CHECK(messageFor("{\"a\": \"\xED\xA0\x80\"}").contains(QStringLiteral("not valid UTF-8")));
}

TEST_CASE("Multi-byte UTF-8 text, right-to-left text and emoji are accepted")
{
    CHECK(JsonFile::parse("{\"a\": \"caf\xC3\xA9 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x98\x80\"}",
                          QStringLiteral("x.json"))
              .ok());
}

TEST_CASE("A key repeated in one object is refused")
{
    CHECK(messageFor(R"({"a": 1, "b": 2, "a": 3})") ==
          QStringLiteral("input.json: the key \"a\" appears twice in the same object"));
}

TEST_CASE("The same key in different objects is fine")
{
    CHECK(JsonFile::parse(R"({"a": {"x": 1}, "b": {"x": 2}})", QStringLiteral("x.json")).ok());
}

TEST_CASE("Nesting ten thousand levels deep is refused without a crash")
{
    const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
    CHECK(messageFor(deep).contains(QStringLiteral("nested more than 64 levels")));
}

TEST_CASE("A document over 10 MiB is refused before parsing")
{
    const QByteArray huge = "[\"" + QByteArray(JsonFile::MaxBytes, 'x') + "\"]";
    CHECK(messageFor(huge).contains(QStringLiteral("larger than 10 MiB")));
}
