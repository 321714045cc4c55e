// The results page: overall maturity, chart, recommendations, gaps, actions, change.
#include "gui/GuiFixture.h"

#include "core/assessment/Maturity.h"
#include "core/store/Store.h"
#include "gui/app/MainWindow.h"
#include "gui/app/StartPage.h"
#include "gui/assessment/ActionTrackingRow.h"
#include "gui/assessment/AssessmentListModel.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/BoardPaperDialog.h"
#include "gui/assessment/DomainNavigator.h"
#include "gui/assessment/Exporter.h"
#include "gui/assessment/QuestionWidget.h"
#include "gui/assessment/RadarChartWidget.h"
#include "gui/assessment/ResultsPage.h"
#include "report/document/LogoImage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ahplead;
using namespace ahplead::test;

namespace {

QString allText(QWidget *root)
{
    QStringList parts;
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->isVisibleTo(root))
            parts << label->text();
    return parts.join(QLatin1Char('\n'));
}

// Whether TEXT names a maturity level, leaving out the key to the levels ("Levels: 0 Not in
// place ...") and source titles that contain "Developing".
bool namesALevel(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("Levels: 0 Not in place[^.]*\\.")));
    text.remove(QRegularExpression(QStringLiteral("Developing (allied|workforce)")));
    for (const char *level : {"Emerging", "Developing", "Established", "Embedded"})
        if (text.contains(QLatin1String(level)))
            return true;
    return false;
}

} // namespace

TEST_CASE("The results follow the answers as they change", "[gui][results]")
{
    GuiFixture f;
    f.createAndOpen();
    AssessmentView &view = f.view();
    view.showResults();
    ResultsPage *results = view.resultsPage();
    REQUIRE(results->overallLabel()->text() == QStringLiteral("Not scored yet"));

    view.showPage(0);
    for (QuestionWidget *q : f.page().questions())
        click(q->button(AnswerValue::InPlace));
    view.showResults();
    const QString afterFirstSection = results->overallLabel()->text();
    REQUIRE(afterFirstSection != QStringLiteral("Not scored yet"));
    REQUIRE(results->chart()->axes().front().value.value() == Approx(100.0));

    const QLabel *intro = results->findChild<QLabel *>(QStringLiteral("resultsIntro"));
    const int total = view.session().framework().questionCount();
    const int first = int(view.session().framework().domains.front().questions.size());
    REQUIRE(intro->text().startsWith(QStringLiteral("Based on %1 of %2 questions answered").arg(first).arg(total)));

    // While the results are on screen, an undo shows at once.
    key(Qt::Key_Z, Qt::ControlModifier);
    settle();
    REQUIRE(intro->text().startsWith(QStringLiteral("Based on %1 of %2 questions answered").arg(first - 1).arg(total)));
    REQUIRE(allText(results).contains(QStringLiteral("%1 questions are not answered yet").arg(total - first + 1)));
}

TEST_CASE("The results of the example show maturity, status in words, gaps, actions and sources", "[gui][results]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    REQUIRE(f.window().openAssessment(id));
    f.view().showResults();
    ResultsPage *results = f.view().resultsPage();
    const ScoreCard &card = f.view().session().scoreCard();
    REQUIRE(results->overallLabel()->text() == Maturity::name(card.overallLevel));

    QWidget *recommendations = results->findChild<QWidget *>(QStringLiteral("recommendations"));
    REQUIRE(recommendations);
    const QString recText = allText(recommendations);
    for (const RecommendationResult &r : card.recommendations) {
        REQUIRE(recText.contains(r.title));
        REQUIRE(recText.contains(statusLabel(r.status))); // the status in words, beside its icon
    }
    // Every status icon carries its meaning as an accessible name too.
    int icons = 0;
    for (QLabel *label : recommendations->findChildren<QLabel *>())
        if (!label->pixmap().isNull()) {
            ++icons;
            REQUIRE_FALSE(label->accessibleName().isEmpty());
        }
    REQUIRE(icons == static_cast<int>(card.recommendations.size()));

    const QString gaps = allText(results->findChild<QWidget *>(QStringLiteral("criticalGaps")));
    for (const QString &gap : card.criticalGaps)
        REQUIRE(gaps.contains(card.recommendation(gap)->title));
    const QString actions = allText(results->findChild<QWidget *>(QStringLiteral("actionPlan")));
    REQUIRE(actions.contains(card.actions.front().action));
    REQUIRE(actions.contains(QStringLiteral("Source: ")));
    REQUIRE(actions.contains(QStringLiteral("Chief AHPs handbook (2022)")));
    REQUIRE(results->chart()->accessibleDescription().startsWith(QStringLiteral("Radar chart")));
}

