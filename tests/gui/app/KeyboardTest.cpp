// The board self-assessment, end to end, with nothing but the keyboard.
#include "gui/GuiFixture.h"

#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/DomainNavigator.h"
#include "gui/assessment/DomainPage.h"
#include "gui/assessment/QuestionWidget.h"
#include "gui/assessment/ResultsPage.h"
#include "gui/widgets/NoteEdit.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>

using namespace ahplead;
using namespace ahplead::test;

namespace {

QuestionWidget *questionOf(QWidget *w)
{
    for (; w; w = w->parentWidget())
        if (auto *q = qobject_cast<QuestionWidget *>(w))
            return q;
    return nullptr;
}

} // namespace

TEST_CASE("The whole board self-assessment can be completed with the keyboard alone", "[gui][keyboard]")
{
    GuiFixture f;
    const qint64 id = f.createAndOpen(QStringLiteral("board"));
    const Framework &fw = f.view().session().framework();
    const int total = fw.questionCount();
    REQUIRE(total > 60);

    int answered = 0;
    for (std::size_t d = 0; d < fw.domains.size(); ++d) {
        INFO("section " << d + 1);
        REQUIRE(f.view().currentPage() == static_cast<int>(d));
        const auto &questions = f.page().questions();
        for (std::size_t q = 0; q < questions.size(); ++q) {
            INFO("question " << questions[q]->number().toStdString());
            // The keyboard is on this question's scale.
            REQUIRE(questionOf(focused()) == questions[q]);
            REQUIRE(qobject_cast<QRadioButton *>(focused()));
            key(Qt::Key_Space); // the first answer on the scale
            const int steps = static_cast<int>(q % 3);
            for (int i = 0; i < steps; ++i)
                key(Qt::Key_Right); // arrow keys move along the scale and choose
            ++answered;
            key(Qt::Key_Tab); // the note, now open for typing
            REQUIRE(focused() == questions[q]->note());
            if (q == 0)
                QTest::keyClicks(focused(), QStringLiteral("Board paper, March"));
            key(Qt::Key_Tab); // "Flag for review"
            REQUIRE(focused() == questions[q]->flag());
            if (q == 1)
                key(Qt::Key_Space);
            key(Qt::Key_Tab); // "Why this matters"
            REQUIRE(focused() == questions[q]->whyButton());
            if (q + 1 < questions.size())
                key(Qt::Key_Tab);
        }
        key(Qt::Key_PageDown, Qt::ControlModifier); // next section
    }
    REQUIRE(f.view().onResults());
    REQUIRE(f.view().resultsPage()->isVisible());
    REQUIRE(f.view().progressLabel()->text() == QStringLiteral("%1 of %1 questions answered").arg(total));

    const Assessment saved = f.readBack(id);
    REQUIRE(saved.answers.size() == answered);
    REQUIRE(answered == total);
    for (std::size_t d = 0; d < fw.domains.size(); ++d) {
        const auto &questions = fw.domains[d].questions;
        for (std::size_t q = 0; q < questions.size(); ++q) {
            const Answer &a = saved.answers.value(questions[q].id);
            const AnswerValue expected = q % 3 == 0   ? AnswerValue::NotInPlace
                                         : q % 3 == 1 ? AnswerValue::Partial
                                                      : AnswerValue::InPlace;
            CHECK(a.value == expected);
            CHECK(a.flagged == (q == 1));
            CHECK(a.evidence == (q == 0 ? QStringLiteral("Board paper, March") : QString()));
        }
    }
}

TEST_CASE("Tab visits each question's answer, note, flag and guidance in order", "[gui][keyboard]")
{
    GuiFixture f;
    f.createAndOpen();
    QuestionWidget &first = f.question(0);
    REQUIRE(focused() == first.button(AnswerValue::NotInPlace));

    // Unanswered: the note and flag wait for an answer, so Tab skips them.
    key(Qt::Key_Tab);
    REQUIRE(focused() == first.whyButton());
    key(Qt::Key_Tab);
    REQUIRE(focused() == f.question(1).button(AnswerValue::NotInPlace));
    key(Qt::Key_Tab, Qt::ShiftModifier);
    REQUIRE(focused() == first.whyButton());
    key(Qt::Key_Space); // opens the guidance
    REQUIRE(first.guidanceVisible());
    REQUIRE(first.guidanceLabel()->text().contains(QStringLiteral("Source")));
    key(Qt::Key_Space);
    REQUIRE_FALSE(first.guidanceVisible());

    key(Qt::Key_Tab, Qt::ShiftModifier);
    REQUIRE(focused() == first.button(AnswerValue::NotInPlace));
    key(Qt::Key_Right); // arrow keys move along the scale and choose
    REQUIRE(focused() == first.button(AnswerValue::Partial));
    REQUIRE(first.button(AnswerValue::Partial)->isChecked());
    key(Qt::Key_Tab);
    REQUIRE(focused() == first.note());
    key(Qt::Key_Tab);
    REQUIRE(focused() == first.flag());
    key(Qt::Key_Tab);
    REQUIRE(focused() == first.whyButton());
}

TEST_CASE("Section shortcuts move between sections and to the results", "[gui][keyboard]")
{
    GuiFixture f;
    f.createAndOpen();
    AssessmentView &view = f.view();
    REQUIRE(view.currentPage() == 0);

    key(Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(view.currentPage() == 1);
    REQUIRE(questionOf(focused()) == f.page().questions().front());
    key(Qt::Key_Right, Qt::AltModifier);
    REQUIRE(view.currentPage() == 2);
    key(Qt::Key_Left, Qt::AltModifier);
    REQUIRE(view.currentPage() == 1);
    key(Qt::Key_PageUp, Qt::ControlModifier);
    REQUIRE(view.currentPage() == 0);
    REQUIRE(view.navigator()->currentRow() == 0);
    key(Qt::Key_R, Qt::ControlModifier);
    REQUIRE(view.onResults());

    // The shortcuts are shown where people look for them.
    QAction *next = f.window().action(QStringLiteral("nextAction"));
    REQUIRE(next->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_PageDown)));
    REQUIRE(next->toolTip().contains(QKeySequence(Qt::CTRL | Qt::Key_PageDown).toString(QKeySequence::NativeText)));
    REQUIRE(view.previousButton()->toolTip().contains(QStringLiteral("Ctrl+Page Up")));
}

TEST_CASE("Ctrl+J goes to the next unanswered question", "[gui][keyboard]")
{
    GuiFixture f;
    f.createAndOpen();
    for (const Question &q : f.view().session().framework().domains.front().questions)
        f.view().session().setValue(q.id, AnswerValue::InPlace);
    key(Qt::Key_J, Qt::ControlModifier);
    REQUIRE(f.view().currentPage() == 1);
    REQUIRE(questionOf(focused()) == f.page().questions().front());
}

TEST_CASE("The section list is worked with Up and Down", "[gui][keyboard]")
{
    GuiFixture f;
    f.createAndOpen();
    DomainNavigator *nav = f.view().navigator();
    nav->setFocus();
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    REQUIRE(f.view().currentPage() == 2);
    REQUIRE(focused() == nav); // choosing a section leaves the keyboard in the list
    key(Qt::Key_End);
    REQUIRE(f.view().onResults());
    REQUIRE(nav->item(nav->resultsRow())->data(DomainNavigator::ProgressRole).toString() ==
            QStringLiteral("Not scored yet"));
}
