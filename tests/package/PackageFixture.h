#pragma once

#include "support/TestSupport.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ahplead::test {

// The .deb the fixture test "package: CPack builds the Debian package" wrote.
QString debFile();
// One control field of the package (dpkg-deb --field).
QString debField(const QString &field);
// `dpkg-deb --contents`: one line per entry, "-rwxr-xr-x root/root 123 2026-11-22 01:00 ./usr/bin/x".
QStringList debListing();
// Just the paths of the listing, without the leading "." ("/usr/bin/ahplead-cli"); folders end in "/".
QStringList debPaths();

// Runs PROGRAM in WORKDIR with ENV added, to completion.
ProcessResult runIn(const QString &workDir, const QString &program, const QStringList &args,
                    const QStringList &env = {});

// The package unpacked with `dpkg -x` into a temporary root, as apt would install it under /,
// and an unrelated working folder (with its own HOME) to run its programs from. Nothing points
// the programs at their data: no AHPLEAD_DATA_DIR, no LD_LIBRARY_PATH change (Qt is the system's).
class UnpackedPackage {
public:
    UnpackedPackage();

    // PATH inside the package ("/usr/bin/ahplead-cli") in the temporary root.
    QString path(const QString &inPackage) const;
    QString work() const { return m_work.path(); }
    QString workFile(const QString &name) const { return m_work.filePath(name); }
    // Runs /usr/bin/PROGRAM of the package from the working folder.
    ProcessResult run(const QString &program, const QStringList &args) const;

private:
    QTemporaryDir m_root;
    QTemporaryDir m_work;
    QStringList m_env;
};

} // namespace ahplead::test
