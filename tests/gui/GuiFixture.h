#pragma once

#include "core/assessment/Assessment.h"
#include "gui/ScriptedPrompter.h"
#include "gui/app/AppSettings.h"
#include "gui/app/MainWindow.h"
#include "gui/app/Workspace.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/DomainPage.h"
#include "gui/assessment/QuestionWidget.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include "support/TestSupport.h"

#include <memory>

class QRadioButton;

namespace ahplead::test {

// The app's look (resources, style sheet) as the real program has it; once per process.
void prepareApplication();
// Lets queued work (timers at 0, layout) happen.
void settle(int ms = 0);
// A key press on whatever has the keyboard focus, as a person's key would arrive.
void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// A left click in the middle of WIDGET.
void click(QWidget *widget);
QWidget *focused();

// A main window on a fresh store file in a temporary folder, with settings in an INI file
// there and a ScriptedPrompter for every question the app asks. What the app saved is
// read back with readBack(), through a second Store opened on the same file.
class GuiFixture {
public:
    GuiFixture();
    ~GuiFixture();

    QString storePath() const { return m_storePath; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    Workspace &workspace() { return *m_workspace; }
    MainWindow &window() { return *m_window; }
    ScriptedPrompter &prompter() { return m_prompter; }
    AppSettings &settings() { return *m_settings; }

    // A blank draft of FRAMEWORKID's newest version for a test organisation, opened.
    qint64 createAndOpen(const QString &frameworkId = QStringLiteral("board"));
    // The bundled example of KIND imported into the store (not opened).
    qint64 importExample(const QString &kind = QStringLiteral("board"));
    Assessment readBack(qint64 id) const;

    AssessmentView &view();
    DomainPage &page();
    QuestionWidget &question(int index);
    QRadioButton *radio(int question, AnswerValue value);

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    ScriptedPrompter m_prompter;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ahplead::test
