// Submitting from the trust's app, and importing into the region's through the regional
// review's import dialog: progress, Cancel, and the summary of what landed and why not.
#include "gui/GuiFixture.h"
#include "gui/region/RegionTestSupport.h"

#include "core/region/SubmissionFile.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/region/ImportDialog.h"
#include "gui/region/ImportSummaryModel.h"
#include "gui/region/RegionHeatmapModel.h"
#include "gui/region/RegionView.h"
#include "gui/region/SubmissionCommands.h"
#include "gui/region/SubmissionListModel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace ahplead;
using namespace ahplead::test;

namespace {

// The summary's row for the file NAME: its result and what happened, as the person reads them.
std::pair<QString, QString> summaryRow(ImportDialog &dialog, const QString &name)
{
    const ImportSummaryModel &model = *dialog.summary();
    const int row = model.rowOf(name);
    REQUIRE(row >= 0);
    return {model.index(row, ImportSummaryModel::ResultColumn).data().toString(),
            model.index(row, ImportSummaryModel::DetailColumn).data().toString()};
}

// Submits the open assessment from the File menu, answering the questions it asks.
QString submitFromMenu(GuiFixture &f, const QString &path)
{
    f.prompter().confirmations.push_back(true);
    f.prompter().files.push_back(path);
    QAction *submit = f.window().action(QStringLiteral("submitAction"));
    REQUIRE(submit->isEnabled());
    submit->trigger();
    settle();
    REQUIRE(QFile::exists(path));
    return path;
}

} // namespace