TEST_CASE("The results compare each section with the previous assessment of the organisation", "[gui][results]")
{
    GuiFixture f;
    const qint64 example = f.importExample();
    f.window().setDialogDriver([](QDialog &d) {
        d.accept();
        return int(QDialog::Accepted);
    });
    // The example is on framework 1.0; two steps make last year's and this year's on the same
    // version, so sections left alone show no change.
    const qint64 earlier = f.window().startFromPrevious(example);
    REQUIRE(earlier > 0);
    const qint64 id = f.window().startFromPrevious(earlier);
    REQUIRE(id > 0);
    // Lower one answer so a section goes down.
    AssessmentSession &session = f.view().session();
    const QString first = session.framework().domains.front().questions.front().id;
    session.setValue(first, AnswerValue::NotInPlace);
    f.view().showResults();
    const QString text = allText(f.view().resultsPage()->findChild<QWidget *>(QStringLiteral("sectionScores")));
    INFO(text.toStdString());
    REQUIRE(text.contains(QStringLiteral("Previous")));
    REQUIRE(text.contains(QStringLiteral("Down ")));
    REQUIRE(text.contains(QStringLiteral("No change")));
    REQUIRE(allText(f.view().resultsPage())
                .contains(QStringLiteral("Compared with \"%1\"").arg(f.readBack(earlier).title)));
    const auto &axes = f.view().resultsPage()->chart()->axes();
    REQUIRE(axes.front().previous.has_value());
}

TEST_CASE("Mark as complete records the status in the store", "[gui][results]")
{
    GuiFixture f;
    const qint64 id = f.createAndOpen();
    f.view().showResults();
    f.prompter().confirmations.push_back(true); // "not every question is answered: mark anyway?"
    f.window().markComplete();
    REQUIRE(f.prompter().count(QStringLiteral("confirm")) == 1);
    REQUIRE(f.readBack(id).status == QStringLiteral("complete"));
    settle();
    REQUIRE(allText(f.view().resultsPage()).contains(QStringLiteral("Status: Complete")));
}

TEST_CASE("A one-answer draft shows Provisional and no level on the results page, navigator and start page",
          "[gui][results]")
{
    GuiFixture f;
    const qint64 id = f.createAndOpen();
    AssessmentView &view = f.view();
    view.showPage(0);
    click(f.question(0).button(AnswerValue::InPlace));
    view.showResults();
    ResultsPage *results = view.resultsPage();
    const QString provisional =
        QStringLiteral("Provisional: 1 of %1 answered").arg(view.session().framework().questionCount());
    CHECK(results->overallLabel()->text() == provisional);
    const QString page = allText(results);
    INFO(page.toStdString());
    CHECK_FALSE(namesALevel(page));
    CHECK(page.contains(QStringLiteral("None found so far;")));
    CHECK(results->chart()->axes().front().provisional);

    DomainNavigator *nav = view.navigator();
    CHECK(nav->item(nav->resultsRow())->data(DomainNavigator::ProgressRole).toString() == provisional);

    f.window().showStart();
    settle();
    AssessmentListModel *model = f.window().startPage()->model();
    const QString score =
        model->data(model->indexOf(id).siblingAtColumn(AssessmentListModel::ScoreColumn), Qt::DisplayRole).toString();
    CHECK(score == provisional);
}

