// A save the store refuses is shown at once, and the answer stays in the form.
#include "gui/GuiFixture.h"

#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/QuestionWidget.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

#include <sqlite3.h>

#include <memory>

using namespace ahplead;
using namespace ahplead::test;

TEST_CASE("A failed save is shown at once and the answer stays in the form", "[gui][save]")
{
    GuiFixture f;
    const qint64 id = f.createAndOpen();
    // Someone else deletes the assessment from the store while it is open here.
    {
        auto other = Store::open(f.storePath());
        REQUIRE(other.ok());
        REQUIRE(other.value()->deleteAssessment(id, QStringLiteral("someone else")).ok());
    }
    QuestionWidget &q = f.question(0);
    click(q.button(AnswerValue::InPlace));

    REQUIRE(q.button(AnswerValue::InPlace)->isChecked()); // not lost from the form
    REQUIRE(f.view().session().unsaved().contains(q.questionId()));
    REQUIRE(f.view().problemBanner()->isVisible());
    REQUIRE(f.view().problemBanner()->findChildren<QLabel *>().back()->text().contains(
        QStringLiteral("could not be saved")));
    REQUIRE(f.window().saveStatus()->text().startsWith(QStringLiteral("Not saved")));
    const QLabel *unsaved = nullptr;
    for (QLabel *l : q.findChildren<QLabel *>())
        if (l->text().startsWith(QStringLiteral("Not saved yet")))
            unsaved = l;
    REQUIRE(unsaved);
    REQUIRE(unsaved->isVisible());
}

TEST_CASE("An answer that could not be saved is saved by Try again once the store allows it", "[gui][save]")
{
    GuiFixture f;
    const qint64 id = f.createAndOpen();
    // Another program holds the store's write lock (for longer than the store waits). It uses
    // SQLite's C API: Qt SQL is private to core.
    sqlite3 *handle = nullptr;
    const int opened = sqlite3_open_v2(f.storePath().toUtf8().constData(), &handle, SQLITE_OPEN_READWRITE, nullptr);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> blocker(handle, sqlite3_close);
    REQUIRE(opened == SQLITE_OK);
    sqlite3_busy_timeout(blocker.get(), 5000); // as Qt's driver waited
    REQUIRE(sqlite3_exec(blocker.get(), "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);

    QuestionWidget &q = f.question(0);
    click(q.button(AnswerValue::Partial)); // waits for the lock, then gives up
    REQUIRE(q.button(AnswerValue::Partial)->isChecked());
    REQUIRE(f.view().problemBanner()->isVisible());

    REQUIRE(sqlite3_exec(blocker.get(), "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    blocker.reset();

    QPushButton *retry = f.view().problemBanner()->findChild<QPushButton *>(QStringLiteral("retrySave"));
    REQUIRE(retry);
    click(retry);
    REQUIRE_FALSE(f.view().problemBanner()->isVisible());
    REQUIRE(f.view().session().unsaved().isEmpty());
    REQUIRE(f.readBack(id).answers.value(q.questionId()).value == AnswerValue::Partial);
    REQUIRE(f.window().saveStatus()->text().startsWith(QStringLiteral("Saved at ")));
}
