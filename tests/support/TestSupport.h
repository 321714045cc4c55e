#pragma once

#include "core/assessment/FrameworkLibrary.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <iostream>

// Failed checks print QStrings as text, not as arrays of characters.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

// Ends the running test case as skipped: ctest reports it Skipped, never Passed (every test's
// SKIP_REGULAR_EXPRESSION in tests/CMakeLists.txt matches the line). For a test that cannot make
// its fault or find its tool on this machine; Catch2 2.13 has no skip of its own.
#define AHPLEAD_SKIP(reason)                                                                                           \
    do {                                                                                                               \
        std::cout << "SKIPPED: " << reason << std::endl;                                                               \
        return;                                                                                                        \
    } while (false)

namespace ahplead::test {

QString sourceDir();                  // the repository
QString dataDir();                    // the repository's data/
QString fixturesDir();                // tests/fixtures
QString cliPath();                    // the built ahplead-cli
const FrameworkLibrary &frameworks(); // the bundled frameworks, loaded once
// The framework version the bundled examples (data/examples) were answered on: 1.0.0, kept so
// their scores and the golden files stay exactly as they were when newer versions ship.
const Framework &exampleFramework(const QString &id);

QByteArray readFile(const QString &path);
// data/examples/KIND-example.json cut down to a draft with only its first answer: the case
// that must give a provisional result everywhere (docs/scoring.md).
QByteArray oneAnswerDraft(const QString &kind);
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray sha256OfFile(const QString &path);

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to completion with extra environment entries ("NAME=value").
ProcessResult run(const QString &program, const QStringList &args, const QStringList &env = {},
                  const QByteArray &input = {});
// Runs ahplead-cli with --store STORE (when STORE is not empty).
ProcessResult runCli(const QStringList &args, const QString &store = {});

} // namespace ahplead::test
