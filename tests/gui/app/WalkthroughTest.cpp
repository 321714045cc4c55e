// Answering with the mouse: every change reaches the store file at once.
#include "gui/GuiFixture.h"

#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/DomainNavigator.h"
#include "gui/assessment/DomainPage.h"
#include "gui/assessment/QuestionWidget.h"
#include "gui/widgets/NoteEdit.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>

using namespace ahplead;
using namespace ahplead::test;

TEST_CASE("Each answer, flag and note reaches the store as soon as it is made", "[gui][walkthrough]")
{
    GuiFixture f;
    const qint64 id = f.createAndOpen();
    QuestionWidget &q = f.question(0);
    const QString qid = q.questionId();
    REQUIRE_FALSE(q.note()->isEnabled()); // a note needs an answer to belong to

    click(f.radio(0, AnswerValue::Partial));
    REQUIRE(f.readBack(id).answers.value(qid).value == AnswerValue::Partial);
    REQUIRE(f.window().saveStatus()->text().startsWith(QStringLiteral("Saved at ")));

    click(f.radio(0, AnswerValue::InPlace));
    REQUIRE(f.readBack(id).answers.value(qid).value == AnswerValue::InPlace);

    click(q.flag());
    REQUIRE(f.readBack(id).answers.value(qid).flagged);

    SECTION("a note is saved after a short pause in typing")
    {
        click(q.note());
        QTest::keyClicks(q.note(), QStringLiteral("Structure chart, 2026"));
        REQUIRE(f.readBack(id).answers.value(qid).evidence.isEmpty()); // not yet: still typing
        QTest::qWait(NoteEdit::PauseMs + 300);
        REQUIRE(f.readBack(id).answers.value(qid).evidence == QStringLiteral("Structure chart, 2026"));
    }
    SECTION("a note is saved at once when the focus leaves it")
    {
        click(q.note());
        QTest::keyClicks(q.note(), QStringLiteral("Job description JD-01"));
        key(Qt::Key_Tab);
        REQUIRE(f.readBack(id).answers.value(qid).evidence == QStringLiteral("Job description JD-01"));
    }
    SECTION("a note is saved when the section changes before the pause is over")
    {
        click(q.note());
        QTest::keyClicks(q.note(), QStringLiteral("Minutes"));
        key(Qt::Key_PageDown, Qt::ControlModifier);
        REQUIRE(f.readBack(id).answers.value(qid).evidence == QStringLiteral("Minutes"));
    }
    SECTION("a note is saved when the assessment is closed")
    {
        click(q.note());
        QTest::keyClicks(q.note(), QStringLiteral("Last words"));
        key(Qt::Key_W, Qt::ControlModifier);
        REQUIRE_FALSE(f.window().assessmentView());
        REQUIRE(f.readBack(id).answers.value(qid).evidence == QStringLiteral("Last words"));
    }
}

TEST_CASE("Not applicable is offered only where the framework allows it", "[gui][walkthrough]")
{
    GuiFixture f;
    f.createAndOpen(QStringLiteral("individual"));
    const Framework &fw = f.view().session().framework();
    int offered = 0;
    for (std::size_t d = 0; d < fw.domains.size(); ++d) {
        f.view().showPage(static_cast<int>(d));
        for (QuestionWidget *q : f.page().questions()) {
            const Question *question = fw.question(q->questionId());
            CHECK((q->button(AnswerValue::NotApplicable) != nullptr) == question->allowNotApplicable);
            offered += q->button(AnswerValue::NotApplicable) ? 1 : 0;
        }
    }
    REQUIRE(offered > 0);
}

TEST_CASE("Progress is shown per section and overall as answers are made", "[gui][walkthrough]")
{
    GuiFixture f;
    f.createAndOpen();
    DomainNavigator *nav = f.view().navigator();
    const int total = static_cast<int>(f.page().questions().size());
    REQUIRE(nav->item(0)->data(DomainNavigator::ProgressRole).toString() ==
            QStringLiteral("0 of %1 answered").arg(total));
    click(f.radio(0, AnswerValue::InPlace));
    click(f.radio(1, AnswerValue::NotInPlace));
    click(f.question(1).flag());
    REQUIRE(nav->item(0)->data(DomainNavigator::ProgressRole).toString() ==
            QStringLiteral("2 of %1 answered, 1 flagged").arg(total));
    REQUIRE(f.view().progressBar()->value() == 2);
    REQUIRE(f.view().progressLabel()->text() ==
            QStringLiteral("2 of %1 questions answered").arg(f.view().session().framework().questionCount()));
}

TEST_CASE("Next and Previous buttons name the section they lead to", "[gui][walkthrough]")
{
    GuiFixture f;
    f.createAndOpen();
    const auto &domains = f.view().session().framework().domains;
    REQUIRE_FALSE(f.view().previousButton()->isEnabled());
    REQUIRE(f.view().nextButton()->text() == QStringLiteral("Next: %1").arg(domains[1].title));
    click(f.view().nextButton());
    REQUIRE(f.view().currentPage() == 1);
    REQUIRE(f.view().previousButton()->text() == QStringLiteral("Previous: %1").arg(domains[0].title));
    f.view().showPage(static_cast<int>(domains.size()) - 1);
    REQUIRE(f.view().nextButton()->text() == QStringLiteral("See the results"));
    click(f.view().nextButton());
    REQUIRE(f.view().onResults());
}

TEST_CASE("Answers already in the store show when an assessment is opened", "[gui][walkthrough]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    REQUIRE(f.window().openAssessment(id));
    const Assessment stored = f.readBack(id);
    f.view().showPage(0);
    for (QuestionWidget *q : f.page().questions()) {
        const Answer &a = stored.answers.value(q->questionId());
        REQUIRE(q->button(a.value)->isChecked());
        REQUIRE(q->note()->toPlainText() == a.evidence);
        REQUIRE(q->flag()->isChecked() == a.flagged);
    }
}
