#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ahplead {

// SHA-256, as QCryptographicHash computes it, but several times faster on processors with
// the SHA extensions (most x86-64 processors since 2017): a region imports thousands of
// submissions and hashes every byte of each (docs/formats.md, the digest). Elsewhere it is
// QCryptographicHash itself. tests/core/base/Sha256Test.cpp checks the two agree.
class Sha256 {
public:
    // The 32-byte digest of DATA.
    static QByteArray hash(QByteArrayView data);
    // Whether hash() uses the processor's SHA instructions here.
    static bool accelerated();
};

} // namespace ahplead
