#include "gui/app/Prompter.h"

#include <QCoreApplication>
#include <QDir>

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

void Prompter::exported(QWidget *parent, const QString &title, const QString &path)
{
    inform(parent, title, QCoreApplication::translate("Prompter", "Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace ahplead
