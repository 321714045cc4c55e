// Settings names who does what, each in its own place: the assessor, whoever prepares business
// cases, and the reviewer of the store that is open. None is borrowed for another.
#include "gui/GuiFixture.h"

#include "gui/app/SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QLineEdit>

using namespace ahplead;
using namespace ahplead::test;

TEST_CASE("Settings keeps the assessor, the business case author and this store's reviewer apart", "[gui][settings]")
{
    GuiFixture f;
    f.settings().setAssessorName(QStringLiteral("Dr Priya Shah"));
    f.settings().setCaseAuthor(QStringLiteral("Sam Okafor"), QStringLiteral("Head of Physiotherapy"));
    f.settings().setReviewerName(f.storePath(), QStringLiteral("Jo Adeyemi"));
    QString shownReviewer, shownAuthor;
    f.window().setDialogDriver([&](QDialog &d) {
        auto *dialog = qobject_cast<SettingsDialog *>(&d);
        REQUIRE(dialog);
        shownAuthor = dialog->ui()->caseNameEdit->text();
        shownReviewer = dialog->ui()->reviewerEdit->text();
        dialog->ui()->caseNameEdit->setText(QStringLiteral("  Ama Boateng "));
        dialog->ui()->caseRoleEdit->setText(QStringLiteral("Chief AHP"));
        dialog->ui()->reviewerEdit->setText(QStringLiteral("Lee  Chan"));
        dialog->accept();
        return int(QDialog::Accepted);
    });
    f.window().showSettings();
    f.window().setDialogDriver({});
    CHECK(shownAuthor == QStringLiteral("Sam Okafor"));
    CHECK(shownReviewer == QStringLiteral("Jo Adeyemi"));
    CHECK(f.settings().caseAuthorName() == QStringLiteral("Ama Boateng"));
    CHECK(f.settings().caseAuthorRole() == QStringLiteral("Chief AHP"));
    CHECK(f.settings().reviewerName(f.storePath()) == QStringLiteral("Lee Chan"));
    CHECK(f.settings().assessorName() == QStringLiteral("Dr Priya Shah"));
    // The reviewer is this store's only.
    CHECK(f.settings().reviewerName(f.path(QStringLiteral("another.sqlite"))).isEmpty());
    // Each place's changes are recorded against its own person.
    CHECK(f.window().actor() == QStringLiteral("Dr Priya Shah"));
    CHECK(f.window().caseActor() == QStringLiteral("Ama Boateng"));
    CHECK(f.window().reviewActor() == QStringLiteral("Lee Chan"));
}

TEST_CASE("With no one named for a place, its changes are recorded against the computer's login, not another's name",
          "[gui][settings]")
{
    GuiFixture f;
    f.settings().setAssessorName(QStringLiteral("Dr Priya Shah"));
    f.settings().setCaseAuthor(QString(), QString());
    f.settings().setReviewerName(f.storePath(), QString());
    CHECK(f.window().caseActor() == AppSettings::loginName());
    CHECK(f.window().reviewActor() == AppSettings::loginName());
    CHECK(f.window().caseActor() != QStringLiteral("Dr Priya Shah"));
}
