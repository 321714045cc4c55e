#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace ahplead {

// A store that could not be opened, as the person is told about it.
struct StoreProblem {
    QString path;                 // the file
    QString message;              // what is wrong (Store::open's message, which names the file)
    bool canOpenReadOnly = false; // the file can still be read
    bool canCreate = false;       // the file does not exist; a new, empty store could be made there
};

enum class StoreChoice { OpenReadOnly, ChooseAnother, CreateNew, Quit };

// The answer to "save your changes before you go?": save and go, go without saving, or stay.
enum class SaveChoice { Save, Discard, Stay };

// Every question the app puts to the person in a modal box goes through here, so tests
// can answer them (tests/gui ScriptedPrompter) and the real app shows QMessageBox and
// QFileDialog (MessageBoxPrompter).
class Prompter {
public:
    virtual ~Prompter();

    virtual StoreChoice storeProblem(QWidget *parent, const StoreProblem &problem) = 0;
    // A store file to open or create; empty when cancelled.
    virtual QString chooseStoreFile(QWidget *parent, const QString &startPath) = 0;
    // The address of a shared store (postgresql://…) to open, starting from CURRENT; empty when
    // cancelled. By default none: a prompter that cannot ask answers as if cancelled.
    virtual QString askStoreAddress(QWidget *parent, const QString &current);
    // The password for the shared store STORE, for this connection only (ahplead keeps it
    // nowhere); empty when cancelled. By default none.
    virtual QString askPassword(QWidget *parent, const QString &store);
    // A file to read (FILTER as for QFileDialog); empty when cancelled.
    virtual QString chooseOpenFile(QWidget *parent, const QString &caption, const QString &startPath,
                                   const QString &filter) = 0;
    // Several files to read; empty when cancelled. By default the one file chooseOpenFile() gives.
    virtual QStringList chooseOpenFiles(QWidget *parent, const QString &caption, const QString &startPath,
                                        const QString &filter);
    // A folder to read; empty when cancelled. By default the path chooseOpenFile() gives (a
    // scripted prompter answers with a folder's path).
    virtual QString chooseFolder(QWidget *parent, const QString &caption, const QString &startPath);
    // A file to write; empty when cancelled.
    virtual QString chooseSaveFile(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                   const QString &filter) = 0;
    // A yes/no question whose "yes" is ACCEPT (a verb: "Delete", "Open the example").
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &details,
                         const QString &accept, const QString &reject) = 0;
    // Unsaved work before leaving: SAVE (the default, so Enter keeps the work), DISCARD, or
    // Cancel to stay where the person was (also Escape).
    virtual SaveChoice askToSave(QWidget *parent, const QString &title, const QString &text, const QString &details,
                                 const QString &save, const QString &discard) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text, const QString &details) = 0;
    // A file that could not be used: TEXT, in plain words, says what it means and what to do;
    // TECHNICAL (the file, the place in it, what was expected) is one click away.
    virtual void problem(QWidget *parent, const QString &title, const QString &text, const QString &technical) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    // A document or file was written at PATH: says where, and offers to open it or show it in
    // its folder. By default, only says where.
    virtual void exported(QWidget *parent, const QString &title, const QString &path);
};

} // namespace ahplead
