#include "core/base/SaveFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ahplead {

Status SaveFile::write(const QString &path, const QByteArray &bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("%1: this is a folder; give a file name to write to").arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("%1: cannot be written: %2").arg(shown, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(QStringLiteral("%1: writing failed (%2); nothing was written").arg(shown, why));
    }
    if (!file.commit())
        return fail(QStringLiteral("%1: could not be saved (%2); nothing was written").arg(shown, file.errorString()));
    return success();
}

} // namespace ahplead
