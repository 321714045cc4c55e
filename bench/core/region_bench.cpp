// Regional import and dashboard figures (issue 6). Not a test: it prints figures.
//
//   region_bench generate DIR [N]     write N (default 10,000) valid submission files
//   region_bench import DIR STORE     import them into an empty store: files per second
//   region_bench aggregate STORE      load the submissions and build the regional summary
//   region_bench stages DIR STORE     one thread, the processor time of each stage of an import
//
// Each phase runs as its own process so its peak memory is its own; bench/core/run_region_bench.sh
// runs all three and prints the figures.
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/FrameworkLibrary.h"
#include "core/assessment/Scorer.h"
#include "core/base/DataPaths.h"
#include "core/base/JsonFile.h"
#include "core/base/SaveFile.h"
#include "core/region/Importer.h"
#include "core/region/RegionSummary.h"
#include "core/region/SubmissionFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QUuid>

#include <sys/resource.h>

#include <cstdio>

using namespace ahplead;

namespace {

// Processor time (user + system, every thread) so far: unlike the wall clock it does not
// depend on what else the machine is doing.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

FrameworkLibrary library()
{
    auto loaded = FrameworkLibrary::loadBundled();
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.message()));
        std::exit(1);
    }
    return std::move(loaded).value();
}

int generate(const QString &dir, int count)
{
    const FrameworkLibrary frameworks = library();
    auto example = AssessmentReader::read(DataPaths::examplesDir() + QStringLiteral("/board-example.json"), frameworks);
    if (!example)
        return 1;
    const Framework &fw = *frameworks.find(QStringLiteral("board"), QStringLiteral("1.0.0")); // the example's version
    QDir().mkpath(dir);
    const QStringList types = {QStringLiteral("acute"), QStringLiteral("mental_health"), QStringLiteral("community"),
                               QStringLiteral("ambulance"), QStringLiteral("combined")};
    const AnswerValue values[] = {AnswerValue::NotInPlace, AnswerValue::Partial, AnswerValue::InPlace};
    // Five revisions from each of count/5 organisations in 42 systems.
    for (int i = 0; i < count; ++i) {
        const int org = i / 5;
        Submission s;
        s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.revision = i % 5 + 1;
        s.submittedAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addDays(30 * s.revision);
        s.submitter = {QStringLiteral("Chief AHP %1").arg(org), QStringLiteral("Chief AHP")};
        s.assessment = example.value();
        s.assessment.organisation = {QStringLiteral("Trust %1 NHS Foundation Trust").arg(org),
                                     QStringLiteral("B%1").arg(org), QStringLiteral("ICS %1").arg(org % 42),
                                     QStringLiteral("Region %1").arg(org % 7), types[org % types.size()]};
        int q = 0;
        for (auto it = s.assessment.answers.begin(); it != s.assessment.answers.end(); ++it, ++q)
            if (it->value != AnswerValue::NotApplicable)
                it->value = values[(org * 7 + q * 3 + s.revision) % 3];
        const ScoreCard card = Scorer::score(fw, s.assessment);
        const Status written =
            SaveFile::write(QStringLiteral("%1/submission-%2.ahplead").arg(dir).arg(i, 5, 10, QLatin1Char('0')),
                            SubmissionFile::write(s, fw, card));
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.message()));
            return 1;
        }
    }
    std::printf("generated %d submission files in %s\n", count, qPrintable(dir));
    return 0;
}

int import(const QString &dir, const QString &storePath)
{
    const FrameworkLibrary frameworks = library();
    auto store = Store::open(storePath);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.message()));
        return 1;
    }
    const QStringList files = Importer::expand({dir}, nullptr);
    qint64 bytes = 0;
    for (const QString &f : files)
        bytes += QFileInfo(f).size();
    Importer importer(*store.value(), frameworks, QStringLiteral("bench"));
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const Importer::Report report = importer.run(files);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    std::printf("import: %d files (%.0f MB) in %.2f s = %.0f files/s; processor time %.2f ms per file; "
                "imported %d, rejected %d; peak memory %.0f MB\n",
                int(files.size()), double(bytes) / 1e6, seconds, double(files.size()) / seconds,
                cpu * 1000.0 / double(files.size()), report.count(Importer::Outcome::Imported),
                report.count(Importer::Outcome::Rejected), peakMegabytes());
    return report.count(Importer::Outcome::Imported) == files.size() ? 0 : 1;
}

