// "Move to version 1.1": an assessment on an older framework version becomes a new draft on
// the newest, with every answer, after the person confirms; the original stays as it was.
#include "../GuiFixture.h"
#include "core/store/Store.h"
#include "gui/app/MainWindow.h"
#include "gui/assessment/AssessmentView.h"

#include <catch2/catch.hpp>

#include <QPushButton>

using namespace ahplead;
using namespace ahplead::test;

TEST_CASE("An assessment on version 1.0 moves to version 1.1 as a new draft with every answer, and the move is "
          "recorded",
          "[gui][upgrade]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    const Assessment original = f.readBack(id);
    REQUIRE(original.frameworkVersion == QStringLiteral("1.0.0"));
    REQUIRE(f.window().openAssessment(id));
    QPushButton *move = f.view().upgradeButton();
    REQUIRE(move);
    CHECK(move->isVisibleTo(&f.view()));
    CHECK(move->text() == QStringLiteral("Move to version 1.1"));

    f.prompter().confirmations.push_back(true);
    const qint64 moved = f.window().upgradeOpenAssessment();
    REQUIRE(moved > 0);
    const Assessment upgraded = f.readBack(moved);
    CHECK(upgraded.frameworkVersion == QStringLiteral("1.1.0"));
    CHECK(upgraded.status == QStringLiteral("draft"));
    CHECK(upgraded.organisation.name == original.organisation.name);
    CHECK(upgraded.answers.size() >= original.answers.size());
    CHECK(f.readBack(id).frameworkVersion == QStringLiteral("1.0.0"));
    CHECK(f.readBack(id).answers.size() == original.answers.size());
    // The new draft is on the newest version: nothing more to move to.
    CHECK_FALSE(f.view().upgradeButton()->isVisibleTo(&f.view()));

    auto store = Store::open(f.storePath(), Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto log = store.value()->auditLog(moved);
    REQUIRE(log.ok());
    const bool recorded = std::any_of(log->begin(), log->end(), [&](const AuditEntry &e) {
        return e.action == QStringLiteral("upgrade") && e.detail.contains(QStringLiteral("board 1.0.0")) &&
               e.detail.contains(QStringLiteral("board 1.1.0"));
    });
    CHECK(recorded);
}

TEST_CASE("Declining to move to version 1.1 changes nothing", "[gui][upgrade]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    REQUIRE(f.window().openAssessment(id));
    f.prompter().confirmations.push_back(false);
    CHECK(f.window().upgradeOpenAssessment() == 0);
    auto store = Store::open(f.storePath(), Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto all = store.value()->assessments();
    REQUIRE(all.ok());
    CHECK(all->size() == 1);
}
