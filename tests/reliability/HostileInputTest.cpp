// Malformed, truncated, deeply nested, duplicate-key, huge and otherwise hostile files
// through every reader: each is refused with a message naming the file and what is wrong,
// and an import of it changes nothing in the store (the store file's hash is compared).
#include "reliability/HostileFiles.h"
#include "reliability/ReliabilitySupport.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/FrameworkLoader.h"
#include "core/base/JsonFile.h"
#include "core/businesscase/BusinessCaseReader.h"
#include "core/businesscase/PayScaleReader.h"
#include "core/region/PeerBenchmark.h"
#include "core/region/ReviewFile.h"
#include "core/region/SubmissionFile.h"
#include "core/region/Submitter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>
#include <iostream>

using namespace ahplead;

namespace {

struct Kind {
    QString name;                                     // assessment, submission, ...
    QByteArray valid;                                 // a file the reader accepts
    bool importable;                                  // through `ahplead-cli import`
    std::function<QString(const QString &path)> read; // the reader's message, or empty if accepted
};

// The importer reads a file whole; a file that cannot be read is refused as empty here.
QByteArray bytesOrEmpty(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
template <typename T> QString messageOf(const Result<T> &r)
{
    return r ? QString() : r.message();
}

QByteArray validSubmission(QTemporaryDir &dir)
{
    auto store = test::openStore(dir.filePath(QStringLiteral("trust.sqlite")));
    const qint64 id = store->addAssessment(test::boardExample(), QStringLiteral("t")).value();
    const QString path = dir.filePath(QStringLiteral("valid.ahplead"));
    REQUIRE(Submitter::submit(*store, test::frameworks(), id, {QStringLiteral("Jo"), {}}, path).ok());
    return test::readFile(path);
}

QByteArray validReview()
{
    Review r;
    r.submissionUuid = QStringLiteral("3f2b9c4e-1111-4222-8333-944455566677");
    r.organisation = {QStringLiteral("Northfield"), QStringLiteral("ZZ1"), {}, {}, {}};
    r.status = QStringLiteral("returned");
    r.reviewer = QStringLiteral("Region");
    r.reviewedAt = QDateTime(QDate(2026, 10, 20), QTime(9, 0), Qt::UTC);
    r.comments.push_back({QString(), QStringLiteral("Nearly there"), QStringLiteral("Region"), r.reviewedAt});
    return ReviewFile::write(r);
}

QByteArray validBenchmark()
{
    PeerBenchmark b;
    b.frameworkId = QStringLiteral("board");
    b.frameworkVersion = QStringLiteral("1.0.0");
    b.createdAt = QDateTime(QDate(2026, 10, 20), QTime(9, 0), Qt::UTC);
    BenchmarkGroup g;
    g.organisationType = QStringLiteral("all");
    g.suppressed = true;
    b.groups.push_back(g);
    return b.write();
}

std::vector<Kind> kinds(QTemporaryDir &dir)
{
    const FrameworkLibrary &lib = test::frameworks();
    auto bytesOf = [](const QString &path) { return test::readFile(path); };
    return {
        {QStringLiteral("assessment"), bytesOf(test::boardExamplePath()), true,
         [&lib](const QString &p) { return messageOf(AssessmentReader::read(p, lib)); }},
        {QStringLiteral("submission"), validSubmission(dir), true,
         [&lib](const QString &p) {
             return messageOf(SubmissionFile::parse(bytesOrEmpty(p), JsonFile::displayName(p), lib));
         }},
        {QStringLiteral("review"), validReview(), true,
         [](const QString &p) { return messageOf(ReviewFile::parse(bytesOrEmpty(p), JsonFile::displayName(p))); }},
        {QStringLiteral("benchmark"), validBenchmark(), true,
         [](const QString &p) { return messageOf(PeerBenchmark::parse(bytesOrEmpty(p), JsonFile::displayName(p))); }},
        {QStringLiteral("framework"), bytesOf(test::dataDir() + QStringLiteral("/frameworks/board-1.0.0.json")), false,
         [](const QString &p) { return messageOf(FrameworkLoader::load(p)); }},
        {QStringLiteral("businesscase"),
         bytesOf(test::dataDir() + QStringLiteral("/examples/business-case-example.json")), false,
         [](const QString &p) { return messageOf(BusinessCaseReader::read(p)); }},
        // The GUI imports a business case as a draft (figures may still be wrong; structure may not).
        {QStringLiteral("businesscase-draft"),
         bytesOf(test::dataDir() + QStringLiteral("/examples/business-case-example.json")), false,
         [](const QString &p) { return messageOf(BusinessCaseReader::readDraft(p)); }},
        {QStringLiteral("payscales"),
         bytesOf(test::dataDir() + QStringLiteral("/costs/agenda-for-change-2025-26.json")), false,
         [](const QString &p) { return messageOf(PayScaleReader::read(p)); }},
    };
}

} // namespace

TEST_CASE("Malformed, truncated, deeply nested, duplicate-key and huge files get a clear message from every reader, "
          "and importing them changes nothing in the store",
          "[hostile-input]")
{
    QTemporaryDir dir;
    const std::vector<Kind> all = kinds(dir);

    // A store with something in it: the assessment example and a received submission.
    const QString store = dir.filePath(QStringLiteral("region.sqlite"));
    const QString valid = dir.filePath(QStringLiteral("valid.ahplead"));
    REQUIRE(test::runCli({QStringLiteral("import"), test::boardExamplePath(), valid}, store).exitCode == 0);

    int tried = 0;
    for (const Kind &kind : all) {
        INFO(kind.name.toStdString());
        REQUIRE(kind.read(QString()).size() > 0); // a missing file is refused too
        const QString folder = dir.filePath(kind.name);
        QDir().mkpath(folder);
        test::writeFile(folder + QStringLiteral("/valid.json"), kind.valid);
        REQUIRE(kind.read(folder + QStringLiteral("/valid.json")).isEmpty()); // the base is sound
        QFile::remove(folder + QStringLiteral("/valid.json"));

        const std::vector<test::HostileFile> hostile = test::hostileFiles(kind.valid);
        for (const test::HostileFile &v : hostile) {
            INFO(v.name.toStdString());
            const QString file = QStringLiteral("%1-%2.json").arg(kind.name, v.name);
            const QString path = folder + QLatin1Char('/') + file;
            test::writeFile(path, v.bytes);
            const QString message = kind.read(path);
            INFO(message.left(400).toStdString());
            CHECK(message.startsWith(file + QStringLiteral(": ")));
            CHECK(message.contains(v.expected));
            CHECK(message.size() < 600); // a message, not a dump of the file
            ++tried;
        }
        if (!kind.importable)
            continue;
        const QByteArray before = test::sha256OfFile(store);
        const auto r = test::runCli({QStringLiteral("import"), folder}, store);
        INFO(r.err.left(4000).toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.startsWith(QStringLiteral("Imported 0 of %1 files").arg(hostile.size())));
        for (const test::HostileFile &v : hostile) {
            const QString line = QStringLiteral("  %1-%2.json: ").arg(kind.name, v.name);
            INFO(v.name.toStdString());
            CHECK(r.err.contains(line));
        }
        CHECK(test::sha256OfFile(store) == before);
    }
    std::cout << "hostile input: " << tried << " hostile files through " << all.size() << " readers" << std::endl;
    CHECK(test::openStore(store)->checkIntegrity().ok());
}

namespace {

// A copy of the data folder, for AHPLEAD_DATA_DIR.
QString copyOfData(QTemporaryDir &dir)
{
    const QString data = dir.filePath(QStringLiteral("data"));
    for (const QString &sub : {QStringLiteral("frameworks"), QStringLiteral("examples"), QStringLiteral("schema"),
                               QStringLiteral("costs")}) {
        QDir().mkpath(data + QLatin1Char('/') + sub);
        const QDir from(test::dataDir() + QLatin1Char('/') + sub);
        for (const QString &name : from.entryList(QDir::Files))
            QFile::copy(from.filePath(name), data + QLatin1Char('/') + sub + QLatin1Char('/') + name);
    }
    return data;
}

} // namespace

TEST_CASE("A framework folder holding a hostile framework file still loads the good ones and names the bad one",
          "[hostile-input]")
{
    QTemporaryDir dir;
    const QString data = copyOfData(dir);
    const QByteArray board = test::readFile(test::dataDir() + QStringLiteral("/frameworks/board-1.0.0.json"));
    int tried = 0;
    for (const test::HostileFile &v : test::hostileFiles(board)) {
        INFO(v.name.toStdString());
        const QString path = data + QStringLiteral("/frameworks/zz-hostile.json");
        test::writeFile(path, v.bytes);
        const auto r =
            test::run(test::cliPath(), {QStringLiteral("frameworks")}, {QStringLiteral("AHPLEAD_DATA_DIR=") + data});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(QStringLiteral("board       1.0.0")));
        CHECK(r.err.startsWith(QStringLiteral("Not loaded: zz-hostile.json: ")));
        CHECK(r.err.contains(v.expected));
        ++tried;
    }
    std::cout << "hostile input: " << tried << " hostile framework files through the CLI" << std::endl;
}