TEST_CASE("An action's owner, target date and progress are typed on the results page, saved at once and undone with "
          "Ctrl+Z",
          "[gui][results]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    REQUIRE(f.window().openAssessment(id));
    AssessmentView &view = f.view();
    view.showResults();
    settle();
    const ScoreCard &card = view.session().scoreCard();
    REQUIRE_FALSE(card.actions.empty());
    const QString rec = card.actions.front().recommendationId;
    auto *row = view.resultsPage()->findChild<ActionTrackingRow *>(QStringLiteral("tracking:") + rec);
    REQUIRE(row);
    view.resultsPage()->ensureWidgetVisible(row);

    const auto type = [](QLineEdit *edit, const QString &text) {
        click(edit);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        key(Qt::Key_Tab);
        settle();
    };
    type(row->ownerEdit(), QStringLiteral("Director of nursing"));
    CHECK(f.readBack(id).actions.value(rec).owner == QStringLiteral("Director of nursing"));
    // A date that is not one is said beside the field, and nothing is lost or saved wrong.
    type(row->dateEdit(), QStringLiteral("next spring"));
    CHECK(row->problem()->isVisible());
    CHECK(row->problem()->text().contains(QStringLiteral("is not a date")));
    CHECK(row->dateEdit()->text() == QStringLiteral("next spring"));
    CHECK_FALSE(f.readBack(id).actions.value(rec).targetDate.isValid());
    type(row->dateEdit(), QStringLiteral("31/03/2027"));
    CHECK_FALSE(row->problem()->isVisible());
    CHECK(f.readBack(id).actions.value(rec).targetDate == QDate(2027, 3, 31));
    // Tab has gone on from the date to the progress, which the arrow keys change.
    REQUIRE(focused() == row->statusBox());
    key(Qt::Key_Down);
    settle();
    CHECK(f.readBack(id).actions.value(rec).status == TrackedAction::Status::InProgress);

    // Undo takes back the progress, then the date, and the row follows.
    key(Qt::Key_Z, Qt::ControlModifier);
    settle();
    CHECK(f.readBack(id).actions.value(rec).status == TrackedAction::Status::NotStarted);
    CHECK(row->statusBox()->currentData().toString() == QStringLiteral("not_started"));
    key(Qt::Key_Z, Qt::ControlModifier);
    settle();
    CHECK_FALSE(f.readBack(id).actions.value(rec).targetDate.isValid());
    CHECK(row->dateEdit()->text().isEmpty());
    CHECK(f.readBack(id).actions.value(rec).owner == QStringLiteral("Director of nursing"));
}

TEST_CASE("Board paper details are typed in their dialog from the keyboard, saved on OK and undone with Ctrl+Z",
          "[gui][results]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    REQUIRE(f.window().openAssessment(id));
    AssessmentView &view = f.view();
    view.showResults();
    settle();
    auto *button = view.resultsPage()->findChild<QPushButton *>(QStringLiteral("boardPaperDetails"));
    REQUIRE(button);
    bool typed = false;
    // The dialog runs its own loop while open: the keys go in from a timer.
    QTimer::singleShot(50, button, [&] {
        auto *dialog = qobject_cast<BoardPaperDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        // The first field has the focus; Tab goes down the form in order.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Trust board in public"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3 March 2027"));
        auto *purpose = dialog->findChild<QComboBox *>(QStringLiteral("coverPurpose"));
        purpose->setFocus(Qt::TabFocusReason);
        QTest::keyClick(purpose, Qt::Key_Down);
        QTest::keyClick(purpose, Qt::Key_Down); // Not chosen yet, Approval, Assurance
        auto *risk = dialog->findChild<QLineEdit *>(QStringLiteral("coverRiskRegister"));
        risk->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(risk, QStringLiteral("CRR 112 & <b>"));
        typed = true;
        QTest::keyClick(dialog, Qt::Key_Return); // OK is the default button
    });
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
    settle();
    REQUIRE(typed);
    const CoverSheet saved = f.readBack(id).cover;
    CHECK(saved.meeting == QStringLiteral("Trust board in public"));
    CHECK(saved.meetingDate == QDate(2027, 3, 3));
    CHECK(saved.purpose == CoverSheet::Purpose::Assurance);
    CHECK(saved.riskRegister == QStringLiteral("CRR 112 & <b>"));
    CHECK(saved.agendaItem.isEmpty());

    // One step undoes the whole dialog, from the window the dialog went back to.
    f.window().activateWindow();
    button->setFocus(Qt::OtherFocusReason);
    settle();
    key(Qt::Key_Z, Qt::ControlModifier);
    settle();
    CHECK(f.readBack(id).cover.isBlank());
    CHECK(view.session().cover().isBlank());
}