int aggregate(const QString &storePath)
{
    const FrameworkLibrary frameworks = library();
    auto store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.message()));
        return 1;
    }
    const Framework &fw = *frameworks.find(QStringLiteral("board"), QStringLiteral("1.0.0")); // the example's version
    QElapsedTimer timer;
    timer.start();
    auto records = store.value()->receivedScores(fw.id, fw.version);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    if (!records)
        return 1;
    // The dashboard re-aggregates on every filter change; time several and keep the slowest.
    double slowest = 0;
    RegionSummary summary;
    for (const RegionFilter &filter : {RegionFilter{}, RegionFilter{QStringLiteral("ICS 3"), {}},
                                       RegionFilter{{}, QStringLiteral("acute")}, RegionFilter{}}) {
        timer.restart();
        summary = RegionSummary::build(fw, records.value(), filter);
        slowest = std::max(slowest, double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("aggregate: %zu submissions from %zu organisations; loading from the store %.0f ms; "
                "aggregation %.1f ms (slowest of 4 filters); peak memory %.0f MB\n",
                records->size(), summary.organisations.size(), loadMs, slowest, peakMegabytes());
    return 0;
}

// Where an import's time goes: each stage over every file, on one thread, in microseconds
// per file. The stages repeat work (a later stage starts from the file again) so that each
// figure is that stage's cost alone.
int stages(const QString &dir, const QString &storePath)
{
    const FrameworkLibrary frameworks = library();
    const QStringList files = Importer::expand({dir}, nullptr);
    const double n = double(files.size());
    std::vector<QByteArray> contents;
    // Processor time, so the figures hold on a busy machine too.
    struct CpuTimer {
        double start = cpuSeconds();
        void restart() { start = cpuSeconds(); }
        double elapsed() const { return cpuSeconds() - start; }
    } timer;
    auto perFile = [&] { return timer.elapsed() * 1e6 / n; };

    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        contents.push_back(file.readAll());
    }
    const double read = perFile();

    timer.restart();
    for (const QByteArray &bytes : contents)
        if (!JsonFile::parse(bytes, QStringLiteral("bench")))
            return 1;
    const double parse = perFile();

    timer.restart();
    for (const QByteArray &bytes : contents)
        SubmissionFile::digestOf(SubmissionFile::rawContent(bytes));
    const double digest = perFile();

    std::vector<IncomingSubmission> batch;
    timer.restart();
    for (const QByteArray &bytes : contents) {
        auto s = SubmissionFile::parse(bytes, QStringLiteral("bench"), frameworks);
        if (!s)
            return 1;
        batch.push_back({std::move(s).value(), {}});
    }
    const double readSubmission = perFile();

    timer.restart();
    for (IncomingSubmission &in : batch) {
        const Framework *fw =
            frameworks.find(in.submission.assessment.frameworkId, in.submission.assessment.frameworkVersion);
        in.card = Scorer::score(*fw, in.submission.assessment);
    }
    const double score = perFile();

    auto store = Store::open(storePath);
    if (!store)
        return 1;
    timer.restart();
    for (std::size_t first = 0; first < batch.size(); first += 256) {
        std::vector<IncomingSubmission> chunk(batch.begin() + qsizetype(first),
                                              batch.begin() + qsizetype(std::min(batch.size(), first + 256)));
        store.value()->addIncomingSubmissions(chunk, QStringLiteral("bench"));
    }
    const double write = perFile();

    std::printf(
        "stages (microseconds of processor time per file, one thread): read %.0f; parse JSON %.0f; SHA-256 digest "
        "%.0f; "
        "parse, check and read the submission (both of those included) %.0f; score %.0f; write to the store %.0f\n",
        read, parse, digest, readSubmission, score, write);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("generate"))
        return generate(args[2], args.size() > 3 ? args[3].toInt() : 10000);
    if (args.size() == 4 && args[1] == QLatin1String("import"))
        return import(args[2], args[3]);
    if (args.size() == 3 && args[1] == QLatin1String("aggregate"))
        return aggregate(args[2]);
    if (args.size() == 4 && args[1] == QLatin1String("stages"))
        return stages(args[2], args[3]);
    std::fprintf(stderr,
                 "usage: region_bench generate DIR [N] | import DIR STORE | aggregate STORE | stages DIR STORE\n");
    return 2;
}