TEST_CASE("A trust submits from the GUI, and the assessment then shows as locked with a way to a new revision",
          "[gui][region]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    REQUIRE(f.window().openAssessment(id));
    const QString file = submitFromMenu(f, f.path(QStringLiteral("trust.ahplead")));

    // Asked first, in plain words, with the consequences.
    const ScriptedPrompter::Call *asked = f.prompter().last(QStringLiteral("confirm"));
    REQUIRE(asked);
    CHECK(asked->title == QStringLiteral("Submit to your region?"));
    CHECK(asked->details.contains(QStringLiteral("new revision")));

    // The store keeps it locked, and the file is a checked submission of it.
    CHECK(f.readBack(id).locked);
    auto submission = SubmissionFile::parse(readFile(file), QStringLiteral("trust.ahplead"), frameworks());
    REQUIRE(submission.ok());
    CHECK(submission->assessment.organisation.name == f.readBack(id).organisation.name);
    CHECK(submission->submitter.name == QStringLiteral("Test Assessor"));

    // The walk-through says so, and offers the new revision; Submit is no longer offered.
    REQUIRE(f.window().session());
    CHECK(f.window().session()->locked());
    CHECK(f.window().saveStatus()->text() == QStringLiteral("Submitted: this revision is locked"));
    QPushButton *revise = f.view().findChild<QPushButton *>(QStringLiteral("reviseAssessment"));
    REQUIRE(revise);
    CHECK(revise->isVisible());
    CHECK_FALSE(f.window().action(QStringLiteral("submitAction"))->isEnabled());
    const ScriptedPrompter::Call *told = f.prompter().last(QStringLiteral("inform"));
    REQUIRE(told);
    CHECK(told->text.contains(QDir::toNativeSeparators(file)));

    // The audit log records who submitted and when.
    auto store = Store::open(f.storePath(), Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto log = store.value()->auditLog(id);
    REQUIRE(log.ok());
    const bool recorded = std::any_of(log->begin(), log->end(), [](const AuditEntry &e) {
        return e.action.contains(QStringLiteral("submit")) && e.actor == QStringLiteral("Test Assessor") &&
               e.at.isValid();
    });
    CHECK(recorded);

    // Editing means a new revision, which can be submitted in turn.
    const qint64 next = f.window().reviseOpenAssessment();
    REQUIRE(next > 0);
    CHECK(f.readBack(next).revision == 2);
    CHECK(f.window().action(QStringLiteral("submitAction"))->isEnabled());
}

TEST_CASE("Declining to submit, or cancelling the file, changes nothing", "[gui][region]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    REQUIRE(f.window().openAssessment(id));
    f.prompter().confirmations.push_back(false);
    CHECK(f.window().submissions().submitOpenAssessment().isEmpty());
    f.prompter().confirmations.push_back(true); // then no file chosen
    CHECK(f.window().submissions().submitOpenAssessment().isEmpty());
    CHECK_FALSE(f.readBack(id).locked);
    CHECK_FALSE(f.window().session()->locked());
}

TEST_CASE("A region imports a trust's submission through the GUI, rejects a tampered copy for its digest and skips "
          "a second copy",
          "[gui][region]")
{
    GuiFixture trust;
    const qint64 id = trust.importExample();
    REQUIRE(trust.window().openAssessment(id));
    const QString submitted = submitFromMenu(trust, trust.path(QStringLiteral("submitted.ahplead")));

    GuiFixture region;
    const QString inbox = region.path(QStringLiteral("inbox"));
    REQUIRE(QDir().mkpath(inbox));
    REQUIRE(QFile::copy(submitted, inbox + QStringLiteral("/a-northfield.ahplead")));
    REQUIRE(QFile::copy(submitted, inbox + QStringLiteral("/b-northfield-again.ahplead")));
    REQUIRE(QFile::copy(submitted, inbox + QStringLiteral("/c-changed.ahplead")));
    tamper(inbox + QStringLiteral("/c-changed.ahplead"));
    writeFile(inbox + QStringLiteral("/d-empty.ahplead"), QByteArray());

    // Through the menu, as a person would: Region > Import a folder of submissions.
    region.prompter().files.push_back(inbox);
    region.window().action(QStringLiteral("importSubmissionFolderAction"))->trigger();
    RegionView *view = region.window().regionView();
    REQUIRE(view);
    ImportDialog *dialog = view->importDialog();
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return dialog->isFinished(); }));
    settle();

    // The progress bar reached the end, and the summary has a row per file.
    CHECK(dialog->progressBar()->value() == dialog->progressBar()->maximum());
    CHECK(dialog->progressBar()->maximum() == 4);
    CHECK(dialog->summary()->rowCount() == 4);
    CHECK(dialog->headline()->text() == QStringLiteral("Import finished"));
    CHECK(summaryRow(*dialog, QStringLiteral("a-northfield.ahplead")).first == QStringLiteral("Imported"));
    const auto duplicate = summaryRow(*dialog, QStringLiteral("b-northfield-again.ahplead"));
    CHECK(duplicate.first == QStringLiteral("Skipped"));
    CHECK(duplicate.second.contains(QStringLiteral("already imported")));
    const auto tampered = summaryRow(*dialog, QStringLiteral("c-changed.ahplead"));
    CHECK(tampered.first == QStringLiteral("Rejected"));
    // Plain words in the list; the technical reason under it when the row is chosen.
    CHECK(tampered.second.startsWith(QStringLiteral("This file was changed after it was submitted")));
    CHECK(tampered.second.contains(QStringLiteral("ask the trust to send it again")));
    const QAbstractItemModel &shown = *dialog->summaryView()->model();
    for (int row = 0; row < shown.rowCount(); ++row)
        if (shown.index(row, ImportSummaryModel::FileColumn).data().toString() == QStringLiteral("c-changed.ahplead"))
            dialog->summaryView()->setCurrentIndex(shown.index(row, 0));
    const QString rowDetail = dialog->findChild<QLabel *>(QStringLiteral("importRowDetail"))->text();
    CHECK(rowDetail.contains(QStringLiteral("This file was changed after it was submitted")));
    CHECK(rowDetail.contains(QStringLiteral("Details: /digest: the content does not match its digest")));
    const auto empty = summaryRow(*dialog, QStringLiteral("d-empty.ahplead"));
    CHECK(empty.first == QStringLiteral("Rejected"));
    CHECK_FALSE(empty.second.isEmpty());
    // Problems first, so they are seen without scrolling.
    CHECK(dialog->summaryView()->model()->index(0, ImportSummaryModel::ResultColumn).data().toString() ==
          QStringLiteral("Rejected"));
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("importStatus"))->text().contains(QStringLiteral("2 rejected")));

    // Only the good file landed, once.
    auto store = Store::open(region.storePath(), Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto received = store.value()->submissions(QStringLiteral("received"));
    REQUIRE(received.ok());
    REQUIRE(received->size() == 1);
    CHECK(received->front().organisation.name == trust.readBack(id).organisation.name);

    // The regional review shows it at once.
    CHECK(view->submissionModel()->rowCount() == 1);
    CHECK(view->heatmapModel()->rowCount() == 1);
    dialog->closeButton()->click();
    settle();
}

