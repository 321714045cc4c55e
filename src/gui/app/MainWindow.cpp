#include "gui/app/MainWindow.h"

#include "core/assessment/AssessmentCopier.h"
#include "gui/app/AboutDialog.h"
#include "gui/app/AppSettings.h"
#include "gui/app/Prompter.h"
#include "gui/app/SettingsDialog.h"
#include "gui/app/StartPage.h"
#include "gui/app/StoreOpener.h"
#include "gui/app/Texts.h"
#include "gui/app/UserGuideDialog.h"
#include "gui/app/Workspace.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/Exporter.h"
#include "gui/assessment/NewAssessmentDialog.h"
#include "gui/businesscase/BusinessCaseArea.h"
#include "gui/rating/BoardRatingsLink.h"
#include "gui/region/RegionView.h"
#include "gui/region/ReviewFeedback.h"
#include "gui/region/SubmissionCommands.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/ScreenFit.h"
#include "report/document/SourceLibrary.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

namespace ahplead {

MainWindow::MainWindow(Workspace &workspace, AppSettings &settings, Prompter &prompter, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_settings(settings), m_prompter(prompter),
      m_exporter(new Exporter(prompter, settings)), m_stack(new QStackedWidget(this)),
      m_start(new StartPage(workspace, m_stack))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ahplead: chief AHP leadership self-assessment"));
    setWindowIcon(Icons::get(QStringLiteral("app")));
    m_stack->addWidget(m_start);
    setCentralWidget(m_stack);

    auto *status = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(status);
    statusLayout->setContentsMargins(4, 0, 4, 0);
    statusLayout->setSpacing(4);
    m_saveIcon = new QLabel(status);
    m_saveText = new QLabel(status);
    m_saveText->setObjectName(QStringLiteral("saveStatus"));
    m_saveText->setAccessibleName(tr("Save status"));
    statusLayout->addWidget(m_saveIcon);
    statusLayout->addWidget(m_saveText);
    statusBar()->addPermanentWidget(status);
    statusBar()->setSizeGripEnabled(false);

    m_submissions = std::make_unique<SubmissionCommands>(static_cast<SubmissionCommands::Host &>(*this), workspace,
                                                         settings, prompter);
    createActions();
    createMenus();
    connect(m_start, &StartPage::newRequested, this, &MainWindow::newAssessment);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::openAssessment);
    connect(m_start, &StartPage::startFromPreviousRequested, this, &MainWindow::startFromPrevious);
    connect(m_start, &StartPage::deleteRequested, this, &MainWindow::deleteAssessment);
    connect(m_start, &StartPage::exampleRequested, this, &MainWindow::openExample);
    connect(m_start, &StartPage::changeStoreRequested, this, &MainWindow::useAnotherStore);
    connect(m_start, &StartPage::businessCasesRequested, this, &MainWindow::showBusinessCases);
    createBusinessCases(); // the list of cases is one query; the pay scales wait for first use
    connect(m_start->list()->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);

    // Roomy where the screen allows, never taller or wider than it: on a 1366x768 laptop the
    // Previous and Next buttons at the foot must be on screen.
    if (!restoreGeometry(settings.windowGeometry()))
        ScreenFit::place(this, QSize(1200, 820));
    updateActions();
}

MainWindow::~MainWindow()
{
    // The open assessment goes first, while the window it reports to is still whole.
    if (m_view) {
        disconnect(&m_view->session(), nullptr, this, nullptr);
        disconnect(m_view->session().undoStack(), nullptr, this, nullptr);
        delete m_view;
    }
    // So do the business cases: typing not yet handed over is saved while the window is whole.
    if (m_cases) {
        m_cases->commitPendingEdits();
        delete m_cases;
        m_cases = nullptr;
    }
    delete m_exporter;
}

AssessmentSession *MainWindow::session() const
{
    return m_view ? &m_view->session() : nullptr;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

QString MainWindow::actor() const
{
    if (!m_settings.assessorName().isEmpty())
        return m_settings.assessorName();
    if (m_view && !m_view->session().assessment().assessor.name.isEmpty())
        return m_view->session().assessment().assessor.name;
    return AppSettings::loginName();
}

QString MainWindow::caseActor() const
{
    const QString name = m_settings.caseAuthorName();
    return name.isEmpty() ? AppSettings::loginName() : name;
}

QString MainWindow::reviewActor() const
{
    const QString name = m_settings.reviewerName(m_workspace.store().path());
    return name.isEmpty() ? AppSettings::loginName() : name;
}

QAction *MainWindow::makeAction(const char *name, const QString &text, const QList<QKeySequence> &keys,
                                const QString &icon)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(name));
    a->setShortcuts(keys);
    if (!icon.isEmpty())
        a->setIcon(Icons::get(icon));
    if (!keys.isEmpty())
        a->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                        keys.first().toString(QKeySequence::NativeText)));
    // Shortcuts work wherever the focus is in the window, including in a note.
    a->setShortcutContext(Qt::WindowShortcut);
    addAction(a);
    return a;
}

