// Every input the fuzzers ever broke a reader with (tests/fuzz/regressions/<target>/) and the
// seed corpus (tests/fuzz/corpus/<target>/) go through the same checks as under libFuzzer,
// in the normal build, on every `make test`. Files that reach the store are also imported.
#include "core/region/Importer.h"
#include "fuzz/FuzzChecks.h"
#include "reliability/ReliabilitySupport.h"

#include <catch2/catch.hpp>

#include <QDir>

#include <iostream>

using namespace ahplead;

namespace {

QString fuzzDir()
{
    return test::sourceDir() + QStringLiteral("/tests/fuzz");
}

QStringList filesOf(const QString &dir)
{
    QStringList files;
    const QDir d(dir);
    for (const QString &name : d.entryList(QDir::Files | QDir::Hidden, QDir::Name))
        if (name != QLatin1String("README.md"))
            files << d.filePath(name);
    return files;
}

void initialiseOnce()
{
    static const bool done = [] {
        fuzz::initialise(test::dataDir());
        return true;
    }();
    (void)done;
}

} // namespace

TEST_CASE("Every fuzz target has a seed corpus", "[fuzz]")
{
    for (const fuzz::Target &t : fuzz::targets()) {
        INFO(t.name);
        CHECK(filesOf(fuzzDir() + QStringLiteral("/corpus/") + QLatin1String(t.name)).size() >= 3);
    }
}

TEST_CASE("Every input a fuzzer once broke a reader with, and every seed, is now handled as promised", "[fuzz]")
{
    initialiseOnce();
    int replayed = 0;
    for (const fuzz::Target &t : fuzz::targets()) {
        for (const char *kind : {"regressions", "corpus"}) {
            for (const QString &path :
                 filesOf(QStringLiteral("%1/%2/%3").arg(fuzzDir(), QLatin1String(kind), QLatin1String(t.name)))) {
                INFO(path.toStdString());
                const QString problem = t.check(test::readFile(path));
                CHECK(problem == QString());
                ++replayed;
            }
        }
    }
    std::cout << "fuzz regressions: " << replayed << " saved inputs replayed" << std::endl;
}

TEST_CASE("Every saved fuzz input that reaches the store imports whole or is refused, and the store stays sound",
          "[fuzz]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(QStringLiteral("region.sqlite")));
    QStringList files;
    for (const char *target : {"assessment", "submission", "review", "benchmark"})
        for (const char *kind : {"regressions", "corpus"})
            files << filesOf(QStringLiteral("%1/%2/%3").arg(fuzzDir(), QLatin1String(kind), QLatin1String(target)));
    Importer importer(*store, test::frameworks(), QStringLiteral("fuzz"));
    const Importer::Report report = importer.run(files);
    REQUIRE(report.items.size() == std::size_t(files.size()));
    for (const Importer::Item &item : report.items) {
        INFO(item.path.toStdString() << ": " << item.message.toStdString());
        CHECK_FALSE(item.message.isEmpty());
        if (item.outcome == Importer::Outcome::Imported && item.kind == QLatin1String("assessment")) {
            auto a = store->assessment(item.id);
            REQUIRE(a.ok());
        }
    }
    CHECK(store->checkIntegrity().ok());
}
