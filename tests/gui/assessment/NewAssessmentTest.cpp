// Creating an assessment through the New assessment form, typed in as a person would.
#include "gui/GuiFixture.h"

#include "gui/app/StartPage.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/NewAssessmentDialog.h"
#include "ui_NewAssessmentDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace ahplead;
using namespace ahplead::test;

TEST_CASE("A new assessment is created from the form and opens on its first section", "[gui][new]")
{
    GuiFixture f;
    f.settings().setAssessorName(QString()); // first use: nobody known yet
    bool okWasDisabled = false;
    QString problem;
    f.window().setDialogDriver([&](QDialog &dialog) {
        auto &d = static_cast<NewAssessmentDialog &>(dialog);
        d.show();
        d.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&d));
        Ui::NewAssessmentDialog *ui = d.ui();
        QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled();
        problem = ui->problemLabel->text();
        // Type with the keyboard: choose "Individual" in the type list.
        QTest::keyClick(ui->typeCombo, Qt::Key_Down);
        REQUIRE(ui->typeCombo->currentData().toString() == QStringLiteral("individual"));
        REQUIRE(ui->titleEdit->text().startsWith(QStringLiteral("Individual self-assessment")));
        QTest::keyClicks(ui->organisationNameEdit, QStringLiteral("Hillside Community NHS Trust"));
        QTest::keyClicks(ui->odsEdit, QStringLiteral("rh9"));
        QTest::keyClicks(ui->icsEdit, QStringLiteral("Hillside ICS"));
        ui->regionCombo->setCurrentText(QStringLiteral("South West"));
        ui->organisationTypeCombo->setCurrentIndex(ui->organisationTypeCombo->findData(QStringLiteral("community")));
        REQUIRE_FALSE(ok->isEnabled()); // the assessor's name is still missing
        QTest::keyClicks(ui->assessorNameEdit, QStringLiteral("Sam Okoro"));
        QTest::keyClicks(ui->assessorRoleEdit, QStringLiteral("Head of Physiotherapy"));
        REQUIRE(ok->isEnabled());
        click(ok);
        return d.result();
    });
    click(f.window().startPage()->newButton());
    REQUIRE(okWasDisabled);
    REQUIRE(problem.contains(QStringLiteral("the organisation's name")));
    REQUIRE(f.window().assessmentView());
    REQUIRE(f.view().currentPage() == 0);

    const Assessment a = f.readBack(f.view().session().assessment().id);
    REQUIRE(a.frameworkId == QStringLiteral("individual"));
    REQUIRE(a.frameworkVersion == frameworks().latest(QStringLiteral("individual"))->version); // the newest
    REQUIRE(a.status == QStringLiteral("draft"));
    REQUIRE(a.organisation.name == QStringLiteral("Hillside Community NHS Trust"));
    REQUIRE(a.organisation.odsCode == QStringLiteral("RH9"));
    REQUIRE(a.organisation.ics == QStringLiteral("Hillside ICS"));
    REQUIRE(a.organisation.region == QStringLiteral("South West"));
    REQUIRE(a.organisation.type == QStringLiteral("community"));
    REQUIRE(a.assessor.name == QStringLiteral("Sam Okoro"));
    REQUIRE(a.assessor.role == QStringLiteral("Head of Physiotherapy"));
    REQUIRE(a.answers.isEmpty());
    // The first name given becomes the default assessor.
    REQUIRE(f.settings().assessorName() == QStringLiteral("Sam Okoro"));
}

TEST_CASE("Cancelling the form creates nothing", "[gui][new]")
{
    GuiFixture f;
    f.window().setDialogDriver([](QDialog &d) {
        d.reject();
        return d.result();
    });
    f.window().newAssessment();
    REQUIRE_FALSE(f.window().assessmentView());
    REQUIRE(f.workspace().store().assessments()->empty());
}

TEST_CASE("Changing the details of an open assessment saves them", "[gui][new]")
{
    GuiFixture f;
    const qint64 id = f.createAndOpen();
    f.window().setDialogDriver([](QDialog &dialog) {
        auto &d = static_cast<NewAssessmentDialog &>(dialog);
        d.ui()->titleEdit->selectAll();
        QTest::keyClicks(d.ui()->titleEdit, QStringLiteral("Renamed"));
        click(d.ui()->buttonBox->button(QDialogButtonBox::Ok));
        return d.result();
    });
    f.window().editDetails();
    REQUIRE(f.readBack(id).title == QStringLiteral("Renamed"));
    REQUIRE(f.view().findChild<QLabel *>(QStringLiteral("assessmentTitle"))->text() ==
            QStringLiteral("Test Valley NHS Trust"));
}
