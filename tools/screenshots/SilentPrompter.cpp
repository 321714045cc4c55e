#include "tools/screenshots/SilentPrompter.h"

namespace ahplead {

StoreChoice SilentPrompter::storeProblem(QWidget *, const StoreProblem &)
{
    return StoreChoice::Quit;
}

QString SilentPrompter::chooseStoreFile(QWidget *, const QString &)
{
    return {};
}

QString SilentPrompter::chooseOpenFile(QWidget *, const QString &, const QString &, const QString &)
{
    return {};
}

QString SilentPrompter::chooseSaveFile(QWidget *, const QString &, const QString &, const QString &)
{
    return {};
}

bool SilentPrompter::confirm(QWidget *, const QString &, const QString &, const QString &, const QString &,
                             const QString &)
{
    return false;
}

SaveChoice SilentPrompter::askToSave(QWidget *, const QString &, const QString &, const QString &, const QString &,
                                     const QString &)
{
    return SaveChoice::Discard; // unattended runs move on; they never write anything worth keeping
}

void SilentPrompter::warn(QWidget *, const QString &, const QString &, const QString &) {}

void SilentPrompter::problem(QWidget *, const QString &, const QString &, const QString &) {}

void SilentPrompter::inform(QWidget *, const QString &, const QString &) {}

} // namespace ahplead
