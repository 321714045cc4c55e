#pragma once

// Faults from outside the program, made for real: a file or folder nobody may write, and a
// small file system that fills up. Used by tests/reliability and tests/gui (GuiFaultTest.cpp).

#include <QString>

namespace ahplead::test {

// Makes a file or folder unwritable for everyone, root included, until lifted or destroyed.
// Tests run as root in CI, where permission bits stop nothing, so for root this sets the
// immutable attribute (chattr +i; ext4, xfs, btrfs) or, failing that, bind-mounts the path
// read-only; for anyone else it clears the write permission bits. ok() is true only when a
// probe write was really refused; how() says which means worked, problem() why none did.
class WriteBarrier {
public:
    explicit WriteBarrier(QString path);
    ~WriteBarrier();
    WriteBarrier(const WriteBarrier &) = delete;
    WriteBarrier &operator=(const WriteBarrier &) = delete;

    bool ok() const { return m_ok; }
    const QString &how() const { return m_how; }
    const QString &problem() const { return m_problem; }
    void lift();

private:
    bool probeRefused() const;
    QString m_path;
    enum class Means { None, Permissions, Immutable, ReadOnlyBind } m_means = Means::None;
    int m_oldMode = 0;
    bool m_ok = false;
    QString m_how;
    QString m_problem;
};

// A small tmpfs mounted at MOUNTPOINT (created if needed) in this process's own mount
// namespace, so nothing is left mounted on the machine whatever happens to the test.
// Needs root (CAP_SYS_ADMIN); ok() says whether it worked, problem() why not.
class SmallFileSystem {
public:
    SmallFileSystem(QString mountPoint, qint64 bytes);
    ~SmallFileSystem();
    SmallFileSystem(const SmallFileSystem &) = delete;
    SmallFileSystem &operator=(const SmallFileSystem &) = delete;

    bool ok() const { return m_ok; }
    const QString &problem() const { return m_problem; }
    qint64 freeBytes() const;
    // Remounts read-only (true) or read-write (false).
    bool setReadOnly(bool readOnly);
    // Remounts with a new size: more room, as when files elsewhere on the disk are deleted.
    bool resize(qint64 bytes);

private:
    QString m_mountPoint;
    qint64 m_bytes;
    bool m_ok = false;
    QString m_problem;
};

} // namespace ahplead::test
