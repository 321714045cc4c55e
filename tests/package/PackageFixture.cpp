#include "package/PackageFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <stdexcept>

namespace ahplead::test {

QString debFile()
{
    // ahplead_<version>-1_<arch>.deb; the version pins it to this build, not an older leftover.
    const QDir dir(QStringLiteral(AHPLEAD_DEB_DIR));
    const QStringList debs =
        dir.entryList({QStringLiteral("ahplead_%1-1_*.deb").arg(QStringLiteral(AHPLEAD_PROJECT_VERSION))}, QDir::Files);
    if (debs.size() != 1)
        throw std::runtime_error("expected one ahplead .deb in " + dir.path().toStdString() +
                                 " (run the test \"package: CPack builds the Debian package\" first)");
    return dir.filePath(debs.first());
}

QString debField(const QString &field)
{
    const ProcessResult result = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), debFile(), field});
    if (result.exitCode != 0)
        throw std::runtime_error("dpkg-deb --field failed: " + result.err.toStdString());
    return result.out.trimmed();
}

QStringList debListing()
{
    const ProcessResult result = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), debFile()});
    if (result.exitCode != 0)
        throw std::runtime_error("dpkg-deb --contents failed: " + result.err.toStdString());
    return result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList debPaths()
{
    static const QRegularExpression path(QStringLiteral("\\s\\.(/\\S*)$"));
    QStringList paths;
    for (const QString &line : debListing()) {
        const QRegularExpressionMatch m = path.match(line);
        if (m.hasMatch())
            paths << m.captured(1);
    }
    return paths;
}

ProcessResult runIn(const QString &workDir, const QString &program, const QStringList &args, const QStringList &env)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Nothing may tell the packaged programs where their data is.
    environment.remove(QStringLiteral("AHPLEAD_DATA_DIR"));
    environment.remove(QStringLiteral("AHPLEAD_STORE"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString &entry : env)
        environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workDir);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        throw std::runtime_error("cannot start " + program.toStdString());
    process.closeWriteChannel();
    if (!process.waitForFinished(180000))
        throw std::runtime_error(program.toStdString() + " did not finish");
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

UnpackedPackage::UnpackedPackage()
{
    if (!m_root.isValid() || !m_work.isValid())
        throw std::runtime_error("cannot make temporary folders");
    const ProcessResult unpacked =
        ahplead::test::run(QStringLiteral("dpkg"), {QStringLiteral("-x"), debFile(), m_root.path()});
    if (unpacked.exitCode != 0)
        throw std::runtime_error("dpkg -x failed: " + unpacked.err.toStdString());
    // A home of its own: the default store and settings land here, not in the tester's.
    const QString home = m_work.filePath(QStringLiteral("home"));
    const QString runtime = m_work.filePath(QStringLiteral("runtime"));
    QDir().mkpath(home);
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_env = {QStringLiteral("HOME=") + home, QStringLiteral("XDG_DATA_HOME=") + home + QStringLiteral("/.local/share"),
             QStringLiteral("XDG_CONFIG_HOME=") + home + QStringLiteral("/.config"),
             QStringLiteral("XDG_RUNTIME_DIR=") + runtime, QStringLiteral("AHPLEAD_ACTOR=package-test")};
}

QString UnpackedPackage::path(const QString &inPackage) const
{
    return m_root.path() + inPackage;
}

ProcessResult UnpackedPackage::run(const QString &program, const QStringList &args) const
{
    return runIn(work(), path(QStringLiteral("/usr/bin/") + program), args, m_env);
}

} // namespace ahplead::test