TEST_CASE("Cancelling an import part-way leaves whole files only, and says which were not reached", "[gui][region]")
{
    GuiFixture f;
    const QString inbox = f.path(QStringLiteral("inbox"));
    REQUIRE(QDir().mkpath(inbox));
    const int total = 300;
    QHash<QString, int> answers; // organisation name -> answers in its file
    for (int i = 0; i < total; ++i) {
        const Assessment a = regionTrust(i % 60, QStringLiteral("acute"), QStringLiteral("ICS %1").arg(i % 4));
        writeSubmission(inbox + QStringLiteral("/s-%1.ahplead").arg(i, 4, 10, QLatin1Char('0')), a, i / 60 + 1);
        answers.insert(a.organisation.name, int(a.answers.size()));
    }
    f.window().showRegion();
    RegionView *view = f.window().regionView();
    REQUIRE(view);

    // The window keeps working while the files are read: a timer keeps firing.
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(1);
    ImportDialog *dialog = view->importPaths({inbox});
    REQUIRE(dialog);
    CHECK_FALSE(dialog->isFinished());
    dialog->cancelButton()->click(); // at once: the first files are still being read
    REQUIRE(waitFor([&] { return dialog->isFinished(); }));
    timer.stop();
    CHECK(ticks > 0);

    const Importer::Report &report = dialog->report();
    REQUIRE(report.cancelled);
    const int imported = report.count(Importer::Outcome::Imported);
    const int notReached = report.count(Importer::Outcome::Cancelled);
    CHECK(imported < total);
    CHECK(imported + notReached == total);
    CHECK(dialog->headline()->text() == QStringLiteral("Import cancelled"));
    CHECK(dialog->summary()->count(Importer::Outcome::Cancelled) == notReached);

    // Every submission that landed is whole: its content checks against its digest, with every answer.
    auto store = Store::open(f.storePath(), Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto received = store.value()->submissions(QStringLiteral("received"));
    REQUIRE(received.ok());
    CHECK(int(received->size()) == imported);
    for (const SubmissionRecord &r : received.value()) {
        auto content = store.value()->submissionContent(r.id);
        REQUIRE(content.ok());
        auto s = SubmissionFile::fromContent(content.value(), r.digest, QStringLiteral("stored"), frameworks());
        REQUIRE(s.ok());
        CHECK(int(s->assessment.answers.size()) == answers.value(r.organisation.name));
    }
    // Importing the folder again brings in the rest; what landed before is skipped, not doubled.
    dialog->closeButton()->click();
    settle();
    ImportDialog *again = importAndWait(*view, {inbox});
    CHECK(again->report().count(Importer::Outcome::Duplicate) == imported);
    CHECK(again->report().count(Importer::Outcome::Imported) == total - imported);
    CHECK(view->submissionModel()->totalCount() == total);
}

TEST_CASE("The import dialog and the regional review name every input for screen readers", "[gui][region][a11y]")
{
    GuiFixture f;
    const QString inbox = f.path(QStringLiteral("inbox"));
    REQUIRE(QDir().mkpath(inbox));
    writeSubmission(inbox + QStringLiteral("/one.ahplead"), regionTrust(3));
    f.window().showRegion();
    RegionView *view = f.window().regionView();
    CHECK(unnamedInputs(view).join(QStringLiteral("; ")) == QString());
    ImportDialog *dialog = importAndWait(*view, {inbox});
    CHECK(unnamedInputs(dialog).join(QStringLiteral("; ")) == QString());
    dialog->closeButton()->click();
    settle();
    for (int tab = 0; tab < view->tabs()->count(); ++tab) {
        view->tabs()->setCurrentIndex(tab);
        settle();
        CHECK(unnamedInputs(view).join(QStringLiteral("; ")) == QString());
    }
    REQUIRE(view->openSubmission(view->submissionModel()->record(0)->id));
    settle();
    CHECK(unnamedInputs(view).join(QStringLiteral("; ")) == QString());
    CHECK(unnamedInputs(&f.window()).join(QStringLiteral("; ")) == QString());
}

TEST_CASE("Importing submissions into a trust's own store offers a regional store of their own, made in one click",
          "[gui][region]")
{
    GuiFixture f;
    const qint64 own = f.importExample(); // the trust's own assessment
    const QString submission = writeSubmission(f.path(QStringLiteral("t1.ahplead")), regionTrust(1));
    f.window().showRegion();
    RegionView *view = f.window().regionView();
    REQUIRE(view);

    f.prompter().confirmations.push_back(true); // "Make a regional store"
    ImportDialog *dialog = importAndWait(*view, {submission});
    REQUIRE(dialog);
    const auto asked = f.prompter().last(QStringLiteral("confirm"));
    REQUIRE(asked);
    CHECK(asked->title == QStringLiteral("Keep the region's submissions in a store of their own?"));
    const QString regional = f.path(QStringLiteral("ahplead-region.sqlite"));
    CHECK(asked->details.contains(QDir::toNativeSeparators(regional)));
    dialog->closeButton()->click();
    settle();

    // The app now works on the new store, the regional review still on show, and the
    // submission landed there; the trust's store keeps its assessment and took no submission.
    CHECK(QFileInfo(f.workspace().store().path()).absoluteFilePath() == regional);
    CHECK(f.settings().storePath() == f.workspace().store().path());
    CHECK(f.window().regionView() == view);
    CHECK(view->isVisibleTo(&f.window()));
    CHECK(view->submissionModel()->rowCount() == 1);
    auto trustStore = Store::open(f.storePath(), Store::Mode::ReadOnly);
    REQUIRE(trustStore.ok());
    CHECK(trustStore.value()->submissions(QStringLiteral("received"))->empty());
    CHECK(trustStore.value()->assessment(own).ok());

    // A store that already takes submissions is not asked about again.
    const int asks = f.prompter().count(QStringLiteral("confirm"));
    ImportDialog *again = importAndWait(*view, {writeSubmission(f.path(QStringLiteral("t2.ahplead")), regionTrust(2))});
    REQUIRE(again);
    CHECK(f.prompter().count(QStringLiteral("confirm")) == asks);
    again->closeButton()->click();
    settle();
}

TEST_CASE("Declining the regional store imports into the open store as before", "[gui][region]")
{
    GuiFixture f;
    f.importExample();
    f.window().showRegion();
    f.prompter().confirmations.push_back(false); // "Import into this store"
    ImportDialog *dialog = importAndWait(*f.window().regionView(),
                                         {writeSubmission(f.path(QStringLiteral("t1.ahplead")), regionTrust(1))});
    REQUIRE(dialog);
    CHECK(f.prompter().last(QStringLiteral("confirm")));
    CHECK(QFileInfo(f.workspace().store().path()).absoluteFilePath() == QFileInfo(f.storePath()).absoluteFilePath());
    CHECK(f.workspace().store().submissions(QStringLiteral("received"))->size() == 1);
    CHECK_FALSE(QFileInfo::exists(f.path(QStringLiteral("ahplead-region.sqlite"))));
    dialog->closeButton()->click();
    settle();
}
