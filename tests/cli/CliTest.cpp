#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ahplead;
using test::runCli;

namespace {

QString example(const char *kind)
{
    return test::dataDir() + QStringLiteral("/examples/%1-example.json").arg(QLatin1String(kind));
}

QString importedStore(QTemporaryDir &dir)
{
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const auto result = runCli({QStringLiteral("import"), example("board")}, store);
    REQUIRE(result.exitCode == 0);
    return store;
}

} // namespace

TEST_CASE("Without a command the CLI prints usage to stderr and exits 2")
{
    const auto r = runCli({});
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("Usage: ahplead-cli")));
}

TEST_CASE("The help option lists every subcommand and exits 0")
{
    const auto r = runCli({QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    for (const char *c : {"frameworks", "example", "score", "import", "list", "show", "export", "answer"})
        CHECK(r.out.contains(QStringLiteral("  %1 ").arg(QLatin1String(c))));
}

TEST_CASE("The version option prints the version")
{
    const auto r = runCli({QStringLiteral("--version")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("ahplead-cli 0.")));
}

TEST_CASE("An unknown command is a usage error")
{
    const auto r = runCli({QStringLiteral("frobnicate")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(QStringLiteral("ahplead-cli: \"frobnicate\" is not a command.")));
}

TEST_CASE("A subcommand's help describes its options")
{
    const auto r = runCli({QStringLiteral("score"), QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("--json")));
}

TEST_CASE("frameworks lists every version of the three frameworks with their counts")
{
    const auto r = runCli({QStringLiteral("frameworks")});
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7);
    int line = 1;
    for (const char *id : {"board", "individual", "system"})
        for (const char *version : {"1.0.0", "1.1.0"}) {
            const Framework *fw = test::frameworks().find(QLatin1String(id), QLatin1String(version));
            REQUIRE(fw);
            INFO(lines[line].toStdString());
            CHECK(lines[line].simplified().startsWith(QStringLiteral("%1 %2 %3 %4 %5")
                                                          .arg(fw->id, fw->version)
                                                          .arg(fw->domains.size())
                                                          .arg(fw->questionCount())
                                                          .arg(fw->recommendations.size())));
            ++line;
        }
}

TEST_CASE("Each example prints, and scoring it shows domain scores, critical gaps and an action plan with sources")
{
    for (const char *kind : {"board", "individual", "system"}) {
        INFO(kind);
        const auto printed = runCli({QStringLiteral("example"), QLatin1String(kind)});
        REQUIRE(printed.exitCode == 0);
        CHECK(printed.out.toUtf8() == test::readFile(example(kind)));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("example.json"));
        test::writeFile(file, printed.out.toUtf8());
        const auto scored = runCli({QStringLiteral("score"), file});
        REQUIRE(scored.exitCode == 0);
        CHECK(scored.err.isEmpty());
        CHECK(scored.out.contains(QStringLiteral("Domain scores\n")));
        CHECK(scored.out.contains(QStringLiteral("Critical gaps (")));
        CHECK(scored.out.contains(QStringLiteral("Action plan (")));
        CHECK(scored.out.contains(QStringLiteral("     Source: ")));
        const Framework *fw = test::frameworks().latest(QLatin1String(kind));
        for (const Domain &d : fw->domains)
            CHECK(scored.out.contains(QStringLiteral("  ") + d.title.left(40)));
    }
}

TEST_CASE("score --json prints the score card as JSON")
{
    const auto r = runCli({QStringLiteral("score"), example("board"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject card = doc.object();
    CHECK(card.value(QStringLiteral("framework")).toObject().value(QStringLiteral("id")).toString() ==
          QStringLiteral("board"));
    CHECK(card.value(QStringLiteral("domains")).toArray().size() == 7);
    CHECK(card.value(QStringLiteral("criticalGaps")).toArray().size() > 0);
    CHECK(card.value(QStringLiteral("actions"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("citations"))
              .toArray()
              .size() > 0);
}

TEST_CASE("A bad file gets one clear message on stderr and exit 1", "[bad-input]")
{
    QTemporaryDir dir;
    const QByteArray good = test::readFile(example("board"));
    struct Case {
        const char *name;
        QByteArray bytes;
        QString expected;
    };
    QByteArray wrongVersion = good;
    wrongVersion.replace("\"formatVersion\": 1", "\"formatVersion\": 7");
    QByteArray badValue = good;
    badValue.replace("\"value\": \"partial\"", "\"value\": \"maybe\"");
    const Case cases[] = {
        {"malformed.json", "{\"format\": \"ahplead.assessment\", oops}",
         QStringLiteral("malformed.json: line 1, column 34: this is not valid JSON")},
        {"truncated.json", good.left(good.size() / 2), QStringLiteral("truncated")},
        {"oversize.json", QByteArray(10 * 1024 * 1024 + 1, ' '),
         QStringLiteral("oversize.json: the file is 10.0 MiB; files over 10 MiB are not accepted")},
        {"wrong-version.json", wrongVersion,
         QStringLiteral("wrong-version.json: /formatVersion: the file is format version 7")},
        {"latin1.json", QByteArray("{\"format\": \"caf\xE9\"}"),
         QStringLiteral("latin1.json: line 1, column 16: the file is not valid UTF-8 text")},
        {"bad-value.json", badValue, QStringLiteral("bad-value.json: /answers/")},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = dir.filePath(QLatin1String(c.name));
        test::writeFile(path, c.bytes);
        const auto r = runCli({QStringLiteral("score"), path});
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        // What it means in plain words on the first line; the file, place and expectation on the second.
        CHECK(r.err.count(QLatin1Char('\n')) == 2);
        CHECK(r.err.startsWith(QStringLiteral("This file")));
        CHECK(r.err.section(QLatin1Char('\n'), 1, 1).trimmed().startsWith(QStringLiteral("Details: ")));
        CHECK(r.err.contains(c.expected));
    }
}

TEST_CASE("score on a JSON file that is not an ahplead file says so first, then where and what")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("package.json"));
    test::writeFile(path, "{\"name\": \"left-pad\"}\n");
    const auto r = runCli({QStringLiteral("score"), path});
    CHECK(r.exitCode == 1);
    CHECK(r.err.startsWith(QStringLiteral("This is not an ahplead file")));
    CHECK(r.err.contains(QStringLiteral("Details: package.json: /format: is missing; it is required")));
}

TEST_CASE("import lands good files and reports each rejected one, leaving the store unchanged by bad files")
{
    QTemporaryDir dir;
    const QString store = importedStore(dir);
    const QByteArray before = test::sha256OfFile(store);

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QByteArray bytes = test::readFile(example("board"));
    bytes.replace("\"value\": \"in_place\"", "\"value\": \"yes\"");
    test::writeFile(bad, bytes);
    const QString truncated = dir.filePath(QStringLiteral("truncated.json"));
    test::writeFile(truncated, bytes.left(300));

    const auto r = runCli({QStringLiteral("import"), bad, truncated}, store);
    CHECK(r.exitCode == 1);
    CHECK(r.out.startsWith(QStringLiteral("Imported 0 of 2 files")));
    CHECK(r.err.contains(QStringLiteral("Not imported (2):")));
    CHECK(r.err.contains(QStringLiteral("bad.json: /answers/")));
    CHECK(r.err.contains(QStringLiteral("truncated.json: ")));
    CHECK(test::sha256OfFile(store) == before);

    const auto mixed = runCli({QStringLiteral("import"), example("system"), bad}, store);
    CHECK(mixed.exitCode == 1);
    CHECK(mixed.out.startsWith(QStringLiteral("Imported 1 of 2 files")));
    const auto list = runCli({QStringLiteral("list")}, store);
    CHECK(list.out.count(QLatin1Char('\n')) == 3); // header and two assessments
}

TEST_CASE("list, show and export work on stored assessments")
{
    QTemporaryDir dir;
    const QString store = importedStore(dir);
    const auto list = runCli({QStringLiteral("list")}, store);
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("Northfield and Riverside NHS Foundation Trust")));
    CHECK(list.out.contains(QStringLiteral("board 1.0.0")));

    const auto show = runCli({QStringLiteral("show"), QStringLiteral("1")}, store);
    REQUIRE(show.exitCode == 0);
    // UK form in this computer's time (09:00 UTC is 1 October wherever within nine hours of it).
    CHECK(show.out.startsWith(QStringLiteral("Assessment 1, created 1 October 2026 at ")));
    CHECK_FALSE(show.out.contains(QStringLiteral("2026-10-01")));
    CHECK(show.out.contains(QStringLiteral("Action plan (")));

    const QString out = dir.filePath(QStringLiteral("exported.json"));
    const auto exported = runCli({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), out}, store);
    REQUIRE(exported.exitCode == 0);
    const auto rescored = runCli({QStringLiteral("score"), out});
    CHECK(rescored.exitCode == 0);
    CHECK(rescored.out == runCli({QStringLiteral("score"), example("board")}).out);
}

