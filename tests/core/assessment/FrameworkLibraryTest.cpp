#include "core/assessment/FrameworkLibrary.h"
#include "core/assessment/FrameworkLoader.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace ahplead;

TEST_CASE("Every bundled framework file loads without a problem")
{
    auto library = FrameworkLibrary::load(test::dataDir() + QStringLiteral("/frameworks"));
    REQUIRE(library.ok());
    CHECK(library->problems().isEmpty());
    CHECK(library->all().size() == 6); // versions 1.0.0 and 1.1.0 of each
    for (const char *id : {"board", "individual", "system"})
        CHECK(library->latest(QString::fromLatin1(id)) != nullptr);
}

TEST_CASE("Every citation in the bundled frameworks names a known source document and a section")
{
    for (const auto &fw : test::frameworks().all()) {
        for (const Domain &d : fw->domains)
            for (const Question &q : d.questions) {
                REQUIRE_FALSE(q.citations.empty());
                for (const Citation &c : q.citations) {
                    CHECK(FrameworkLoader::isKnownDocument(c.document));
                    CHECK_FALSE(c.section.isEmpty());
                }
            }
        for (const Recommendation &r : fw->recommendations)
            for (const Citation &c : r.citations)
                CHECK(FrameworkLoader::isKnownDocument(c.document));
    }
}

TEST_CASE("Every recommendation names existing questions of its own framework")
{
    for (const auto &fw : test::frameworks().all())
        for (const Recommendation &r : fw->recommendations) {
            REQUIRE_FALSE(r.evidence.empty());
            for (const EvidenceLink &e : r.evidence) {
                INFO(r.id.toStdString() << " -> " << e.questionId.toStdString());
                CHECK(fw->question(e.questionId) != nullptr);
            }
        }
}

TEST_CASE("The board framework marks the post, the voice at board and the corporate strategic role as critical")
{
    const Framework *board = test::frameworks().latest(QStringLiteral("board"));
    REQUIRE(board);
    QSet<QString> critical;
    for (const Recommendation &r : board->recommendations)
        if (r.critical)
            critical.insert(r.id);
    CHECK(critical == QSet<QString>{QStringLiteral("board.rec.appoint_chief_ahp"),
                                    QStringLiteral("board.rec.voice_at_board"),
                                    QStringLiteral("board.rec.corporate_strategic_role")});
}

TEST_CASE("The board framework has the domains the handbook calls for")
{
    const Framework *board = test::frameworks().latest(QStringLiteral("board"));
    REQUIRE(board);
    for (const char *id : {"board.structure", "board.portfolio", "board.governance", "board.metrics", "board.workforce",
                           "board.system", "board.impact"})
        CHECK(board->domain(QString::fromLatin1(id)) != nullptr);
}

TEST_CASE("Every question is evidence for at least one recommendation or sits in a scored domain")
{
    for (const auto &fw : test::frameworks().all())
        for (const Domain &d : fw->domains) {
            CHECK(d.weight > 0);
            CHECK_FALSE(d.questions.empty());
        }
}

TEST_CASE("An unknown framework version is not found while the known one is")
{
    CHECK(test::frameworks().find(QStringLiteral("board"), QStringLiteral("1.0.0")) != nullptr);
    CHECK(test::frameworks().find(QStringLiteral("board"), QStringLiteral("9.9.9")) == nullptr);
}

TEST_CASE("A folder without frameworks is an error that names the folder")
{
    QTemporaryDir empty;
    auto library = FrameworkLibrary::load(empty.path());
    REQUIRE_FALSE(library.ok());
    CHECK(library.message().contains(empty.path()));
}
