// One libFuzzer target per reader: this file is compiled once per target with
// AHPLEAD_FUZZ_TARGET naming the check in FuzzChecks.cpp. `make fuzz` builds and runs them.
#include "fuzz/FuzzChecks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
const ahplead::fuzz::Target *g_target = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ahplead::fuzz::initialise(QStringLiteral(AHPLEAD_FUZZ_DATA_DIR));
    g_target = ahplead::fuzz::target(QStringLiteral(AHPLEAD_FUZZ_TARGET));
    if (!g_target) {
        std::fprintf(stderr, "no fuzz check named %s\n", AHPLEAD_FUZZ_TARGET);
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString problem = g_target->check(input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "\n%s: broken promise: %s\n", AHPLEAD_FUZZ_TARGET, qPrintable(problem));
        std::abort(); // libFuzzer saves the input as a crash
    }
    return 0;
}