TEST_CASE("answer saves one answer and validates the question and value")
{
    QTemporaryDir dir;
    const QString store = importedStore(dir);
    const auto saved =
        runCli({QStringLiteral("answer"), QStringLiteral("1"), QStringLiteral("board.structure.post_exists"),
                QStringLiteral("not_in_place"), QStringLiteral("--evidence"), QStringLiteral("Post vacant since May"),
                QStringLiteral("--flag")},
               store);
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.out ==
          QStringLiteral("Saved board.structure.post_exists = not_in_place (Not in place) in assessment 1\n"));
    const QString out = dir.filePath(QStringLiteral("after.json"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), out}, store).exitCode == 0);
    const QString text = QString::fromUtf8(test::readFile(out));
    CHECK(text.contains(QStringLiteral("\"evidence\": \"Post vacant since May\"")));
    CHECK(text.contains(QStringLiteral("\"updatedBy\": \"test-runner\"")));

    const auto badQuestion = runCli(
        {QStringLiteral("answer"), QStringLiteral("1"), QStringLiteral("board.nope"), QStringLiteral("in_place")},
        store);
    CHECK(badQuestion.exitCode == 1);
    CHECK(badQuestion.err == QStringLiteral("\"board.nope\" is not a question of framework board 1.0.0\n"));
    const auto badValue = runCli({QStringLiteral("answer"), QStringLiteral("1"),
                                  QStringLiteral("board.structure.post_exists"), QStringLiteral("maybe")},
                                 store);
    CHECK(badValue.exitCode == 2);
    const auto badId = runCli({QStringLiteral("answer"), QStringLiteral("99"),
                               QStringLiteral("board.structure.post_exists"), QStringLiteral("in_place")},
                              store);
    CHECK(badId.exitCode == 1);
    CHECK(badId.err.startsWith(QStringLiteral("There is no assessment 99 in ")));
}