TEST_CASE("The board paper dialog refuses a meeting date it cannot read and says why beside it", "[gui][results]")
{
    BoardPaperDialog dialog(CoverSheet{}, true);
    auto *date = dialog.findChild<QLineEdit *>(QStringLiteral("coverMeetingDate"));
    REQUIRE(date);
    date->setText(QStringLiteral("next spring"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("coverDateProblem"));
    REQUIRE(problem);
    CHECK(problem->text().contains(QStringLiteral("is not a date")));
    date->setText(QStringLiteral("03/03/2027"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.cover().meetingDate == QDate(2027, 3, 3));
}

TEST_CASE("The organisation's logo is chosen beside the board paper details, saved with them and undone with them",
          "[gui][results]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    REQUIRE(f.window().openAssessment(id));
    AssessmentView &view = f.view();
    view.showResults();
    settle();
    const Organisation organisation = f.readBack(id).organisation;
    QTemporaryDir dir;
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    test::writeFile(notes, "not a picture");
    const QString svg = dir.filePath(QStringLiteral("trust.svg"));
    test::writeFile(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 10\"><rect width=\"40\" "
                         "height=\"10\" fill=\"#005eb8\"/></svg>");
    f.prompter().files = {notes, svg};
    bool seen = false;
    QTimer::singleShot(50, view.resultsPage(), [&] {
        auto *dialog = qobject_cast<BoardPaperDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *choose = dialog->findChild<QPushButton *>(QStringLiteral("coverChooseLogo"));
        auto *preview = dialog->findChild<QLabel *>(QStringLiteral("coverLogoPreview"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("coverLogoProblem"));
        REQUIRE(choose);
        CHECK(preview->text() == QStringLiteral("No logo"));
        // A file that is not a picture: said beside the logo, nothing chosen.
        choose->click();
        CHECK(problem->isVisibleTo(dialog));
        CHECK(problem->text().contains(notes));
        CHECK_FALSE(dialog->logoChanged());
        choose->click();
        CHECK_FALSE(problem->isVisibleTo(dialog));
        CHECK_FALSE(preview->pixmap().isNull());
        CHECK(dialog->logoChanged());
        dialog->findChild<QLineEdit *>(QStringLiteral("coverMeeting"))->setText(QStringLiteral("Trust board"));
        seen = true;
        dialog->accept();
    });
    view.resultsPage()->editBoardPaper();
    settle();
    REQUIRE(seen);
    const QByteArray logo = f.workspace().store().organisationLogo(organisation).value();
    CHECK(LogoImage::image(logo).size() == QSize(LogoImage::MaxSide, LogoImage::MaxSide / 4));
    CHECK(f.readBack(id).cover.meeting == QStringLiteral("Trust board"));
    // The report the app exports carries it.
    auto document = Exporter::reportDocument(view.session());
    REQUIRE(document.ok());
    CHECK(document->logo == logo);

    // One step of Undo takes back the sheet and the logo together.
    view.session().undoStack()->undo();
    settle();
    CHECK(f.workspace().store().organisationLogo(organisation).value().isEmpty());
    CHECK(f.readBack(id).cover.isBlank());
    view.session().undoStack()->redo();
    CHECK(f.workspace().store().organisationLogo(organisation).value() == logo);
}
