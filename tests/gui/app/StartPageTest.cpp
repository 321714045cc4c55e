// The start page: the list, Open, Delete with confirmation, Start from previous, the example.
#include "gui/GuiFixture.h"
#include "gui/region/RegionTestSupport.h"

#include "gui/app/StartPage.h"
#include "gui/assessment/AssessmentListModel.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/NewAssessmentDialog.h"
#include "gui/assessment/QuestionWidget.h"
#include "ui_NewAssessmentDialog.h"

#include "core/region/Importer.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeView>

using namespace ahplead;
using namespace ahplead::test;

TEST_CASE("The start page lists organisations with their assessments and scores", "[gui][start]")
{
    GuiFixture f;
    REQUIRE(f.window().startPage()->showingWelcome());
    const qint64 id = f.importExample();
    StartPage *start = f.window().startPage();
    REQUIRE_FALSE(start->showingWelcome());
    AssessmentListModel *model = start->model();
    REQUIRE(model->rowCount() == 1);
    const QModelIndex org = model->index(0, AssessmentListModel::NameColumn);
    REQUIRE(model->data(org, Qt::DisplayRole).toString() ==
            QStringLiteral("Northfield and Riverside NHS Foundation Trust (ZZ1)"));
    const QModelIndex row = model->indexOf(id);
    auto cell = [&](int column) { return model->data(row.siblingAtColumn(column), Qt::DisplayRole).toString(); };
    REQUIRE(cell(AssessmentListModel::TypeColumn) == QStringLiteral("Trust board"));
    REQUIRE(cell(AssessmentListModel::VersionColumn) == QStringLiteral("1.0.0"));
    REQUIRE(cell(AssessmentListModel::StatusColumn) == QStringLiteral("Complete"));
    REQUIRE(cell(AssessmentListModel::AnsweredColumn) == QStringLiteral("66 of 66"));
    REQUIRE(cell(AssessmentListModel::ChangedColumn).contains(QStringLiteral("2026")));
    REQUIRE(cell(AssessmentListModel::ScoreColumn).contains(QStringLiteral("Emerging")));
}

TEST_CASE("Enter on a chosen assessment opens it, and Ctrl+W goes back", "[gui][start]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    StartPage *start = f.window().startPage();
    start->select(id);
    start->list()->setFocus();
    key(Qt::Key_Return);
    REQUIRE(f.window().assessmentView());
    REQUIRE(f.view().session().assessment().id == id);
    key(Qt::Key_W, Qt::ControlModifier);
    REQUIRE_FALSE(f.window().assessmentView());
    REQUIRE(start->selectedAssessment() == id);
}

TEST_CASE("Delete asks first, and keeps the assessment when the answer is no", "[gui][start]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    StartPage *start = f.window().startPage();
    start->select(id);
    REQUIRE(start->deleteButton()->isEnabled());

    f.prompter().confirmations.push_back(false);
    click(start->deleteButton());
    REQUIRE(f.prompter().count(QStringLiteral("confirm")) == 1);
    REQUIRE(f.prompter().last(QStringLiteral("confirm"))->text.contains(QStringLiteral("Board self-assessment 2026")));
    REQUIRE(f.prompter().last(QStringLiteral("confirm"))->details.contains(QStringLiteral("cannot be undone")));
    REQUIRE(f.workspace().store().assessments()->size() == 1);

    f.prompter().confirmations.push_back(true);
    click(start->deleteButton());
    REQUIRE(f.workspace().store().assessments()->empty());
    REQUIRE(start->showingWelcome());
}

TEST_CASE("Start from previous copies every answer into a new assessment, each flagged for review", "[gui][start]")
{
    GuiFixture f;
    const qint64 previousId = f.importExample();
    const Assessment previous = f.readBack(previousId);
    StartPage *start = f.window().startPage();
    start->select(previousId);

    QString intro;
    f.window().setDialogDriver([&](QDialog &dialog) {
        auto &d = static_cast<NewAssessmentDialog &>(dialog);
        intro = d.ui()->introLabel->text();
        REQUIRE_FALSE(d.ui()->typeCombo->isEnabled()); // the same framework as before
        REQUIRE(d.ui()->organisationNameEdit->text() == previous.organisation.name);
        d.ui()->titleEdit->selectAll();
        QTest::keyClicks(d.ui()->titleEdit, QStringLiteral("Board self-assessment 2027"));
        click(d.ui()->buttonBox->button(QDialogButtonBox::Ok));
        return d.result();
    });
    click(start->fromPreviousButton());
    REQUIRE(intro.contains(QStringLiteral("the 66 answers")));
    REQUIRE(f.window().assessmentView());
    const qint64 id = f.view().session().assessment().id;
    REQUIRE(id != previousId);

    const Assessment copy = f.readBack(id);
    REQUIRE(copy.title == QStringLiteral("Board self-assessment 2027"));
    REQUIRE(copy.status == QStringLiteral("draft"));
    REQUIRE(copy.organisation.odsCode == previous.organisation.odsCode);
    // The example was answered on version 1.0 and the new draft is on 1.1: every answer reaches
    // the questions that replaced its own (a split question's answer goes to each part).
    const FrameworkMapping *mapping = frameworks().upgradeFrom(exampleFramework(QStringLiteral("board")));
    REQUIRE(mapping);
    QHash<QString, int> sources; // how many earlier answers went into each question
    for (const Answer &a : previous.answers)
        for (const QString &target : mapping->targets(a.questionId))
            ++sources[target];
    REQUIRE(copy.answers.size() == sources.size());
    REQUIRE(copy.answers.size() >= previous.answers.size());
    for (const Answer &a : previous.answers)
        for (const QString &target : mapping->targets(a.questionId)) {
            const Answer &c = copy.answers.value(target);
            if (sources.value(target) == 1) {
                REQUIRE(c.value == a.value);
                REQUIRE(c.evidence == a.evidence);
            } else {
                REQUIRE(c.evidence.contains(a.evidence)); // merged: both notes kept
            }
            REQUIRE(c.flagged); // every copied answer asks to be checked
        }
    // The form shows the flags, ready to be cleared one by one.
    f.view().showPage(0);
    // (Questions new in version 1.1 have no answer yet, so nothing to flag.)
    for (QuestionWidget *q : f.page().questions())
        REQUIRE(q->flag()->isChecked() == copy.answers.contains(q->questionId()));
    // The earlier assessment is untouched.
    REQUIRE(f.readBack(previousId).answers.value(previous.answers.begin().key()).flagged ==
            previous.answers.begin()->flagged);
}