TEST_CASE("export into a folder that does not exist fails clearly and writes nothing")
{
    QTemporaryDir dir;
    const QString store = importedStore(dir);
    const QString out = dir.filePath(QStringLiteral("no/such/folder/out.json"));
    const auto r = runCli({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), out}, store);
    CHECK(r.exitCode == 1);
    CHECK(r.err.startsWith(out + QStringLiteral(": cannot be written")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("A store that is not SQLite is refused by every store command with exit 1")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("garbage.sqlite"));
    test::writeFile(store, QByteArray(4096, 'x'));
    const auto r = runCli({QStringLiteral("list")}, store);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("it is not a SQLite database")));
    CHECK(test::readFile(store) == QByteArray(4096, 'x'));
}

TEST_CASE("The store can be chosen with AHPLEAD_STORE")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("env.sqlite"));
    const auto r = test::run(test::cliPath(), {QStringLiteral("import"), example("board")},
                             {QStringLiteral("AHPLEAD_STORE=") + store});
    CHECK(r.exitCode == 0);
    CHECK(QFileInfo::exists(store));
}

TEST_CASE("score of a one-answer draft says Provisional and names no maturity level")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("draft.json"));
    test::writeFile(file, test::oneAnswerDraft(QStringLiteral("board")));
    const auto r = runCli({QStringLiteral("score"), file});
    REQUIRE(r.exitCode == 0);
    const int questions = test::exampleFramework(QStringLiteral("board")).questionCount();
    CHECK(r.out.contains(QStringLiteral("Overall: Provisional: 1 of %1 answered").arg(questions)));
    for (const char *level : {"Emerging", "Developing", "Established", "Embedded"})
        CHECK_FALSE(r.out.contains(QLatin1String(level)));
    CHECK_FALSE(r.out.contains(QStringLiteral("None: every critical")));
    CHECK(r.out.contains(QStringLiteral("None found so far;")));

    const auto json = runCli({QStringLiteral("score"), file, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject card = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(card.value(QStringLiteral("provisional")).toBool());
    CHECK(card.value(QStringLiteral("overallMaturity")).isNull());
    CHECK(card.value(QStringLiteral("overallScore")).isNull());
}
