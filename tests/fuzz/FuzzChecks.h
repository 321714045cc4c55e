#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace ahplead::fuzz {

// One reader under test. CHECK feeds it INPUT and returns an empty string when every promise
// held (a refusal with a message naming the file, or a result that can be used, written and
// read back unchanged), otherwise what was broken. A crash or an escaping exception is a
// failure too, caught by libFuzzer or by the regression test that replays saved inputs.
struct Target {
    const char *name;
    QString (*check)(const QByteArray &input);
};

// Loads the bundled frameworks and pay scales from DATADIR; call once before any check.
void initialise(const QString &dataDir);

const std::vector<Target> &targets();
const Target *target(const QString &name);

} // namespace ahplead::fuzz