TEST_CASE("A costs folder holding a hostile pay scales file still costs the business case with the good year and names "
          "the bad file",
          "[hostile-input]")
{
    QTemporaryDir dir;
    const QString data = copyOfData(dir);
    const QByteArray year = test::readFile(test::dataDir() + QStringLiteral("/costs/agenda-for-change-2025-26.json"));
    const QString out = dir.filePath(QStringLiteral("case.html"));
    int tried = 0;
    for (const test::HostileFile &v : test::hostileFiles(year)) {
        INFO(v.name.toStdString());
        test::writeFile(data + QStringLiteral("/costs/zz-hostile.json"), v.bytes);
        QFile::remove(out);
        const auto r =
            test::run(test::cliPath(),
                      {QStringLiteral("business-case"), data + QStringLiteral("/examples/business-case-example.json"),
                       QStringLiteral("-o"), out},
                      {QStringLiteral("AHPLEAD_DATA_DIR=") + data});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(QFileInfo(out).size() > 1000);
        CHECK(r.err.contains(QStringLiteral("warning: pay scales not loaded: zz-hostile.json: ")));
        CHECK(r.err.contains(v.expected));
        ++tried;
    }
    std::cout << "hostile input: " << tried << " hostile pay scales files through the CLI" << std::endl;
}
