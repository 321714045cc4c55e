#include "tools/screenshots/ScreenshotMaker.h"

#include "core/assessment/AssessmentReader.h"
#include "core/base/DataPaths.h"
#include "gui/app/AppSettings.h"
#include "gui/app/MainWindow.h"
#include "gui/app/MessageBoxPrompter.h"
#include "gui/app/Prompter.h"
#include "gui/app/SettingsDialog.h"
#include "gui/app/StartPage.h"
#include "gui/app/Workspace.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/DomainPage.h"
#include "gui/assessment/NewAssessmentDialog.h"
#include "gui/assessment/QuestionWidget.h"
#include "gui/assessment/ResultsPage.h"
#include "gui/businesscase/BusinessCaseArea.h"
#include "tools/screenshots/RegionScreenshots.h"
#include "tools/screenshots/SilentPrompter.h"
#include "ui_NewAssessmentDialog.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPixmap>
#include <QRadioButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTreeView>

namespace ahplead {

namespace {

// The example a year earlier: a third of its answers one step lower, so the comparison
// shows movement in both the scores and the chart.
Assessment earlierVersionOf(Assessment a)
{
    a.title = QStringLiteral("Board self-assessment 2025");
    a.createdAt = QDateTime(QDate(2025, 10, 1), QTime(9, 0), Qt::UTC);
    a.updatedAt = QDateTime(QDate(2025, 10, 20), QTime(15, 0), Qt::UTC);
    a.status = QStringLiteral("complete");
    QStringList ids = a.answers.keys();
    ids.sort(); // the same answers lowered every time
    int n = 0;
    for (const QString &id : ids) {
        Answer &answer = a.answers[id];
        answer.updatedAt = a.updatedAt;
        answer.flagged = false;
        if (n++ % 3 != 0)
            continue;
        if (answer.value == AnswerValue::InPlace)
            answer.value = AnswerValue::Partial;
        else if (answer.value == AnswerValue::Partial)
            answer.value = AnswerValue::NotInPlace;
    }
    return a;
}

} // namespace

void ScreenshotMaker::settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
}

QStringList ScreenshotMaker::run(const QString &dirPath, const QSize &size, QString *error)
{
    QStringList written;
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = tr("%1: the folder cannot be created").arg(QDir::toNativeSeparators(dirPath));
        return written;
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = tr("No temporary folder is available: %1").arg(scratch.errorString());
        return written;
    }
    auto store = Store::open(scratch.filePath(QStringLiteral("screenshots.sqlite")));
    if (!store) {
        *error = store.message();
        return written;
    }
    Workspace workspace(std::move(store.value()));
    AppSettings settings(scratch.filePath(QStringLiteral("settings.ini")));
    SilentPrompter prompter;
    const FrameworkLibrary *library = workspace.frameworks();
    if (!library) {
        *error = workspace.frameworksError();
        return written;
    }
    const QString examplePath = DataPaths::examplesDir() + QStringLiteral("/board-example.json");
    auto example = AssessmentReader::read(examplePath, *library);
    if (!example) {
        *error = example.message();
        return written;
    }
    const QString actor = example->assessor.name;
    settings.setAssessorName(actor);
    settings.setAssessorRole(example->assessor.role);
    auto earlier = workspace.store().addAssessment(earlierVersionOf(example.value()), actor, QStringLiteral("import"));
    auto current = workspace.store().addAssessment(example.value(), actor, QStringLiteral("import"));
    if (!earlier || !current) {
        *error = !earlier ? earlier.message() : current.message();
        return written;
    }

    auto save = [&](const QPixmap &pixmap, const QString &name) {
        const QString path = dir.filePath(name);
        if (pixmap.save(path, "PNG"))
            written << path;
        else if (error->isEmpty())
            *error = tr("%1 could not be written").arg(QDir::toNativeSeparators(path));
    };

    MainWindow window(workspace, settings, prompter);
    window.resize(size);
    window.show();
    // Active, so the keyboard focus shows (in yellow) as it does on a real screen.
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    window.startPage()->reload();
    window.startPage()->select(current.value());
    window.startPage()->list()->setFocus();
    settle();
    save(window.grab(), QStringLiteral("start.png"));

    saveDialogs(window, workspace, settings, prompter, example.value(), save);
    saveAssessmentPages(window, current.value(), save);
    saveFirstSection(window, example.value(), save);
    // The business case editor on the example case: its options and its figures.
    window.showBusinessCases();
    if (BusinessCaseArea *cases = window.businessCases())
        written << cases->saveScreenshots(dir, error);
    // The regional review: importing a made-up region's submissions, its dashboard, a review.
    written << RegionScreenshots::save(window, workspace, prompter, example.value(), scratch.path(), dirPath, error);
    window.close();
    return written;
}

