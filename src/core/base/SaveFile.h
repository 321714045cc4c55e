#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

namespace ahplead {

// Every file the program writes goes through here: QSaveFile writes a temporary file
// and renames it into place, so the target is written whole or not at all.
class SaveFile {
public:
    static Status write(const QString &path, const QByteArray &bytes);
};

} // namespace ahplead