TEST_CASE("On first run with an empty store the example is offered once", "[gui][start]")
{
    GuiFixture f;
    f.prompter().confirmations.push_back(true);
    f.window().offerExampleIfEmpty();
    REQUIRE(f.prompter().count(QStringLiteral("confirm")) == 1);
    REQUIRE(f.window().assessmentView());
    REQUIRE(f.view().session().assessment().organisation.name ==
            QStringLiteral("Northfield and Riverside NHS Foundation Trust"));
    REQUIRE(f.settings().exampleOffered());

    f.window().showStart();
    f.prompter().confirmations.push_back(true);
    f.window().offerExampleIfEmpty();
    REQUIRE(f.prompter().count(QStringLiteral("confirm")) == 1); // not asked again
    REQUIRE(f.workspace().store().assessments()->size() == 1);
}

TEST_CASE("A region's store, with submissions and no assessments of its own, is not offered the example",
          "[gui][start]")
{
    GuiFixture f;
    Importer importer(f.workspace().store(), *f.workspace().frameworks(), QStringLiteral("Jo"));
    const auto report = importer.run({writeSubmission(f.path(QStringLiteral("t1.ahplead")), regionTrust(1))});
    REQUIRE(report.count(Importer::Outcome::Imported) == 1);
    f.window().offerExampleIfEmpty();
    CHECK(f.prompter().count(QStringLiteral("confirm")) == 0);
    CHECK(f.workspace().store().assessments()->empty());
}

TEST_CASE("Declining the example leaves the store empty and the welcome showing", "[gui][start]")
{
    GuiFixture f;
    f.prompter().confirmations.push_back(false);
    f.window().offerExampleIfEmpty();
    REQUIRE(f.workspace().store().assessments()->empty());
    REQUIRE(f.window().startPage()->showingWelcome());
    QPushButton *example = f.window().startPage()->findChild<QPushButton *>(QStringLiteral("openExample"));
    REQUIRE(example);
    click(example);
    REQUIRE(f.workspace().store().assessments()->size() == 1);
}

TEST_CASE("A submitted assessment opens locked, and a new revision can be made to change it", "[gui][start]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    const ProcessResult submitted = runCli({QStringLiteral("submit"), QString::number(id), QStringLiteral("--output"),
                                            f.path(QStringLiteral("sent.ahplead"))},
                                           f.storePath());
    INFO(submitted.err.toStdString());
    REQUIRE(submitted.exitCode == 0);
    f.workspace().notifyAssessmentsChanged();
    const QModelIndex row = f.window().startPage()->model()->indexOf(id);
    REQUIRE(f.window()
                .startPage()
                ->model()
                ->data(row.siblingAtColumn(AssessmentListModel::StatusColumn), Qt::DisplayRole)
                .toString()
                .endsWith(QStringLiteral(", locked")));

    REQUIRE(f.window().openAssessment(id));
    REQUIRE(f.view().session().readOnly());
    f.view().showPage(0);
    REQUIRE_FALSE(f.question(0).button(AnswerValue::InPlace)->isEnabled());
    QPushButton *revise = f.view().findChild<QPushButton *>(QStringLiteral("reviseAssessment"));
    REQUIRE(revise);
    REQUIRE(revise->isVisible());

    click(revise);
    const qint64 revision = f.view().session().assessment().id;
    REQUIRE(revision != id);
    REQUIRE_FALSE(f.view().session().readOnly());
    REQUIRE(f.readBack(revision).revision == 2);
    f.view().showPage(0);
    click(f.question(0).button(AnswerValue::NotInPlace));
    REQUIRE(f.readBack(revision).answers.value(f.question(0).questionId()).value == AnswerValue::NotInPlace);
    REQUIRE(f.readBack(id).answers.value(f.question(0).questionId()).value == AnswerValue::InPlace); // as sent
}