void ScreenshotMaker::saveDialogs(MainWindow &window, Workspace &workspace, AppSettings &settings,
                                  SilentPrompter &prompter, const Assessment &example, const Save &save)
{
    {
        NewAssessmentDialog dialog(workspace, NewAssessmentDialog::Mode::New, &window);
        dialog.setAssessor(QStringLiteral("Dr Amrit Sandhu"), QStringLiteral("Non-executive director"));
        dialog.ui()->organisationNameEdit->setText(example.organisation.name);
        dialog.ui()->organisationNameEdit->setCursorPosition(0);
        dialog.ui()->odsEdit->setText(example.organisation.odsCode);
        dialog.ui()->icsEdit->setText(example.organisation.ics);
        dialog.ui()->regionCombo->setCurrentText(example.organisation.region);
        dialog.ui()->organisationTypeCombo->setCurrentIndex(
            dialog.ui()->organisationTypeCombo->findData(example.organisation.type));
        dialog.show();
        settle();
        save(dialog.grab(), QStringLiteral("new-assessment.png"));
        dialog.close();
    }

    {
        SettingsDialog dialog(settings, prompter, QStringLiteral("/home/amrit/Documents/ahplead.sqlite"), &window);
        dialog.show();
        settle();
        save(dialog.grab(), QStringLiteral("settings.png"));
        dialog.close();
    }
    {
        StoreProblem problem;
        problem.path = QStringLiteral("/mnt/shared/ahplead/board.sqlite");
        problem.message = QStringLiteral("/mnt/shared/ahplead/board.sqlite: the store is read-only (you do not have "
                                         "permission to change it). Open it read-only, or choose another file.");
        problem.canOpenReadOnly = true;
        std::unique_ptr<QMessageBox> box = MessageBoxPrompter::storeProblemBox(&window, problem);
        box->show();
        settle();
        save(box->grab(), QStringLiteral("store-problem.png"));
        box->close();
    }
}

void ScreenshotMaker::saveAssessmentPages(MainWindow &window, qint64 id, const Save &save)
{
    window.openAssessment(id);
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    settle();
    AssessmentView *view = window.assessmentView();
    view->showPage(2, false);
    settle();
    DomainPage *page = view->currentDomainPage();
    if (page && !page->questions().empty()) {
        QuestionWidget *question = page->questions().front();
        question->setGuidanceVisible(true);
        question->focusTarget()->setFocus(Qt::TabFocusReason);
        settle();
        page->verticalScrollBar()->setValue(0);
        settle();
    }
    save(window.grab(), QStringLiteral("domain.png"));

    view->showResults();
    settle();
    save(window.grab(), QStringLiteral("results.png"));
    if (QWidget *content = view->resultsPage()->widget())
        save(content->grab(), QStringLiteral("results-full.png"));
}

void ScreenshotMaker::saveFirstSection(MainWindow &window, const Assessment &example, const Save &save)
{
    // A new assessment, as a board member first meets it: nothing answered yet.
    Assessment fresh;
    fresh.title = QStringLiteral("Board self-assessment 2027");
    fresh.frameworkId = example.frameworkId;
    fresh.frameworkVersion = example.frameworkVersion;
    fresh.organisation = example.organisation;
    fresh.assessor = example.assessor;
    fresh.createdAt = QDateTime(QDate(2027, 10, 1), QTime(9, 0), Qt::UTC);
    if (window.createAssessment(fresh)) {
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        window.assessmentView()->showPage(0);
        settle();
        save(window.grab(), QStringLiteral("first-section.png"));
    }
}

} // namespace ahplead
