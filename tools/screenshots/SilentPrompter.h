#pragma once

#include "gui/app/Prompter.h"

namespace ahplead {

// A Prompter that never stops to ask: every question is declined, every file choice
// cancelled, every message dropped. For `ahplead-screenshots` and the GUI benchmarks,
// which must run unattended.
class SilentPrompter : public Prompter {
public:
    StoreChoice storeProblem(QWidget *, const StoreProblem &) override;
    QString chooseStoreFile(QWidget *, const QString &) override;
    QString chooseOpenFile(QWidget *, const QString &, const QString &, const QString &) override;
    QString chooseSaveFile(QWidget *, const QString &, const QString &, const QString &) override;
    bool confirm(QWidget *, const QString &, const QString &, const QString &, const QString &,
                 const QString &) override;
    SaveChoice askToSave(QWidget *, const QString &, const QString &, const QString &, const QString &,
                         const QString &) override;
    void warn(QWidget *, const QString &, const QString &, const QString &) override;
    void problem(QWidget *, const QString &, const QString &, const QString &) override;
    void inform(QWidget *, const QString &, const QString &) override;
};

} // namespace ahplead
