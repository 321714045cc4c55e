#include "core/base/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace ahplead;

namespace {

QByteArray reference(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("SHA-256 gives the published digests of the FIPS 180-2 examples")
{
    CHECK(Sha256::hash(QByteArray()).toHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(Sha256::hash(QByteArrayLiteral("abc")).toHex() ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(Sha256::hash(QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toHex() ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(Sha256::hash(QByteArray(1000000, 'a')).toHex() ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 agrees with Qt's for every length around the block and padding edges")
{
    QRandomGenerator random(20261122);
    for (int length = 0; length <= 300; ++length) {
        QByteArray data(length, Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        INFO("length " << length);
        REQUIRE(Sha256::hash(data) == reference(data));
    }
}

TEST_CASE("SHA-256 agrees with Qt's on a submission-sized input and on a view into a larger buffer")
{
    QRandomGenerator random(7);
    QByteArray data(40000, Qt::Uninitialized);
    for (char &c : data)
        c = char(random.bounded(256));
    CHECK(Sha256::hash(data) == reference(data));
    const QByteArrayView middle = QByteArrayView(data).sliced(13, 18491);
    CHECK(Sha256::hash(middle) == reference(middle.toByteArray()));
}