void MainWindow::createActions()
{
    createFileActions();
    createEditActions();
    createNavigationActions();
    createRegionActions();

    m_assessmentActions = {
        action(QStringLiteral("exportPdfAction")),    action(QStringLiteral("exportHtmlAction")),
        action(QStringLiteral("exportOdtAction")),    action(QStringLiteral("exportCsvAction")),
        action(QStringLiteral("exportDocxAction")),   action(QStringLiteral("exportActionsAction")),
        action(QStringLiteral("printPreviewAction")), action(QStringLiteral("exportAssessmentAction")),
        action(QStringLiteral("closeAction")),        action(QStringLiteral("detailsAction")),
        action(QStringLiteral("completeAction")),     action(QStringLiteral("previousAction")),
        action(QStringLiteral("nextAction")),         action(QStringLiteral("unansweredAction")),
        action(QStringLiteral("resultsAction"))};
}

void MainWindow::createFileActions()
{
    connect(makeAction("newAction", tr("&New assessment…"), {QKeySequence::New}, QStringLiteral("new")),
            &QAction::triggered, this, &MainWindow::newAssessment);
    connect(makeAction("openAction", tr("&Open the chosen assessment"), {QKeySequence::Open}, QStringLiteral("open")),
            &QAction::triggered, this, [this] {
                if (qint64 id = m_start->selectedAssessment())
                    openAssessment(id);
            });
    connect(makeAction("fromPreviousAction", tr("Start from &previous…"), {}, QStringLiteral("copy")),
            &QAction::triggered, this, [this] {
                if (qint64 id = m_start->selectedAssessment())
                    startFromPrevious(id);
            });
    connect(makeAction("deleteAction", tr("&Delete the chosen assessment…"), {}, QStringLiteral("delete")),
            &QAction::triggered, this, [this] {
                if (qint64 id = m_start->selectedAssessment())
                    deleteAssessment(id);
            });
    connect(makeAction("importAction", tr("&Import an assessment file…"), {QKeySequence(Qt::CTRL | Qt::Key_I)}),
            &QAction::triggered, this, &MainWindow::importFile);
    auto exportAs = [this](Exporter::Format format) {
        return [this, format] {
            if (AssessmentSession *s = session()) {
                const QString path = m_exporter->exportTo(format, *s, this);
                if (!path.isEmpty())
                    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
            }
        };
    };
    connect(makeAction("exportPdfAction", tr("Report as &PDF…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                       QStringLiteral("export")),
            &QAction::triggered, this, exportAs(Exporter::Format::Pdf));
    connect(makeAction("exportHtmlAction", tr("Report as a &web page (HTML)…"), {}), &QAction::triggered, this,
            exportAs(Exporter::Format::Html));
    connect(makeAction("exportOdtAction", tr("Report as an &editable document (ODT)…"), {}), &QAction::triggered, this,
            exportAs(Exporter::Format::Odt));
    connect(makeAction("exportDocxAction", tr("Report as a W&ord document (DOCX)…"), {}), &QAction::triggered, this,
            exportAs(Exporter::Format::Docx));
    connect(makeAction("exportCsvAction", tr("Answers as a &spreadsheet (CSV)…"), {}), &QAction::triggered, this,
            exportAs(Exporter::Format::Csv));
    connect(makeAction("exportActionsAction", tr("&Action plan as a spreadsheet (CSV)…"), {}), &QAction::triggered,
            this, exportAs(Exporter::Format::ActionsCsv));
    connect(makeAction("exportAssessmentAction", tr("Assessment &file (JSON)…"), {}), &QAction::triggered, this,
            exportAs(Exporter::Format::AssessmentFile));
    connect(makeAction("printPreviewAction", tr("Print pre&view…"), {QKeySequence(Qt::CTRL | Qt::Key_P)}),
            &QAction::triggered, this, [this] {
                if (AssessmentSession *s = session())
                    m_exporter->printPreview(*s, this);
            });
    connect(makeAction("storeAction", tr("Use another &store…"), {}), &QAction::triggered, this,
            &MainWindow::useAnotherStore);
    connect(makeAction("sharedStoreAction", tr("Open s&hared store…"), {}), &QAction::triggered, this,
            &MainWindow::openSharedStore);
    connect(makeAction("settingsAction", tr("Se&ttings…"), {QKeySequence(Qt::CTRL | Qt::Key_Comma)},
                       QStringLiteral("settings")),
            &QAction::triggered, this, &MainWindow::showSettings);
    connect(makeAction("closeAction", tr("&Close the assessment"), {QKeySequence(Qt::CTRL | Qt::Key_W)},
                       QStringLiteral("go-home")),
            &QAction::triggered, this, &MainWindow::showStart);
    QAction *quit = makeAction("quitAction", tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createEditActions()
{
    QAction *undo = makeAction("undoAction", tr("&Undo"), {QKeySequence(Qt::CTRL | Qt::Key_Z)});
    connect(undo, &QAction::triggered, this, [this] {
        if (AssessmentSession *s = session()) {
            s->commitPendingEdits(); // a note being typed is the last change, and the one undone
            s->undoStack()->undo();
        } else if (QUndoStack *cases = m_cases ? m_cases->activeUndoStack() : nullptr) {
            m_cases->commitPendingEdits();
            cases->undo();
        }
    });
    QAction *redo = makeAction("redoAction", tr("&Redo"),
                               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(redo, &QAction::triggered, this, [this] {
        if (AssessmentSession *s = session()) {
            s->commitPendingEdits();
            s->undoStack()->redo();
        } else if (QUndoStack *cases = m_cases ? m_cases->activeUndoStack() : nullptr) {
            m_cases->commitPendingEdits();
            cases->redo();
        }
    });
    connect(makeAction("detailsAction", tr("Assessment &details…"), {}), &QAction::triggered, this,
            &MainWindow::editDetails);
    connect(makeAction("completeAction", tr("&Mark as complete"), {}, QStringLiteral("status-met")),
            &QAction::triggered, this, &MainWindow::markComplete);
}

void MainWindow::createNavigationActions()
{
    // Plain lambdas, as onRegion below: AddressSanitizer (GCC 12) flagged the call through a
    // captured pointer to member function this replaced.
    auto onView = [this](auto command) {
        return [this, command] {
            if (m_view)
                command(*m_view);
        };
    };
    connect(makeAction("previousAction", tr("&Previous section"),
                       {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)},
                       QStringLiteral("go-previous")),
            &QAction::triggered, this, onView([](AssessmentView &v) { v.previousPage(); }));
    connect(makeAction("nextAction", tr("&Next section"),
                       {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)},
                       QStringLiteral("go-next")),
            &QAction::triggered, this, onView([](AssessmentView &v) { v.nextPage(); }));
    connect(makeAction("unansweredAction", tr("Next &unanswered question"), {QKeySequence(Qt::CTRL | Qt::Key_J)}),
            &QAction::triggered, this, onView([](AssessmentView &v) { v.nextUnanswered(); }));
    connect(
        makeAction("resultsAction", tr("&Results"), {QKeySequence(Qt::CTRL | Qt::Key_R)}, QStringLiteral("results")),
        &QAction::triggered, this, onView([](AssessmentView &v) { v.showResults(); }));
    connect(makeAction("shortcutsAction", tr("&Keyboard shortcuts"), {QKeySequence(Qt::Key_F1)}), &QAction::triggered,
            this, &MainWindow::showShortcuts);
    connect(makeAction("aboutAction", tr("&About ahplead"), {}), &QAction::triggered, this, &MainWindow::showAbout);
    connect(makeAction("userGuideAction", tr("&User guide"), {}, QStringLiteral("help")), &QAction::triggered, this,
            &MainWindow::showUserGuide);
}

void MainWindow::createRegionActions()
{
    // Submitting to the region, and what comes back (SubmissionCommands); the regional review (RegionView).
    connect(makeAction("submitAction", tr("S&ubmit to region…"), {}, QStringLiteral("export")), &QAction::triggered,
            this, [this] { m_submissions->submitOpenAssessment(); });
    connect(makeAction("importReviewAction", tr("Import a &review from the region…"), {}), &QAction::triggered, this,
            [this] { m_submissions->importReview(); });
    connect(makeAction("importBenchmarkAction", tr("Import a peer &benchmark…"), {}), &QAction::triggered, this,
            [this] { m_submissions->importBenchmark(); });
    connect(makeAction("regionAction", tr("&Regional review"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                       QStringLiteral("results")),
            &QAction::triggered, this, &MainWindow::showRegion);
    connect(makeAction("businessCasesAction", tr("&Business cases"), {QKeySequence(Qt::CTRL | Qt::Key_B)}),
            &QAction::triggered, this, &MainWindow::showBusinessCases);
    auto onRegion = [this](auto command) {
        return [this, command] {
            showRegion();
            if (m_region && m_stack->currentWidget() == m_region)
                command(*m_region);
        };
    };
    connect(makeAction("importSubmissionsAction", tr("&Import submissions…"), {}, QStringLiteral("open")),
            &QAction::triggered, this, onRegion([](RegionView &r) { r.importFiles(); }));
    connect(makeAction("importSubmissionFolderAction", tr("Import a &folder of submissions…"), {}), &QAction::triggered,
            this, onRegion([](RegionView &r) { r.importFolder(); }));
    connect(makeAction("regionPdfAction", tr("Regional summary as &PDF…"), {}), &QAction::triggered, this,
            onRegion([](RegionView &r) { r.exportSummary(ReportFormat::Pdf); }));
    connect(makeAction("regionHtmlAction", tr("Regional summary as a &web page (HTML)…"), {}), &QAction::triggered,
            this, onRegion([](RegionView &r) { r.exportSummary(ReportFormat::Html); }));
    connect(makeAction("regionDocxAction", tr("Regional summary as a W&ord document (DOCX)…"), {}), &QAction::triggered,
            this, onRegion([](RegionView &r) { r.exportSummary(ReportFormat::Docx); }));
    connect(makeAction("regionCsvAction", tr("Regional summary as a &spreadsheet (CSV)…"), {}), &QAction::triggered,
            this, onRegion([](RegionView &r) { r.exportSummary(ReportFormat::Csv); }));
    connect(makeAction("regionBenchmarkAction", tr("Export peer &benchmark…"), {}), &QAction::triggered, this,
            onRegion([](RegionView &r) { r.exportBenchmark(); }));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newAction")));
    file->addAction(action(QStringLiteral("openAction")));
    file->addAction(action(QStringLiteral("fromPreviousAction")));
    file->addAction(action(QStringLiteral("deleteAction")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("importAction")));
    file->addAction(action(QStringLiteral("importReviewAction")));
    file->addAction(action(QStringLiteral("importBenchmarkAction")));
    QMenu *exportMenu = file->addMenu(Icons::get(QStringLiteral("export")), tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(action(QStringLiteral("exportPdfAction")));
    exportMenu->addAction(action(QStringLiteral("exportHtmlAction")));
    exportMenu->addAction(action(QStringLiteral("exportOdtAction")));
    exportMenu->addAction(action(QStringLiteral("exportDocxAction")));
    exportMenu->addAction(action(QStringLiteral("exportCsvAction")));
    exportMenu->addAction(action(QStringLiteral("exportActionsAction")));
    exportMenu->addAction(m_exporter->allQuestionsAction(exportMenu));
    exportMenu->addSeparator();
    exportMenu->addAction(action(QStringLiteral("exportAssessmentAction")));
    file->addAction(action(QStringLiteral("printPreviewAction")));
    file->addAction(action(QStringLiteral("submitAction")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("storeAction")));
    file->addAction(action(QStringLiteral("sharedStoreAction")));
    file->addAction(action(QStringLiteral("settingsAction")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("closeAction")));
    file->addAction(action(QStringLiteral("quitAction")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("undoAction")));
    edit->addAction(action(QStringLiteral("redoAction")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("detailsAction")));
    edit->addAction(action(QStringLiteral("completeAction")));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(action(QStringLiteral("previousAction")));
    go->addAction(action(QStringLiteral("nextAction")));
    go->addAction(action(QStringLiteral("unansweredAction")));
    go->addAction(action(QStringLiteral("resultsAction")));
    go->addAction(action(QStringLiteral("businessCasesAction")));
    go->addSeparator();
    go->addAction(action(QStringLiteral("closeAction")));

    QMenu *region = menuBar()->addMenu(tr("Regio&n"));
    region->setObjectName(QStringLiteral("regionMenu"));
    region->addAction(action(QStringLiteral("regionAction")));
    region->addSeparator();
    region->addAction(action(QStringLiteral("importSubmissionsAction")));
    region->addAction(action(QStringLiteral("importSubmissionFolderAction")));
    region->addSeparator();
    region->addAction(action(QStringLiteral("regionPdfAction")));
    region->addAction(action(QStringLiteral("regionHtmlAction")));
    region->addAction(action(QStringLiteral("regionDocxAction")));
    region->addAction(action(QStringLiteral("regionCsvAction")));
    region->addAction(action(QStringLiteral("regionBenchmarkAction")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("userGuideAction")));
    help->addAction(action(QStringLiteral("shortcutsAction")));
    help->addAction(action(QStringLiteral("aboutAction")));
}

void MainWindow::updateActions()
{
    const bool open = m_view != nullptr;
    const bool writable = !m_workspace.readOnly();
    for (QAction *a : m_assessmentActions)
        a->setEnabled(open);
    const bool chosen = !open && m_start->selectedAssessment() != 0;
    action(QStringLiteral("newAction"))->setEnabled(writable);
    action(QStringLiteral("importAction"))->setEnabled(writable);
    action(QStringLiteral("openAction"))->setEnabled(chosen);
    action(QStringLiteral("fromPreviousAction"))->setEnabled(chosen && writable);
    action(QStringLiteral("deleteAction"))->setEnabled(chosen && writable);
    action(QStringLiteral("submitAction"))->setEnabled(open && writable && !session()->locked());
    if (m_region && m_stack->currentWidget() == m_region)
        action(QStringLiteral("closeAction"))->setEnabled(true); // Ctrl+W: back to all assessments
    for (const char *name :
         {"importReviewAction", "importBenchmarkAction", "importSubmissionsAction", "importSubmissionFolderAction"})
        action(QString::fromLatin1(name))->setEnabled(writable);
    const bool editable = open && !session()->readOnly();
    action(QStringLiteral("detailsAction"))->setEnabled(editable);
    action(QStringLiteral("completeAction"))
        ->setEnabled(editable && session()->assessment().status == QLatin1String("draft"));

    QAction *undo = action(QStringLiteral("undoAction"));
    QAction *redo = action(QStringLiteral("redoAction"));
    const QUndoStack *stack = open ? m_view->session().undoStack() : (m_cases ? m_cases->activeUndoStack() : nullptr);
    undo->setEnabled(stack && stack->canUndo());
    redo->setEnabled(stack && stack->canRedo());
    undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

int MainWindow::runDialog(QDialog &dialog)
{
    return m_dialogDriver ? m_dialogDriver(dialog) : dialog.exec();
}

void MainWindow::showSaved(const QDateTime &when)
{
    m_saveIcon->setPixmap(Icons::pixmap(QStringLiteral("saved"), 16, this));
    m_saveIcon->setAccessibleName(tr("Saved"));
    m_saveText->setText(tr("Saved at %1").arg(when.toString(QStringLiteral("HH:mm:ss"))));
}

void MainWindow::showSaveFailed(const QString &)
{
    m_saveIcon->setPixmap(Icons::pixmap(QStringLiteral("error"), 16, this));
    m_saveIcon->setAccessibleName(tr("Not saved"));
    m_saveText->setText(tr("Not saved: see the message at the top of the page"));
}

bool MainWindow::openAssessment(qint64 id)
{
    auto loaded = m_workspace.store().assessment(id);
    if (!loaded) {
        m_prompter.warn(this, tr("The assessment cannot be opened"), tr("The assessment could not be read."),
                        loaded.message());
        return false;
    }
    const Assessment &a = loaded.value();
    const Framework *fw = m_workspace.framework(a.frameworkId, a.frameworkVersion);
    if (!fw) {
        m_prompter.warn(this, tr("The assessment cannot be opened"),
                        tr("\"%1\" was answered against the %2 framework, version %3, which this version of ahplead "
                           "does not have.")
                            .arg(a.title, Texts::frameworkKind(a.frameworkId), a.frameworkVersion),
                        m_workspace.frameworksError().isEmpty() ? tr("Update ahplead to a version that includes it.")
                                                                : m_workspace.frameworksError());
        return false;
    }
    closeAssessment();
    auto *session = new AssessmentSession(m_workspace.store(), *fw, a, actor());
    ReviewFeedback::attach(*session, m_workspace.store()); // the region's review and benchmark, beside the answers
    m_view = new AssessmentView(session, m_stack);
    BoardRatingsLink::attach(*m_view, m_workspace, m_prompter, actor());
    m_view->setPrompter(m_prompter);
    if (const FrameworkMapping *mapping = m_workspace.frameworks()->upgradeFrom(*fw))
        m_view->offerUpgrade(mapping->toVersion());
    if (auto previous = m_workspace.previousOf(a)) {
        if (auto card = m_workspace.score(*previous))
            m_view->setPrevious(*previous, card.value());
    }
    connect(session, &AssessmentSession::saved, this, &MainWindow::showSaved);
    connect(session, &AssessmentSession::saveFailed, this,
            [this](const QString &, const QString &message) { showSaveFailed(message); });
    connect(session, &AssessmentSession::changed, this, &MainWindow::updateActions);
    connect(session, &AssessmentSession::detailsChanged, this, &MainWindow::updateActions);
    connect(session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_view, &AssessmentView::backRequested, this, &MainWindow::showStart);
    connect(m_view, &AssessmentView::markCompleteRequested, this, &MainWindow::markComplete);
    connect(m_view, &AssessmentView::reviseRequested, this, &MainWindow::reviseOpenAssessment);
    connect(m_view, &AssessmentView::upgradeRequested, this, &MainWindow::upgradeOpenAssessment);
    connect(m_view, &AssessmentView::saveReportRequested, action(QStringLiteral("exportPdfAction")), &QAction::trigger);
    connect(m_view, &AssessmentView::printRequested, action(QStringLiteral("printPreviewAction")), &QAction::trigger);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_view);
    setWindowTitle(tr("%1 - ahplead").arg(a.organisation.name));

    // Resume at the first section with something left to answer; a finished one opens on its results.
    int page = m_view->pageCount() - 1;
    for (std::size_t d = 0; d < fw->domains.size(); ++d)
        if (session->answeredIn(fw->domains[d]) < static_cast<int>(fw->domains[d].questions.size())) {
            page = static_cast<int>(d);
            break;
        }
    m_view->showPage(page);
    m_saveIcon->clear();
    m_saveText->setText(session->locked()     ? tr("Submitted: this revision is locked")
                        : session->readOnly() ? tr("Read-only: changes cannot be made")
                                              : tr("Every change is saved as you make it"));
    updateActions();
    return true;
}

void MainWindow::closeAssessment()
{
    if (!m_view)
        return;
    m_view->commitPendingEdits();
    const qint64 id = m_view->session().assessment().id;
    disconnect(&m_view->session(), nullptr, this, nullptr);
    disconnect(m_view->session().undoStack(), nullptr, this, nullptr);
    disconnect(m_view, nullptr, this, nullptr);
    m_stack->removeWidget(m_view);
    m_view->deleteLater();
    m_view = nullptr;
    m_workspace.notifyAssessmentsChanged();
    m_start->select(id);
}

void MainWindow::showStart()
{
    if (m_region && m_stack->currentWidget() == m_region && !m_region->leave())
        return;
    closeAssessment();
    m_stack->setCurrentWidget(m_start);
    setWindowTitle(tr("ahplead: chief AHP leadership self-assessment"));
    m_start->list()->setFocus();
    updateActions();
}

void MainWindow::showRegion()
{
    if (m_region && m_stack->currentWidget() == m_region)
        return;
    closeAssessment();
    if (!m_region) {
        m_region = new RegionView(
            m_workspace, m_settings, m_prompter, [this] { return reviewActor(); }, m_stack);
        m_stack->addWidget(m_region);
        connect(m_region, &RegionView::backRequested, this, &MainWindow::showStart);
        connect(m_region, &RegionView::storeSwitchRequested, this, [this](const QString &path) {
            switchStore(path);
            showRegion();
        });
    }
    m_region->reload();
    m_region->showOverview();
    m_stack->setCurrentWidget(m_region);
    m_saveIcon->clear();
    m_saveText->clear(); // a review is saved with its own button
    statusBar()->clearMessage();
    setWindowTitle(tr("Regional review - ahplead"));
    updateActions();
}

void MainWindow::createBusinessCases()
{
    m_cases = new BusinessCaseArea(
        m_workspace, m_settings, m_prompter, [this] { return caseActor(); }, m_stack);
    m_stack->addWidget(m_cases);
    connect(m_cases, &BusinessCaseArea::backRequested, this, &MainWindow::showStart);
    connect(m_cases, &BusinessCaseArea::saved, this, &MainWindow::showSaved);
    connect(m_cases, &BusinessCaseArea::saveFailed, this, &MainWindow::showSaveFailed);
    connect(m_cases, &BusinessCaseArea::undoStackChanged, this, &MainWindow::updateActions);
    connect(m_cases, &BusinessCaseArea::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::showBusinessCases()
{
    if (m_region && m_stack->currentWidget() == m_region && !m_region->leave())
        return;
    closeAssessment();
    if (!m_cases)
        createBusinessCases();
    m_stack->setCurrentWidget(m_cases);
    m_cases->showList();
    m_saveIcon->clear();
    m_saveText->setText(tr("Every change is saved as you make it"));
    updateActions();
}

qint64 MainWindow::createAssessment(const Assessment &assessment)
{
    auto id = m_workspace.store().addAssessment(assessment, actor(), QStringLiteral("create"));
    if (!id) {
        m_prompter.warn(this, tr("The assessment was not created"), tr("The new assessment could not be saved."),
                        id.message());
        return 0;
    }
    m_workspace.notifyAssessmentsChanged();
    openAssessment(id.value());
    return id.value();
}

void MainWindow::newAssessment()
{
    if (m_workspace.readOnly())
        return;
    NewAssessmentDialog dialog(m_workspace, NewAssessmentDialog::Mode::New, this);
    dialog.setAssessor(m_settings.assessorName(), m_settings.assessorRole());
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    const Assessment a = dialog.assessment();
    if (m_settings.assessorName().isEmpty()) {
        // The first name given becomes the default, so it is asked for once.
        m_settings.setAssessorName(a.assessor.name);
        m_settings.setAssessorRole(a.assessor.role);
    }
    createAssessment(a);
}

qint64 MainWindow::startFromPrevious(qint64 previousId)
{
    if (m_workspace.readOnly())
        return 0;
    auto previous = m_workspace.store().assessment(previousId);
    if (!previous) {
        m_prompter.warn(this, tr("The previous assessment cannot be read"), tr("Nothing was copied."),
                        previous.message());
        return 0;
    }
    const FrameworkLibrary *library = m_workspace.frameworks();
    const Framework *latest = library ? library->latest(previous->frameworkId) : nullptr;
    if (!latest) {
        m_prompter.warn(
            this, tr("There is no framework to start from"),
            tr("This version of ahplead has no %1 framework.").arg(Texts::frameworkKind(previous->frameworkId)),
            m_workspace.frameworksError());
        return 0;
    }
    const Assessor assessor{m_settings.assessorName().isEmpty() ? previous->assessor.name : m_settings.assessorName(),
                            m_settings.assessorName().isEmpty() ? previous->assessor.role : m_settings.assessorRole()};
    // Answers on an older framework version reach the questions that replaced theirs.
    const FrameworkMapping *mapping = nullptr;
    const Framework *previousFramework = library->find(previous->frameworkId, previous->frameworkVersion);
    if (previousFramework)
        mapping = library->upgradeFrom(*previousFramework);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int toCopy =
        AssessmentCopier::startFrom(previous.value(), *latest, QString(), assessor, now, mapping, previousFramework)
            .copied;
    NewAssessmentDialog dialog(m_workspace, NewAssessmentDialog::Mode::FromPrevious, this);
    dialog.setFrom(previous.value(), toCopy);
    dialog.setAssessor(assessor.name, assessor.role);
    if (runDialog(dialog) != QDialog::Accepted)
        return 0;
    const Assessment details = dialog.assessment();
    AssessmentCopier::Copy copy = AssessmentCopier::startFrom(previous.value(), *latest, details.title,
                                                              details.assessor, now, mapping, previousFramework);
    copy.assessment.organisation = details.organisation;
    const qint64 id = createAssessment(copy.assessment);
    if (id && !copy.leftBehind.isEmpty())
        m_prompter.inform(this, tr("Some answers were not copied"),
                          (copy.leftBehind.size() == 1
                               ? tr("1 answer was left behind because the current framework no longer asks that "
                                    "question in the same way.")
                               : tr("%1 answers were left behind because the current framework no longer asks those "
                                    "questions in the same way.")
                                     .arg(copy.leftBehind.size())));
    return id;
}

bool MainWindow::deleteAssessment(qint64 id)
{
    if (m_workspace.readOnly())
        return false;
    auto a = m_workspace.store().assessment(id);
    if (!a)
        return false;
    const QString name = a->title.isEmpty() ? Texts::frameworkLongName(a->frameworkId) : a->title;
    if (!m_prompter.confirm(this, tr("Delete this assessment?"),
                            tr("Delete \"%1\" of %2?").arg(name, a->organisation.name),
                            tr("It has %1 and was last changed %2. Deleting cannot be undone; export it first if you "
                               "may want it again.")
                                .arg(a->answers.size() == 1 ? tr("1 answer") : tr("%1 answers").arg(a->answers.size()),
                                     Texts::dateTime(a->updatedAt)),
                            tr("Delete"), tr("Keep it")))
        return false;
    if (m_view && m_view->session().assessment().id == id)
        showStart();
    Status deleted = m_workspace.store().deleteAssessment(id, actor());
    if (!deleted) {
        m_prompter.warn(this, tr("The assessment was not deleted"), tr("\"%1\" could not be deleted.").arg(name),
                        deleted.message());
        return false;
    }
    m_workspace.notifyAssessmentsChanged();
    statusBar()->showMessage(tr("Deleted \"%1\"").arg(name), 8000);
    return true;
}

qint64 MainWindow::openExample()
{
    auto id = m_workspace.importExample(QStringLiteral("board"), actor());
    if (!id) {
        m_prompter.warn(this, tr("The example cannot be opened"), tr("The example organisation could not be added."),
                        id.message());
        return 0;
    }
    openAssessment(id.value());
    return id.value();
}

void MainWindow::offerExampleIfEmpty()
{
    if (m_settings.exampleOffered() || m_workspace.readOnly())
        return;
    auto list = m_workspace.store().assessments();
    if (!list || !list->empty())
        return;
    // A region's store (submissions, no assessments of its own) is not a new user's first one.
    auto received = m_workspace.store().submissions(QStringLiteral("received"));
    if (!received || !received->empty())
        return;
    m_settings.setExampleOffered(true);
    if (m_prompter.confirm(this, tr("Welcome to ahplead"), tr("Would you like to look at an example first?"),
                           tr("The example organisation, Northfield and Riverside NHS Foundation Trust, has a "
                              "completed board self-assessment, so you can see how the questions, notes and results "
                              "work before starting your own. You can delete it at any time."),
                           tr("Open the example"), tr("Start with an empty store")))
        openExample();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_prompter, m_workspace.store().path(), this);
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    const QString path = dialog.storePath();
    if (!path.isEmpty() &&
        QFileInfo(path).absoluteFilePath() != QFileInfo(m_workspace.store().path()).absoluteFilePath())
        switchStore(path);
}

void MainWindow::useAnotherStore()
{
    const QString path = m_prompter.chooseStoreFile(this, m_workspace.store().path());
    if (!path.isEmpty())
        switchStore(path);
}

void MainWindow::openSharedStore()
{
    const Store &current = m_workspace.store();
    const QString address = m_prompter.askStoreAddress(this, current.shared() ? current.path() : QString());
    if (!address.isEmpty())
        switchStore(address);
}

void MainWindow::switchStore(const QString &path)
{
    StoreOpener opener(m_prompter);
    std::unique_ptr<Store> store = opener.open(path, false, this);
    if (!store)
        return; // the person chose to keep the current store
    showStart();
    m_settings.setStorePath(store->path());
    m_workspace.replaceStore(std::move(store));
    updateActions();
    statusBar()->showMessage(tr("Now using %1").arg(m_workspace.store().description()), 8000);
}

void MainWindow::importFile()
{
    const QString path = m_prompter.chooseOpenFile(this, tr("Import an assessment file"), m_settings.lastFolder(),
                                                   tr("Assessment files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    auto id = m_workspace.importFile(path, actor());
    if (!id) {
        m_prompter.problem(this, tr("The file was not imported"), Texts::readProblem(id.message(), path), id.message());
        return;
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    showStart();
    m_start->select(id.value());
}

void MainWindow::markComplete()
{
    AssessmentSession *s = session();
    if (!s || s->readOnly())
        return;
    s->commitPendingEdits();
    const int missing = s->framework().questionCount() - s->answeredCount();
    if (missing > 0 &&
        !m_prompter.confirm(this, tr("Mark as complete?"),
                            (missing == 1 ? tr("1 question is not answered yet.")
                                          : tr("%1 questions are not answered yet.").arg(missing)),
                            tr("Unanswered questions are left out of the scores. You can still answer them later."),
                            tr("Mark as complete"), tr("Keep working")))
        return;
    Assessment details = s->assessment();
    details.status = QStringLiteral("complete");
    Status done = s->updateDetails(details);
    if (!done) {
        m_prompter.warn(this, tr("The status was not changed"), tr("The assessment could not be marked as complete."),
                        done.message());
        return;
    }
}

qint64 MainWindow::reviseOpenAssessment()
{
    AssessmentSession *s = session();
    if (!s || !s->locked() || m_workspace.readOnly())
        return 0;
    auto id = m_workspace.store().reviseAssessment(s->assessment().id, actor());
    if (!id) {
        m_prompter.warn(this, tr("No new revision was made"), tr("The submitted assessment could not be copied."),
                        id.message());
        return 0;
    }
    m_workspace.notifyAssessmentsChanged();
    openAssessment(id.value());
    return id.value();
}

qint64 MainWindow::upgradeOpenAssessment()
{
    AssessmentSession *s = session();
    const FrameworkLibrary *library = m_workspace.frameworks();
    const FrameworkMapping *mapping = s && library ? library->upgradeFrom(s->framework()) : nullptr;
    const Framework *latest = mapping ? library->find(mapping->frameworkId(), mapping->toVersion()) : nullptr;
    if (!latest || m_workspace.readOnly())
        return 0;
    s->commitPendingEdits();
    const AssessmentCopier::Copy copy = AssessmentCopier::upgrade(s->assessment(), s->framework(), *latest, *mapping);
    // Spelled out: there is no translation file to choose "answer" or "answers" for %n.
    const QString details =
        (copy.copied == 1 ? tr("1 answer will be carried over.")
                          : tr("%1 answers will be carried over.").arg(copy.copied)) +
        QLatin1Char(' ') +
        (copy.toReview.size() == 1
             ? tr("1 question is new, reworded or split: an answer carried into it is flagged for you to check, "
                  "and a new one is left for you to answer.")
             : tr("%1 questions are new, reworded or split: answers carried into them are flagged for you to "
                  "check, and new ones are left for you to answer.")
                   .arg(copy.toReview.size()));
    const QString version = Texts::frameworkVersion(latest->version);
    if (!m_prompter.confirm(this, tr("Move to version %1?").arg(version),
                            tr("A new draft of this assessment is made on version %1 of the framework, with your "
                               "answers. This assessment stays as it is.")
                                .arg(version),
                            details, tr("Move to version %1").arg(version), tr("Cancel")))
        return 0;
    const QString line = AssessmentCopier::upgradeSummary(copy, s->framework(), *latest) +
                         QStringLiteral(" From assessment %1.").arg(s->assessment().id);
    auto id = m_workspace.store().addAssessment(copy.assessment, actor(), QStringLiteral("upgrade"), line);
    if (!id) {
        m_prompter.warn(this, tr("The assessment was not moved"), tr("Nothing was changed."), id.message());
        return 0;
    }
    m_workspace.notifyAssessmentsChanged();
    openAssessment(id.value());
    return id.value();
}

void MainWindow::editDetails()
{
    AssessmentSession *s = session();
    if (!s || s->readOnly())
        return;
    NewAssessmentDialog dialog(m_workspace, NewAssessmentDialog::Mode::EditDetails, this);
    dialog.setFrom(s->assessment());
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    Status done = s->updateDetails(dialog.assessment());
    if (!done)
        m_prompter.warn(this, tr("The details were not saved"), tr("The assessment details could not be saved."),
                        done.message());
}

void MainWindow::showShortcuts()
{
    m_prompter.inform(this, tr("Keyboard shortcuts"),
                      tr("Everything can be done with the keyboard.\n\n"
                         "Tab and Shift+Tab: move between answers, notes, flags and buttons\n"
                         "Arrow keys: choose an answer on the scale\n"
                         "Space: choose the answer, or tick \"Flag for review\"\n"
                         "Ctrl+Page Down or Alt+Right: next section\n"
                         "Ctrl+Page Up or Alt+Left: previous section\n"
                         "Ctrl+J: next unanswered question\n"
                         "Ctrl+R: results\n"
                         "Ctrl+Z: undo; Ctrl+Shift+Z: redo\n"
                         "Ctrl+W: back to all assessments\n"
                         "Ctrl+N: new assessment"));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_workspace.store().path(), SourceLibrary::bundled(), this);
    runDialog(dialog);
}

void MainWindow::showUserGuide()
{
    UserGuideDialog::showOver(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A review with unsaved changes: Cancel on the save prompt keeps the window open.
    if (m_region && !m_region->leave()) {
        event->ignore();
        return;
    }
    if (m_view)
        m_view->commitPendingEdits();
    if (m_cases)
        m_cases->commitPendingEdits();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.sync();
    event->accept();
}

bool MainWindow::showAssessment(qint64 id, bool results)
{
    if (!openAssessment(id))
        return false;
    if (results)
        m_view->showResults();
    return true;
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

} // namespace ahplead
