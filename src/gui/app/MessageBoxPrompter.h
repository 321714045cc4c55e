#pragma once

#include "gui/app/Prompter.h"

#include <QCoreApplication>

#include <memory>

class QMessageBox;

namespace ahplead {

// The Prompter people meet: QMessageBox for questions and QFileDialog for files.
class MessageBoxPrompter : public Prompter {
    Q_DECLARE_TR_FUNCTIONS(MessageBoxPrompter)

public:
    StoreChoice storeProblem(QWidget *parent, const StoreProblem &problem) override;
    QString chooseStoreFile(QWidget *parent, const QString &startPath) override;
    QString chooseOpenFile(QWidget *parent, const QString &caption, const QString &startPath,
                           const QString &filter) override;
    QString chooseSaveFile(QWidget *parent, const QString &caption, const QString &suggestedPath,
                           const QString &filter) override;
    QStringList chooseOpenFiles(QWidget *parent, const QString &caption, const QString &startPath,
                                const QString &filter) override;
    QString chooseFolder(QWidget *parent, const QString &caption, const QString &startPath) override;
    QString askStoreAddress(QWidget *parent, const QString &current) override;
    QString askPassword(QWidget *parent, const QString &store) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &details,
                 const QString &accept, const QString &reject) override;
    SaveChoice askToSave(QWidget *parent, const QString &title, const QString &text, const QString &details,
                         const QString &save, const QString &discard) override;
    void warn(QWidget *parent, const QString &title, const QString &text, const QString &details) override;
    void problem(QWidget *parent, const QString &title, const QString &text, const QString &technical) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void exported(QWidget *parent, const QString &title, const QString &path) override;

    // The box problem() shows: the plain words, with the technical detail behind "Show Details…".
    static std::unique_ptr<QMessageBox> problemBox(QWidget *parent, const QString &title, const QString &text,
                                                   const QString &technical);
    // The box storeProblem() shows (also drawn for the user guide's screenshots).
    static std::unique_ptr<QMessageBox> storeProblemBox(QWidget *parent, const StoreProblem &problem);
    // The box askToSave() shows: Save is the default button, Cancel the escape button.
    static std::unique_ptr<QMessageBox> saveBox(QWidget *parent, const QString &title, const QString &text,
                                                const QString &details, const QString &save, const QString &discard);
};

} // namespace ahplead
