#include "gui/ScriptedPrompter.h"

namespace ahplead::test {

int ScriptedPrompter::count(const QString &kind) const
{
    int n = 0;
    for (const Call &c : calls)
        n += c.kind == kind ? 1 : 0;
    return n;
}

const ScriptedPrompter::Call *ScriptedPrompter::last(const QString &kind) const
{
    for (auto it = calls.rbegin(); it != calls.rend(); ++it)
        if (it->kind == kind)
            return &*it;
    return nullptr;
}

QString ScriptedPrompter::nextFile()
{
    if (files.empty())
        return {};
    QString f = files.front();
    files.pop_front();
    return f;
}

StoreChoice ScriptedPrompter::storeProblem(QWidget *, const StoreProblem &problem)
{
    calls.push_back({QStringLiteral("storeProblem"), problem.path, problem.message, {}});
    problems.push_back(problem);
    if (storeChoices.empty())
        return StoreChoice::Quit;
    const StoreChoice choice = storeChoices.front();
    storeChoices.pop_front();
    return choice;
}

QString ScriptedPrompter::chooseStoreFile(QWidget *, const QString &startPath)
{
    calls.push_back({QStringLiteral("chooseStoreFile"), {}, startPath, {}});
    return nextFile();
}

QString ScriptedPrompter::askStoreAddress(QWidget *, const QString &current)
{
    calls.push_back({QStringLiteral("askStoreAddress"), {}, current, {}});
    if (addresses.empty())
        return {};
    const QString next = addresses.front();
    addresses.pop_front();
    return next;
}

QString ScriptedPrompter::askPassword(QWidget *, const QString &store)
{
    calls.push_back({QStringLiteral("askPassword"), {}, store, {}});
    if (passwords.empty())
        return {};
    const QString next = passwords.front();
    passwords.pop_front();
    return next;
}

QString ScriptedPrompter::chooseOpenFile(QWidget *, const QString &caption, const QString &startPath, const QString &)
{
    calls.push_back({QStringLiteral("chooseOpenFile"), caption, startPath, {}});
    return nextFile();
}

QStringList ScriptedPrompter::chooseOpenFiles(QWidget *parent, const QString &caption, const QString &startPath,
                                              const QString &filter)
{
    if (fileLists.empty())
        return Prompter::chooseOpenFiles(parent, caption, startPath, filter);
    calls.push_back({QStringLiteral("chooseOpenFiles"), caption, startPath, {}});
    QStringList next = fileLists.front();
    fileLists.pop_front();
    return next;
}

QString ScriptedPrompter::chooseSaveFile(QWidget *, const QString &caption, const QString &suggestedPath,
                                         const QString &filter)
{
    calls.push_back({QStringLiteral("chooseSaveFile"), caption, suggestedPath, filter});
    return nextFile();
}

bool ScriptedPrompter::confirm(QWidget *, const QString &title, const QString &text, const QString &details,
                               const QString &, const QString &)
{
    calls.push_back({QStringLiteral("confirm"), title, text, details});
    if (confirmations.empty())
        return false;
    const bool yes = confirmations.front();
    confirmations.pop_front();
    return yes;
}

SaveChoice ScriptedPrompter::askToSave(QWidget *, const QString &title, const QString &text, const QString &details,
                                       const QString &, const QString &)
{
    calls.push_back({QStringLiteral("askToSave"), title, text, details});
    if (saveChoices.empty())
        return SaveChoice::Stay;
    const SaveChoice choice = saveChoices.front();
    saveChoices.pop_front();
    return choice;
}

void ScriptedPrompter::warn(QWidget *, const QString &title, const QString &text, const QString &details)
{
    calls.push_back({QStringLiteral("warn"), title, text, details});
}

void ScriptedPrompter::problem(QWidget *, const QString &title, const QString &text, const QString &technical)
{
    calls.push_back({QStringLiteral("warn"), title, text, technical});
}

void ScriptedPrompter::exported(QWidget *, const QString &title, const QString &path)
{
    calls.push_back({QStringLiteral("exported"), title, path, {}});
}

void ScriptedPrompter::inform(QWidget *, const QString &title, const QString &text)
{
    calls.push_back({QStringLiteral("inform"), title, text, {}});
}

} // namespace ahplead::test
