#pragma once

#include "gui/app/Prompter.h"

#include <QString>

#include <deque>
#include <vector>

namespace ahplead::test {

// A Prompter the test answers in advance, recording every question it was asked.
// With nothing queued it answers the cautious way: Quit, No, Cancel, Stay.
class ScriptedPrompter : public Prompter {
public:
    struct Call {
        QString kind; // storeProblem, chooseStoreFile, chooseOpenFile, chooseSaveFile, confirm, askToSave, warn,
                      // inform, exported
        QString title;
        QString text;
        QString details; // a save dialog's filter; a problem's technical detail
    };

    std::vector<Call> calls;
    std::vector<StoreProblem> problems;
    std::deque<StoreChoice> storeChoices;
    std::deque<QString> files;
    std::deque<QStringList> fileLists; // chooseOpenFiles; without one, a single file from `files`
    std::deque<bool> confirmations;
    std::deque<QString> addresses; // askStoreAddress
    std::deque<QString> passwords; // askPassword
    std::deque<SaveChoice> saveChoices;

    int count(const QString &kind) const;
    const Call *last(const QString &kind) const;

    StoreChoice storeProblem(QWidget *parent, const StoreProblem &problem) override;
    QString chooseStoreFile(QWidget *parent, const QString &startPath) override;
    QString chooseOpenFile(QWidget *parent, const QString &caption, const QString &startPath,
                           const QString &filter) override;
    QStringList chooseOpenFiles(QWidget *parent, const QString &caption, const QString &startPath,
                                const QString &filter) override;
    QString chooseSaveFile(QWidget *parent, const QString &caption, const QString &suggestedPath,
                           const QString &filter) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &details,
                 const QString &accept, const QString &reject) override;
    SaveChoice askToSave(QWidget *parent, const QString &title, const QString &text, const QString &details,
                         const QString &save, const QString &discard) override;
    void warn(QWidget *parent, const QString &title, const QString &text, const QString &details) override;
    // Recorded as a "warn" whose details are TECHNICAL.
    void problem(QWidget *parent, const QString &title, const QString &text, const QString &technical) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    // Recorded as "exported", with the path as its text.
    void exported(QWidget *parent, const QString &title, const QString &path) override;
    QString askStoreAddress(QWidget *parent, const QString &current) override;
    QString askPassword(QWidget *parent, const QString &store) override;

private:
    QString nextFile();
};

} // namespace ahplead::test
