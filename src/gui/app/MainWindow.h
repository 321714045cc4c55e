#pragma once

#include "core/assessment/Assessment.h"
#include "gui/region/SubmissionCommands.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QStackedWidget;

namespace ahplead {

class AppSettings;
class AssessmentSession;
class AssessmentView;
class BusinessCaseArea;
class Exporter;
class Prompter;
class RegionView;
class StartPage;
class Workspace;

// The app's window: the start page, or the walk-through of one assessment, with the
// menus (every command with its shortcut), and the status bar saying whether changes are saved.
class MainWindow : public QMainWindow, private SubmissionCommands::Host {
    Q_OBJECT

public:
    MainWindow(Workspace &workspace, AppSettings &settings, Prompter &prompter, QWidget *parent = nullptr);
    ~MainWindow() override;

    StartPage *startPage() const { return m_start; }
    AssessmentView *assessmentView() const { return m_view; }
    AssessmentSession *session() const;
    QLabel *saveStatus() const { return m_saveText; }
    QAction *action(const QString &objectName) const;

    // Dialogs are shown through this, so tests can fill them in: by default exec().
    using DialogDriver = std::function<int(QDialog &)>;
    void setDialogDriver(DialogDriver driver) { m_dialogDriver = std::move(driver); }

    // The person's commands, callable directly (tests, screenshots).
    bool openAssessment(qint64 id);
    qint64 createAssessment(const Assessment &assessment);
    void newAssessment();
    qint64 startFromPrevious(qint64 previousId);
    bool deleteAssessment(qint64 id);
    void showStart();
    qint64 openExample();
    // On first run with an empty store, offers the example organisation (once).
    void offerExampleIfEmpty();
    // Help > User guide: the bundled guide in a window of its own, beside the app.
    void showUserGuide();
    void showSettings();
    void useAnotherStore();
    void openSharedStore();
    void importFile();
    void markComplete();
    void editDetails();
    // A new, editable revision of the open (submitted, locked) assessment, opened.
    qint64 reviseOpenAssessment();
    // The open assessment moved to its framework's latest version, as a new draft
    // (AssessmentCopier::upgrade) after the person confirms; its id, or 0.
    qint64 upgradeOpenAssessment();
    // Regional review (RegionView): shown in the window, built at first use.
    void showRegion();
    RegionView *regionView() const { return m_region; }
    // Business cases (BusinessCaseArea): the list of cases and the editor of one.
    void showBusinessCases();
    BusinessCaseArea *businessCases() const { return m_cases; }
    // Submit to region, import a review or a peer benchmark (SubmissionCommands).
    SubmissionCommands &submissions() { return *m_submissions; }
    // Who changes are recorded against, each in its own place and never borrowed from another:
    // for assessments the assessor in Settings, else the open assessment's, else the computer's
    // login name; for business cases whoever prepares them; for the regional review and its
    // imports this store's reviewer.
    QString actor() const;
    QString caseActor() const;
    QString reviewActor() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFileActions();
    void createEditActions();
    void createNavigationActions();
    void createRegionActions();
    void createMenus();
    void updateActions();
    void closeAssessment();
    void createBusinessCases();
    void switchStore(const QString &path);
    int runDialog(QDialog &dialog);
    void showSaved(const QDateTime &when);
    void showSaveFailed(const QString &message);
    void showShortcuts();
    void showAbout();
    QAction *makeAction(const char *name, const QString &text, const QList<QKeySequence> &keys,
                        const QString &icon = {});

    Workspace &m_workspace;
    AppSettings &m_settings;
    Prompter &m_prompter;
    Exporter *m_exporter;
    QStackedWidget *m_stack;
    StartPage *m_start;
    AssessmentView *m_view = nullptr;
    QLabel *m_saveIcon = nullptr;
    QLabel *m_saveText = nullptr;
    DialogDriver m_dialogDriver;
    QList<QAction *> m_assessmentActions;
    RegionView *m_region = nullptr;
    BusinessCaseArea *m_cases = nullptr;
    std::unique_ptr<SubmissionCommands> m_submissions;

    // SubmissionCommands::Host
    QWidget *dialogParent() override { return this; }
    AssessmentSession *openSession() override { return session(); }
    QString actorName() const override { return actor(); }
    bool showAssessment(qint64 id, bool results) override;
    void showStatus(const QString &message) override;
};

} // namespace ahplead
