// Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) for answers and notes, written to the store too.
#include "gui/GuiFixture.h"

#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/QuestionWidget.h"
#include "gui/widgets/NoteEdit.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QRadioButton>
#include <QUndoStack>

using namespace ahplead;
using namespace ahplead::test;

TEST_CASE("Undo and Redo take back answers and notes in the form and in the store", "[gui][undo]")
{
    GuiFixture f;
    const qint64 id = f.createAndOpen();
    QuestionWidget &q = f.question(0);
    const QString qid = q.questionId();

    click(f.radio(0, AnswerValue::Partial));
    click(f.radio(0, AnswerValue::InPlace));
    click(q.note());
    QTest::keyClicks(q.note(), QStringLiteral("Evidence A"));
    key(Qt::Key_Tab); // the note is saved on leaving it
    REQUIRE(f.readBack(id).answers.value(qid).evidence == QStringLiteral("Evidence A"));
    REQUIRE(f.window().action(QStringLiteral("undoAction"))->text().contains(QStringLiteral("note on question 1.1")));

    key(Qt::Key_Z, Qt::ControlModifier); // the note
    REQUIRE(q.note()->toPlainText().isEmpty());
    REQUIRE(f.readBack(id).answers.value(qid).evidence.isEmpty());
    REQUIRE(f.readBack(id).answers.value(qid).value == AnswerValue::InPlace);

    key(Qt::Key_Z, Qt::ControlModifier); // In place -> Partly in place
    REQUIRE(q.button(AnswerValue::Partial)->isChecked());
    REQUIRE(f.readBack(id).answers.value(qid).value == AnswerValue::Partial);

    key(Qt::Key_Z, Qt::ControlModifier); // the first answer: no answer at all
    REQUIRE_FALSE(q.checkedButton());
    REQUIRE_FALSE(f.readBack(id).answers.contains(qid));
    REQUIRE_FALSE(f.window().action(QStringLiteral("undoAction"))->isEnabled());

    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(q.button(AnswerValue::Partial)->isChecked());
    REQUIRE(f.readBack(id).answers.value(qid).value == AnswerValue::Partial);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(q.button(AnswerValue::InPlace)->isChecked());
    REQUIRE(q.note()->toPlainText() == QStringLiteral("Evidence A"));
    const Answer back = f.readBack(id).answers.value(qid);
    REQUIRE(back.value == AnswerValue::InPlace);
    REQUIRE(back.evidence == QStringLiteral("Evidence A"));
}

TEST_CASE("Ctrl+Z while typing a note undoes the whole note edit through the assessment", "[gui][undo]")
{
    GuiFixture f;
    const qint64 id = f.createAndOpen();
    QuestionWidget &q = f.question(0);
    click(f.radio(0, AnswerValue::InPlace));
    click(q.note());
    QTest::keyClicks(q.note(), QStringLiteral("Typed in one go"));
    REQUIRE(q.note()->hasFocus());
    key(Qt::Key_Z, Qt::ControlModifier); // still in the note, before the pause is over
    REQUIRE(q.note()->toPlainText().isEmpty());
    REQUIRE(f.readBack(id).answers.value(q.questionId()).evidence.isEmpty());
    REQUIRE(q.button(AnswerValue::InPlace)->isChecked()); // the answer itself stays
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(q.note()->toPlainText() == QStringLiteral("Typed in one go"));
    REQUIRE(f.readBack(id).answers.value(q.questionId()).evidence == QStringLiteral("Typed in one go"));
}

TEST_CASE("Undo of a flag clears it in the store", "[gui][undo]")
{
    GuiFixture f;
    const qint64 id = f.createAndOpen();
    QuestionWidget &q = f.question(2);
    click(q.button(AnswerValue::NotInPlace));
    click(q.flag());
    REQUIRE(f.readBack(id).answers.value(q.questionId()).flagged);
    f.window().action(QStringLiteral("undoAction"))->trigger();
    REQUIRE_FALSE(q.flag()->isChecked());
    REQUIRE_FALSE(f.readBack(id).answers.value(q.questionId()).flagged);
}
