// The region reviews a submission in the GUI; the review file goes back to the trust, whose
// app shows the comments beside its answers. The peer benchmark travels the same way.
#include "gui/GuiFixture.h"
#include "gui/region/RegionTestSupport.h"

#include "core/assessment/Scorer.h"
#include "core/region/PeerBenchmark.h"
#include "core/region/ReviewFile.h"
#include "gui/app/MessageBoxPrompter.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/DomainPage.h"
#include "gui/assessment/ResultsPage.h"
#include "gui/region/ImportDialog.h"
#include "gui/region/RegionView.h"
#include "gui/region/ReviewConflictPanel.h"
#include "gui/region/ReviewFeedback.h"
#include "gui/region/SubmissionCommands.h"
#include "gui/region/SubmissionListModel.h"
#include "gui/region/SubmissionReviewPage.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace ahplead;
using namespace ahplead::test;

namespace {

const QString Structure = QStringLiteral("board.structure");

// The trust submits its example; the region imports the file and opens the submission.
struct RoundTrip {
    GuiFixture trust;
    GuiFixture region;
    qint64 assessmentId = 0;
    qint64 submissionId = 0;
    RegionView *view = nullptr;

    RoundTrip()
    {
        assessmentId = trust.importExample();
        REQUIRE(trust.window().openAssessment(assessmentId));
        trust.prompter().confirmations.push_back(true);
        const QString file = trust.path(QStringLiteral("northfield.ahplead"));
        trust.prompter().files.push_back(file);
        REQUIRE(trust.window().submissions().submitOpenAssessment() == file);
        region.window().showRegion();
        view = region.window().regionView();
        REQUIRE(view);
        ImportDialog *dialog = importAndWait(*view, {file});
        REQUIRE(dialog->report().count(Importer::Outcome::Imported) == 1);
        submissionId = dialog->report().items.front().id;
        dialog->accept();
        settle();
    }
};

QString labelText(QWidget *root, const QString &name)
{
    auto *label = root->findChild<QLabel *>(name);
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("A review's status and comments reach the store and the audit log, with the reviewer and the time",
          "[gui][region][review]")
{
    RoundTrip t;
    RegionView &view = *t.view;
    // Opened from the submissions list with the keyboard, as a person would.
    view.tabs()->setCurrentIndex(RegionView::SubmissionsTab);
    view.submissionList()->setCurrentIndex(view.submissionList()->model()->index(0, 0));
    QTest::keyClick(view.submissionList(), Qt::Key_Return);
    settle();
    REQUIRE(view.showingSubmission());
    SubmissionReviewPage &page = *view.reviewPage();
    CHECK(page.submissionId() == t.submissionId);
    CHECK(page.titleLabel()->text() == t.trust.readBack(t.assessmentId).organisation.name);
    // The answers are there, read-only, with the score worked out again from them.
    const Assessment original = t.trust.readBack(t.assessmentId);
    const QString firstQuestion = test::exampleFramework(QStringLiteral("board")).domains.front().questions.front().id;
    CHECK(labelText(page.body(), QStringLiteral("answer-") + firstQuestion)
              .contains(test::exampleFramework(QStringLiteral("board")).label(original.answers[firstQuestion].value)));
    CHECK(page.findChildren<QRadioButton *>().isEmpty());
    CHECK(page.exportButton()->isEnabled() == false);

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    page.statusCombo()->setCurrentIndex(page.statusCombo()->findData(QStringLiteral("returned")));
    page.overallComment()->setPlainText(QStringLiteral("Please add the board minutes as evidence."));
    REQUIRE(page.domainComment(Structure));
    page.domainComment(Structure)->setPlainText(QStringLiteral("The chief AHP post is vacant; say when it is filled."));
    CHECK(page.hasUnsavedChanges());
    click(page.saveButton());
    settle();
    CHECK_FALSE(page.hasUnsavedChanges());
    CHECK(page.exportButton()->isEnabled());

    auto store = Store::open(t.region.storePath(), Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto record = store.value()->submission(t.submissionId);
    REQUIRE(record.ok());
    CHECK(record->reviewStatus == QStringLiteral("returned"));
    CHECK(record->reviewer == QStringLiteral("Test Reviewer")); // this store's reviewer, not the assessor
    CHECK(record->reviewedAt >= before);
    auto comments = store.value()->reviewComments(t.submissionId);
    REQUIRE(comments.ok());
    REQUIRE(comments->size() == 2);
    QHash<QString, QString> byDomain;
    for (const ReviewComment &c : comments.value())
        byDomain.insert(c.domainId, c.comment);
    CHECK(byDomain.value(QString()) == QStringLiteral("Please add the board minutes as evidence."));
    CHECK(byDomain.value(Structure) == QStringLiteral("The chief AHP post is vacant; say when it is filled."));
    auto log = store.value()->auditLog();
    REQUIRE(log.ok());
    const bool audited = std::any_of(log->begin(), log->end(), [&](const AuditEntry &e) {
        return e.action == QStringLiteral("review") && e.actor == QStringLiteral("Test Reviewer") &&
               e.detail.contains(QStringLiteral("returned")) && e.at >= before;
    });
    CHECK(audited);

    // The list and the dashboard show the new status.
    click(page.backButton());
    settle();
    CHECK_FALSE(view.showingSubmission());
    CHECK(view.submissionModel()->index(0, SubmissionListModel::StatusColumn).data().toString() ==
          QStringLiteral("Returned"));
}

TEST_CASE("Leaving a review with unsaved changes offers to save it", "[gui][region][review]")
{
    RoundTrip t;
    REQUIRE(t.view->openSubmission(t.submissionId));
    SubmissionReviewPage &page = *t.view->reviewPage();
    page.overallComment()->setPlainText(QStringLiteral("Draft thoughts"));
    t.region.prompter().saveChoices.push_back(SaveChoice::Save);
    t.region.window().showStart();
    settle();
    CHECK(t.region.prompter().last(QStringLiteral("askToSave"))->title == QStringLiteral("Save your review?"));
    auto store = Store::open(t.region.storePath(), Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto comments = store.value()->reviewComments(t.submissionId);
    REQUIRE(comments.ok());
    REQUIRE(comments->size() == 1);
    CHECK(comments->front().comment == QStringLiteral("Draft thoughts"));
}

TEST_CASE("Enter on the save-your-review prompt saves, Escape stays, and neither throws the review away",
          "[gui][region][review]")
{
    GuiFixture f;
    for (const auto &[pressed, expected] : {std::pair{Qt::Key_Return, SaveChoice::Save},
                                            {Qt::Key_Enter, SaveChoice::Save},
                                            {Qt::Key_Escape, SaveChoice::Stay}}) {
        std::unique_ptr<QMessageBox> box = MessageBoxPrompter::saveBox(
            &f.window(), QStringLiteral("Save your review?"), QStringLiteral("Changed"), QString(),
            QStringLiteral("Save the review"), QStringLiteral("Leave without saving"));
        box->show();
        REQUIRE(QTest::qWaitForWindowExposed(box.get()));
        QTest::keyClick(box.get(), pressed);
        settle();
        QAbstractButton *clicked = box->clickedButton();
        REQUIRE(clicked);
        CHECK(static_cast<SaveChoice>(clicked->property("saveChoice").toInt()) == expected);
        CHECK(box->buttons().size() == 3); // Save, Leave without saving, Cancel
    }
}

TEST_CASE("Cancel on the leave prompt keeps the review on screen with what was written", "[gui][region][review]")
{
    RoundTrip t;
    REQUIRE(t.view->openSubmission(t.submissionId));
    SubmissionReviewPage &page = *t.view->reviewPage();
    page.overallComment()->setPlainText(QStringLiteral("Half a thought"));
    t.region.prompter().saveChoices.push_back(SaveChoice::Stay);
    t.region.window().showStart();
    settle();
    CHECK(t.region.prompter().count(QStringLiteral("askToSave")) == 1);
    CHECK(t.view->showingSubmission());
    CHECK(page.hasUnsavedChanges());
    CHECK(page.overallComment()->toPlainText() == QStringLiteral("Half a thought"));
    // Closing the window asks again, and Cancel keeps the window open.
    t.region.prompter().saveChoices.push_back(SaveChoice::Stay);
    CHECK_FALSE(t.region.window().close());
    CHECK(t.region.window().isVisible());
}

TEST_CASE("The review is saved from beside a section's comment box, by button or Ctrl+S", "[gui][region][review]")
{
    RoundTrip t;
    REQUIRE(t.view->openSubmission(t.submissionId));
    SubmissionReviewPage &page = *t.view->reviewPage();
    const Framework *fw = frameworks().latest(QStringLiteral("board"));
    QPlainTextEdit *last = page.domainComment(fw->domains.back().id);
    REQUIRE(last);
    t.region.window().activateWindow(); // the import dialog was the active window
    REQUIRE(QTest::qWaitForWindowActive(&t.region.window()));
    last->setFocus();
    page.findChild<QScrollArea *>(QStringLiteral("submissionScroll"))->ensureWidgetVisible(last);
    settle();
    QTest::keyClicks(last, QStringLiteral("Sound plans for the next year."));
    // The save button is in view while the last section's comment is being written.
    CHECK_FALSE(page.saveButton()->visibleRegion().isEmpty());
    CHECK_FALSE(page.findChild<QScrollArea *>(QStringLiteral("submissionScroll"))->isAncestorOf(page.saveButton()));
    CHECK(page.hasUnsavedChanges());
    QTest::keyClick(last, Qt::Key_S, Qt::ControlModifier);
    settle();
    CHECK_FALSE(page.hasUnsavedChanges());
    auto store = Store::open(t.region.storePath(), Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto comments = store.value()->reviewComments(t.submissionId);
    REQUIRE(comments.ok());
    const bool saved = std::any_of(comments->begin(), comments->end(), [&](const ReviewComment &c) {
        return c.domainId == fw->domains.back().id && c.comment == QStringLiteral("Sound plans for the next year.");
    });
    CHECK(saved);
}

TEST_CASE("A returned review exported from the region shows its comments beside the trust's answers",
          "[gui][region][review]")
{
    RoundTrip t;
    REQUIRE(t.view->openSubmission(t.submissionId));
    SubmissionReviewPage &page = *t.view->reviewPage();
    page.statusCombo()->setCurrentIndex(page.statusCombo()->findData(QStringLiteral("returned")));
    page.overallComment()->setPlainText(QStringLiteral("Good progress; two gaps to close."));
    page.domainComment(Structure)->setPlainText(QStringLiteral("Name the chief AHP's line manager."));
    const QString reviewPath = t.region.path(QStringLiteral("review.json"));
    t.region.prompter().files.push_back(reviewPath);
    // Export saves first, so what is sent is what is stored.
    CHECK(page.exportReviewFile() == reviewPath);
    auto review = ReviewFile::parse(readFile(reviewPath), QStringLiteral("review.json"));
    REQUIRE(review.ok());
    CHECK(review->status == QStringLiteral("returned"));
    CHECK(review->comments.size() == 2);

    // The trust imports it from the File menu; the reviewed assessment opens on its results.
    GuiFixture &trust = t.trust;
    trust.window().showStart();
    trust.prompter().files.push_back(reviewPath);
    trust.window().action(QStringLiteral("importReviewAction"))->trigger();
    settle();
    REQUIRE(trust.window().session());
    CHECK(trust.window().session()->assessment().id == t.assessmentId);
    REQUIRE(trust.view().onResults());
    ResultsPage *results = trust.view().resultsPage();
    QWidget *panel = results->findChild<QWidget *>(QStringLiteral("reviewPanel"));
    REQUIRE(panel);
    CHECK(labelText(panel, QStringLiteral("reviewStatus")) == QStringLiteral("Status: Returned"));
    QStringList comments;
    for (QLabel *l : panel->findChildren<QLabel *>(QStringLiteral("reviewComment")))
        comments << l->text();
    CHECK(comments == QStringList{QStringLiteral("Good progress; two gaps to close.")});

    // The section's comment sits at the top of that section, beside its answers.
    trust.view().showPage(0);
    settle();
    QWidget *note = trust.page().findChild<QWidget *>(QStringLiteral("domainReview"));
    REQUIRE(note);
    CHECK(labelText(note, QStringLiteral("reviewComment")) == QStringLiteral("Name the chief AHP's line manager."));
    trust.view().showPage(1);
    settle();
    CHECK_FALSE(trust.page().findChild<QWidget *>(QStringLiteral("domainReview")));

    // A new revision to make the changes keeps the comments in view, saying which revision they are on.
    const qint64 next = trust.window().reviseOpenAssessment();
    REQUIRE(next > 0);
    trust.view().showPage(0);
    settle();
    note = trust.page().findChild<QWidget *>(QStringLiteral("domainReview"));
    REQUIRE(note);
    bool saysRevision = false;
    for (QLabel *l : note->findChildren<QLabel *>())
        saysRevision |= l->text().contains(QStringLiteral("The review is of revision 1"));
    CHECK(saysRevision);

    // A file of the wrong kind is refused before anything is imported.
    trust.prompter().files.push_back(trust.path(QStringLiteral("northfield.ahplead")));
    CHECK_FALSE(trust.window().submissions().importReview());
    CHECK(trust.prompter().last(QStringLiteral("warn"))->text.contains(QStringLiteral("a submission")));
}

TEST_CASE("A peer benchmark exported by the region shows the trust's position on its results", "[gui][region]")
{
    GuiFixture region;
    const QString inbox = region.path(QStringLiteral("inbox"));
    REQUIRE(QDir().mkpath(inbox));
    // Six acute trusts (a group big enough to show) and two community trusts (too few).
    for (int n = 1; n <= 6; ++n)
        writeSubmission(inbox + QStringLiteral("/acute-%1.ahplead").arg(n), regionTrust(n * 3));
    for (int n = 7; n <= 8; ++n)
        writeSubmission(inbox + QStringLiteral("/community-%1.ahplead").arg(n),
                        regionTrust(n, QStringLiteral("community"), QStringLiteral("South ICS")));
    region.window().showRegion();
    RegionView *view = region.window().regionView();
    importAndWait(*view, {inbox})->accept();
    const QString benchmarkPath = region.path(QStringLiteral("benchmark.json"));
    region.prompter().files.push_back(benchmarkPath);
    region.window().action(QStringLiteral("regionBenchmarkAction"))->trigger();
    settle();
    REQUIRE(QFile::exists(benchmarkPath));
    const QByteArray bytes = readFile(benchmarkPath);
    CHECK_FALSE(bytes.contains("Trust 03"));
    CHECK_FALSE(bytes.contains("\"T03\"")); // the code as a JSON string (a time of day may read T03)
    auto benchmark = PeerBenchmark::parse(bytes, QStringLiteral("benchmark.json"));
    REQUIRE(benchmark.ok());
    REQUIRE(benchmark->group(QStringLiteral("acute")));
    CHECK_FALSE(benchmark->group(QStringLiteral("acute"))->suppressed);
    const BenchmarkGroup *community = benchmark->group(QStringLiteral("community"));
    CHECK((!community || community->suppressed));
    CHECK(region.prompter().last(QStringLiteral("inform"))->text.contains(QStringLiteral("left out")));

    // An acute trust imports it and sees where it stands, in words.
    GuiFixture trust;
    Assessment mine = regionTrust(10);
    mine.title = QStringLiteral("Our board self-assessment");
    const qint64 id = trust.window().createAssessment(mine);
    REQUIRE(id > 0);
    trust.prompter().files.push_back(benchmarkPath);
    trust.window().action(QStringLiteral("importBenchmarkAction"))->trigger();
    settle();
    REQUIRE(trust.window().session());
    REQUIRE(trust.view().onResults());
    QWidget *panel = trust.view().resultsPage()->findChild<QWidget *>(QStringLiteral("benchmarkPanel"));
    REQUIRE(panel);
    CHECK(labelText(panel, QStringLiteral("benchmarkIntro")).contains(QStringLiteral("6 organisations")));
    const ScoreCard card = Scorer::score(test::exampleFramework(QStringLiteral("board")), mine);
    const QuartileStat &overall = benchmark->group(QStringLiteral("acute"))->overall;
    // Placed by the whole numbers the page shows beside it.
    const long score = std::lround(*card.overallScore);
    QString expected;
    if (score >= std::lround(overall.q3))
        expected = QStringLiteral("Top quarter");
    else if (score == std::lround(overall.median))
        expected = QStringLiteral("At the median");
    else if (score > std::lround(overall.median))
        expected = QStringLiteral("Upper middle");
    else if (score >= std::lround(overall.q1))
        expected = QStringLiteral("Lower middle");
    else
        expected = QStringLiteral("Bottom quarter");
    const QList<QLabel *> positions = panel->findChildren<QLabel *>(QStringLiteral("benchmarkPosition"));
    REQUIRE(positions.size() == 1 + int(card.domains.size()));
    CHECK(positions.front()->text() == expected);
    CHECK(ReviewFeedback::position(95.0, overall) == QStringLiteral("Top quarter"));
    CHECK(ReviewFeedback::position(0.0, overall) == QStringLiteral("Bottom quarter"));
    if (std::lround(overall.median) != std::lround(overall.q3))
        CHECK(ReviewFeedback::position(overall.median, overall) == QStringLiteral("At the median"));
}

TEST_CASE("The reviewer is asked for once for each store and never borrowed from the assessor", "[gui][region][review]")
{
    RoundTrip t;
    const QString store = t.region.storePath();
    t.region.settings().setReviewerName(store, QString()); // this store has no reviewer yet
    REQUIRE(t.view->openSubmission(t.submissionId));
    SubmissionReviewPage &page = *t.view->reviewPage();
    CHECK(page.reviewerEdit()->text().isEmpty()); // not "Test Assessor", the assessor in Settings
    t.region.window().activateWindow();           // the import dialog was the active window
    REQUIRE(QTest::qWaitForWindowActive(&t.region.window()));
    page.overallComment()->setPlainText(QStringLiteral("Clear and well evidenced."));
    click(page.saveButton());
    settle();
    REQUIRE(t.region.prompter().last(QStringLiteral("warn")));
    CHECK(t.region.prompter().last(QStringLiteral("warn"))->title == QStringLiteral("Who is reviewing?"));
    CHECK(page.hasUnsavedChanges());
    CHECK(focused() == page.reviewerEdit());

    QTest::keyClicks(page.reviewerEdit(), QStringLiteral("Jo Adeyemi"));
    click(page.saveButton());
    settle();
    CHECK_FALSE(page.hasUnsavedChanges());
    auto opened = Store::open(store, Store::Mode::ReadOnly);
    REQUIRE(opened.ok());
    CHECK(opened.value()->submission(t.submissionId)->reviewer == QStringLiteral("Jo Adeyemi"));
    // Remembered for this store only.
    CHECK(t.region.settings().reviewerName(store) == QStringLiteral("Jo Adeyemi"));
    CHECK(t.region.settings().reviewerName(t.region.path(QStringLiteral("another.sqlite"))).isEmpty());
    REQUIRE(t.view->openSubmission(t.submissionId));
    CHECK(t.view->reviewPage()->reviewerEdit()->text() == QStringLiteral("Jo Adeyemi"));
}

TEST_CASE("A review a colleague saved meanwhile is shown beside yours, and you keep yours or take theirs",
          "[gui][region][review]")
{
    RoundTrip t;
    REQUIRE(t.view->openSubmission(t.submissionId));
    SubmissionReviewPage &page = *t.view->reviewPage();
    CHECK_FALSE(page.conflictPanel()->isVisibleTo(&page));
    const int opened = page.record()->reviewVersion;

    // A colleague, on another connection to the same store, saves first.
    {
        auto colleague = Store::open(t.region.storePath());
        REQUIRE(colleague.ok());
        REQUIRE(
            colleague.value()
                ->setReview(t.submissionId, QStringLiteral("in_review"),
                            {{QString(), QStringLiteral("Their overall view."), QStringLiteral("Jo Adeyemi"), {}},
                             {Structure, QStringLiteral("Their note on structure."), QStringLiteral("Jo Adeyemi"), {}}},
                            QStringLiteral("Jo Adeyemi"), {}, opened)
                .ok());
    }
    page.statusCombo()->setCurrentIndex(page.statusCombo()->findData(QStringLiteral("returned")));
    page.overallComment()->setPlainText(QStringLiteral("My overall view."));
    click(page.saveButton());
    settle();

    // Refused, with both versions side by side and mine still on the page.
    CHECK(page.hasUnsavedChanges());
    ReviewConflictPanel &panel = *page.conflictPanel();
    REQUIRE(panel.isVisibleTo(&page));
    CHECK(panel.headline()->text().startsWith(QStringLiteral("Jo Adeyemi saved this review on")));
    QTableWidget &table = *panel.table();
    QHash<QString, std::pair<QString, QString>> rows;
    for (int r = 0; r < table.rowCount(); ++r)
        rows.insert(table.item(r, 0)->text(), {table.item(r, 1)->text(), table.item(r, 2)->text()});
    CHECK(rows.value(QStringLiteral("Overall comment (differs)")) ==
          std::pair(QStringLiteral("Their overall view."), QStringLiteral("My overall view.")));
    CHECK(rows.value(QStringLiteral("Status (differs)")).second == QStringLiteral("Returned to the trust for changes"));
    bool structureShown = false;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        structureShown |= it.value().first == QStringLiteral("Their note on structure.") &&
                          it.value().second == QStringLiteral("(none)") &&
                          it.key().endsWith(QStringLiteral("(differs)"));
    CHECK(structureShown);
    CHECK(page.overallComment()->toPlainText() == QStringLiteral("My overall view."));
    auto store = Store::open(t.region.storePath(), Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    CHECK(store.value()->submission(t.submissionId)->reviewStatus == QStringLiteral("in_review"));

    SECTION("Keep mine saves it over theirs")
    {
        click(panel.keepYoursButton());
        settle();
        CHECK_FALSE(page.hasUnsavedChanges());
        CHECK_FALSE(panel.isVisibleTo(&page));
        CHECK(store.value()->submission(t.submissionId)->reviewStatus == QStringLiteral("returned"));
    }
    SECTION("Take theirs shows their review, and mine is dropped")
    {
        click(panel.takeTheirsButton());
        settle();
        CHECK_FALSE(page.hasUnsavedChanges());
        CHECK_FALSE(panel.isVisibleTo(&page));
        CHECK(page.overallComment()->toPlainText() == QStringLiteral("Their overall view."));
        CHECK(page.statusCombo()->currentData().toString() == QStringLiteral("in_review"));
        CHECK(store.value()->submission(t.submissionId)->reviewStatus == QStringLiteral("in_review"));
    }
}
