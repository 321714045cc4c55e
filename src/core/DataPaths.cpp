#include "DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ahplead {

QString DataPaths::dataDir()
{
    const QString fromEnv = qEnvironmentVariable("AHPLEAD_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    if (QCoreApplication::instance()) {
        const QString installed = QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                                  QStringLiteral("/../share/ahplead"));
        if (QFileInfo(installed + QStringLiteral("/frameworks")).isDir())
            return installed;
    }
    return QStringLiteral(AHPLEAD_SOURCE_DATA_DIR);
}

QString DataPaths::frameworksDir() { return dataDir() + QStringLiteral("/frameworks"); }
QString DataPaths::examplesDir() { return dataDir() + QStringLiteral("/examples"); }
QString DataPaths::schemaDir() { return dataDir() + QStringLiteral("/schema"); }
QString DataPaths::costsDir() { return dataDir() + QStringLiteral("/costs"); }

} // namespace ahplead
