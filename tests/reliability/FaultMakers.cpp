#include "reliability/FaultMakers.h"

#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The faults are made with Linux calls (mount namespaces, tmpfs, chattr). Elsewhere every
// maker reports that it cannot work, and the tests using it say NOT TESTED (GuiFaultTest.cpp
// is built on every platform; tests/reliability only where POSIX is, see docs/building.md).
#if defined(Q_OS_LINUX)

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace ahplead::test {

namespace {

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Mounts made by the tests stay in a mount namespace of this process's own, so they vanish
// with it even if the test dies before unmounting.
bool privateMountNamespace(QString *problem)
{
    static QString failure;
    static const bool done = [] {
        if (unshare(CLONE_NEWNS) != 0) {
            failure = QStringLiteral("unshare(CLONE_NEWNS): ") + errnoText();
            return false;
        }
        if (mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            failure = QStringLiteral("making / private: ") + errnoText();
            return false;
        }
        return true;
    }();
    if (!done)
        *problem = failure;
    return done;
}

} // namespace

WriteBarrier::WriteBarrier(QString path) : m_path(std::move(path))
{
    const QByteArray native = QFile::encodeName(m_path);
    struct stat st {};
    if (::stat(native.constData(), &st) != 0) {
        m_problem = m_path + QStringLiteral(": ") + errnoText();
        return;
    }
    m_oldMode = int(st.st_mode & 07777);
    if (geteuid() != 0) {
        if (::chmod(native.constData(), mode_t(m_oldMode & ~0222)) == 0 && probeRefused()) {
            m_means = Means::Permissions;
            m_how = QStringLiteral("write permission removed (chmod a-w)");
            m_ok = true;
            return;
        }
        ::chmod(native.constData(), mode_t(m_oldMode));
        m_problem = QStringLiteral("chmod a-w did not stop writes");
        return;
    }
    // Root: permission bits stop nothing.
    const auto chattr = run(QStringLiteral("chattr"), {QStringLiteral("+i"), m_path});
    if (chattr.exitCode == 0 && probeRefused()) {
        m_means = Means::Immutable;
        m_how = QStringLiteral("immutable attribute (chattr +i)");
        m_ok = true;
        return;
    }
    if (chattr.exitCode == 0)
        run(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
    QString nsProblem;
    if (privateMountNamespace(&nsProblem) &&
        ::mount(native.constData(), native.constData(), nullptr, MS_BIND, nullptr) == 0) {
        if (::mount(nullptr, native.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0 &&
            probeRefused()) {
            m_means = Means::ReadOnlyBind;
            m_how = QStringLiteral("read-only bind mount");
            m_ok = true;
            return;
        }
        ::umount2(native.constData(), MNT_DETACH);
    }
    m_problem = QStringLiteral("running as root, and neither chattr +i (%1) nor a read-only bind mount (%2) works here")
                    .arg(chattr.err.trimmed(), nsProblem.isEmpty() ? errnoText() : nsProblem);
}

WriteBarrier::~WriteBarrier()
{
    lift();
}

void WriteBarrier::lift()
{
    const QByteArray native = QFile::encodeName(m_path);
    switch (m_means) {
    case Means::None:
        break;
    case Means::Permissions:
        ::chmod(native.constData(), mode_t(m_oldMode));
        break;
    case Means::Immutable:
        run(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        break;
    case Means::ReadOnlyBind:
        ::umount2(native.constData(), MNT_DETACH);
        break;
    }
    m_means = Means::None;
}

bool WriteBarrier::probeRefused() const
{
    if (QFileInfo(m_path).isDir()) {
        const QString probe = m_path + QStringLiteral("/.write-probe");
        QFile file(probe);
        if (file.open(QIODevice::WriteOnly)) {
            file.close();
            QFile::remove(probe);
            return false;
        }
        return true;
    }
    QFile file(m_path);
    return !file.open(QIODevice::WriteOnly | QIODevice::Append);
}

SmallFileSystem::SmallFileSystem(QString mountPoint, qint64 bytes) : m_mountPoint(std::move(mountPoint)), m_bytes(bytes)
{
    QDir().mkpath(m_mountPoint);
    if (geteuid() != 0) {
        m_problem = QStringLiteral("mounting a file system needs root");
        return;
    }
    if (!privateMountNamespace(&m_problem))
        return;
    const QByteArray options = "size=" + QByteArray::number(m_bytes) + ",mode=0755";
    if (::mount("ahplead-test", QFile::encodeName(m_mountPoint).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                options.constData()) != 0) {
        m_problem = QStringLiteral("mount -t tmpfs: ") + errnoText();
        return;
    }
    m_ok = true;
}

SmallFileSystem::~SmallFileSystem()
{
    if (m_ok)
        ::umount2(QFile::encodeName(m_mountPoint).constData(), MNT_DETACH);
}

qint64 SmallFileSystem::freeBytes() const
{
    struct statvfs s {};
    if (::statvfs(QFile::encodeName(m_mountPoint).constData(), &s) != 0)
        return -1;
    return qint64(s.f_bavail) * qint64(s.f_frsize);
}

bool SmallFileSystem::setReadOnly(bool readOnly)
{
    const QByteArray options = "size=" + QByteArray::number(m_bytes);
    return ::mount("ahplead-test", QFile::encodeName(m_mountPoint).constData(), "tmpfs",
                   MS_REMOUNT | MS_NOSUID | MS_NODEV | (readOnly ? MS_RDONLY : 0), options.constData()) == 0;
}

bool SmallFileSystem::resize(qint64 bytes)
{
    m_bytes = bytes;
    const QByteArray options = "size=" + QByteArray::number(m_bytes);
    return ::mount("ahplead-test", QFile::encodeName(m_mountPoint).constData(), "tmpfs",
                   MS_REMOUNT | MS_NOSUID | MS_NODEV, options.constData()) == 0;
}

} // namespace ahplead::test

#else

namespace ahplead::test {

namespace {
QString notHere()
{
    return QStringLiteral("the fault makers need Linux (mount namespaces, tmpfs, chattr)");
}
} // namespace

WriteBarrier::WriteBarrier(QString path) : m_path(std::move(path)), m_problem(notHere()) {}
WriteBarrier::~WriteBarrier() = default;
void WriteBarrier::lift() {}
bool WriteBarrier::probeRefused() const
{
    return false;
}

SmallFileSystem::SmallFileSystem(QString mountPoint, qint64 bytes)
    : m_mountPoint(std::move(mountPoint)), m_bytes(bytes), m_problem(notHere())
{
}
SmallFileSystem::~SmallFileSystem() = default;
qint64 SmallFileSystem::freeBytes() const
{
    return -1;
}
bool SmallFileSystem::setReadOnly(bool)
{
    return false;
}
bool SmallFileSystem::resize(qint64 bytes)
{
    m_bytes = bytes;
    return false;
}

} // namespace ahplead::test

#endif
