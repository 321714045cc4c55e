#include "core/base/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ahplead {

namespace {

QString sourceDataDir()
{
    return QDir::cleanPath(QStringLiteral(AHPLEAD_SOURCE_DATA_DIR));
}

QString installedDataDir(const QString &exeDir)
{
    return QDir::cleanPath(exeDir + QStringLiteral("/../share/ahplead"));
}

// Only a program built in this project's build tree (tests, `make run`) may fall back to the
// source tree: the same binary, once packaged, must not look for a build machine's folders.
bool inBuildTree(const QString &exeDir)
{
    const QString build = QFileInfo(QStringLiteral(AHPLEAD_BUILD_DIR)).canonicalFilePath();
    const QString exe = QFileInfo(exeDir).canonicalFilePath();
    if (build.isEmpty() || exe.isEmpty())
        return false;
    const QString relative = QDir(build).relativeFilePath(exe);
    return relative == QLatin1String(".") ||
           (!relative.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(relative));
}

// No application object, no program location to go by (a library user, a fuzzer): the
// source tree, as before there was an installed layout.
bool runFromBuildTree()
{
    return !QCoreApplication::instance() || inBuildTree(QCoreApplication::applicationDirPath());
}

} // namespace

QString DataPaths::dataDir()
{
    const QString fromEnv = qEnvironmentVariable("AHPLEAD_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    if (!QCoreApplication::instance())
        return sourceDataDir();
    return dataDirFor(QCoreApplication::applicationDirPath());
}

QString DataPaths::dataDirFor(const QString &exeDir)
{
    const QString installed = installedDataDir(exeDir);
    if (QFileInfo(installed + QStringLiteral("/frameworks")).isDir())
        return installed;
    if (inBuildTree(exeDir))
        return sourceDataDir();
    return installed;
}

QString DataPaths::frameworksDir()
{
    return dataDir() + QStringLiteral("/frameworks");
}
QString DataPaths::examplesDir()
{
    return dataDir() + QStringLiteral("/examples");
}
QString DataPaths::schemaDir()
{
    return dataDir() + QStringLiteral("/schema");
}
QString DataPaths::costsDir()
{
    return dataDir() + QStringLiteral("/costs");
}

QString DataPaths::docsDir()
{
    const QString bundled = dataDir() + QStringLiteral("/docs");
    if (QFileInfo(bundled).isDir() || !runFromBuildTree())
        return bundled;
    // In the source tree the guide is docs/, beside data/.
    return QDir::cleanPath(sourceDataDir() + QStringLiteral("/../docs"));
}

} // namespace ahplead
