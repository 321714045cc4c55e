#include "gui/app/Prompter.h"

namespace ahplead {

Prompter::~Prompter() = default;

QStringList Prompter::chooseOpenFiles(QWidget *parent, const QString &caption, const QString &startPath,
                                      const QString &filter)
{
    const QString one = chooseOpenFile(parent, caption, startPath, filter);
    return one.isEmpty() ? QStringList() : QStringList{one};
}

QString Prompter::askStoreAddress(QWidget *, const QString &)
{
    return {};
}

QString Prompter::askPassword(QWidget *, const QString &)
{
    return {};
}

QString Prompter::chooseFolder(QWidget *parent, const QString &caption, const QString &startPath)
{
    return chooseOpenFile(parent, caption, startPath, QString());
}

} // namespace ahplead
