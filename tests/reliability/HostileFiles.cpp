#include "reliability/HostileFiles.h"

#include "core/base/JsonFile.h"

namespace ahplead::test {

std::vector<HostileFile> hostileFiles(const QByteArray &valid)
{
    const qsizetype open = valid.indexOf('{');
    const QByteArray head = valid.left(open + 1);
    const QByteArray rest = valid.mid(open + 1);
    const QByteArray format = [&] { // the file's own "format" member, so the reader gets past it
        const qsizetype at = valid.indexOf("\"format\"");
        return valid.mid(at, valid.indexOf(',', at) - at);
    }();

    std::vector<HostileFile> v;
    // A comma between two members dropped, past the middle: in a pretty-printed file at a line
    // end, in a one-line canonical one (a submission's content) between a string and a key.
    qsizetype comma = valid.indexOf(",\n", valid.size() / 2);
    if (comma < 0)
        comma = valid.indexOf("\",\"", valid.size() / 2) + 1;
    v.push_back({QStringLiteral("missing-comma"), valid.left(comma) + valid.mid(comma + 1),
                 QStringLiteral("this is not valid JSON")});
    v.push_back({QStringLiteral("mismatched-bracket"), valid.left(valid.lastIndexOf('}')) + "]\n",
                 QStringLiteral("this is not valid JSON")});
    v.push_back({QStringLiteral("truncated"), valid.left(valid.size() / 2), QStringLiteral("truncated")});
    v.push_back({QStringLiteral("truncated-at-one-byte"), valid.left(1), QStringLiteral("truncated")});
    v.push_back({QStringLiteral("nested-arrays"),
                 head + format + ", \"x\": " + QByteArray(10000, '[') + QByteArray(10000, ']') + ",\n" + rest,
                 QStringLiteral("nested more than 64 levels")});
    QByteArray objects;
    for (int i = 0; i < 10000; ++i)
        objects += "{\"a\":";
    v.push_back({QStringLiteral("nested-objects"),
                 head + format + ", \"x\": " + objects + "1" + QByteArray(10000, '}') + ",\n" + rest,
                 QStringLiteral("nested more than 64 levels")});
    v.push_back({QStringLiteral("duplicate-key"), head + "\"formatVersion\": 1,\n" + rest,
                 QStringLiteral("the key \"formatVersion\" appears twice in the same object")});
    v.push_back({QStringLiteral("huge"),
                 head + "\"padding\": \"" + QByteArray(JsonFile::MaxBytes + 1024, 'p') + "\",\n" + rest,
                 QStringLiteral("10 MiB")});
    v.push_back({QStringLiteral("empty"), QByteArray(), QStringLiteral("the file is empty")});
    v.push_back(
        {QStringLiteral("not-utf8"), head + "\"title\": \"caf\xE9\",\n" + rest, QStringLiteral("not valid UTF-8")});
    v.push_back({QStringLiteral("binary"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(2000, '\0'),
                 QStringLiteral("not valid UTF-8")});
    v.push_back({QStringLiteral("nul-bytes"), QByteArray(64, '\0'), QStringLiteral("this is not valid JSON")});
    v.push_back({QStringLiteral("array-root"), "[1, 2, 3]\n", QStringLiteral("expected an object")});
    QByteArray wrongType = valid;
    wrongType.replace("\"formatVersion\": 1", "\"formatVersion\": \"one\"");
    v.push_back({QStringLiteral("wrong-type"), wrongType, QStringLiteral("expected a whole number")});
    QByteArray hugeVersion = valid;
    hugeVersion.replace("\"formatVersion\": 1", "\"formatVersion\": 18446744073709551615");
    v.push_back({QStringLiteral("huge-number"), hugeVersion,
                 QStringLiteral("/formatVersion: the number 18446744073709551615 is out of range")});
    return v;
}

} // namespace ahplead::test
