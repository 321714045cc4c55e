#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace ahplead::test {

// One hostile version of a valid file, and a part of the message a reader must give for it.
struct HostileFile {
    QString name;
    QByteArray bytes;
    QString expected;
};

// The hostile versions of VALID (a JSON object with a "format" member): malformed (a comma
// dropped, a bracket mismatched), truncated, 10,000 levels of nested arrays and of objects, a
// duplicate key, more than 10 MiB, empty, not UTF-8, binary, NUL bytes, an array at the root,
// a wrong type and a number out of range. Used by tests/reliability and tests/gui.
std::vector<HostileFile> hostileFiles(const QByteArray &valid);

} // namespace ahplead::test
