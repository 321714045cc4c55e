#include "core/region/Importer.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/base/JsonFile.h"
#include "core/region/SubmissionFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <future>
#include <thread>

namespace ahplead {

int Importer::Report::count(Outcome outcome) const
{
    return int(std::count_if(items.begin(), items.end(), [&](const Item &i) { return i.outcome == outcome; }));
}

Importer::Importer(Store &store, const FrameworkLibrary &library, QString actor)
    : m_store(store), m_library(library), m_actor(std::move(actor))
{
}

QStringList Importer::expand(const QStringList &paths, QStringList *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString &name :
                 dir.entryList({QStringLiteral("*.ahplead"), QStringLiteral("*.json")}, QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else if (info.exists()) {
            files << path;
        } else if (missing) {
            *missing << path;
        }
    }
    return files;
}

Importer::Prepared Importer::prepare(const QString &path) const
{
    Prepared p;
    p.item.path = path;
    const QString name = JsonFile::displayName(path);
    QFile file(path);
    if (file.size() > JsonFile::MaxBytes) {
        p.item.message = QStringLiteral("%1: the file is %2 MiB; files over 10 MiB are not accepted")
                             .arg(name)
                             .arg(double(file.size()) / (1024.0 * 1024.0), 0, 'f', 1);
        return p;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        p.item.message = QStringLiteral("%1: the file cannot be read: %2").arg(name, file.errorString());
        return p;
    }
    const QByteArray bytes = file.read(JsonFile::MaxBytes + 1);
    auto doc = JsonFile::parse(bytes, name);
    if (!doc) {
        p.item.message = doc.message();
        return p;
    }
    const nlohmann::json &json = doc.value();
    const auto formatIt = json.is_object() ? json.find("format") : json.end();
    const std::string format =
        formatIt != json.end() && formatIt->is_string() ? formatIt->get<std::string>() : std::string();
    if (format == "ahplead.submission") {
        p.item.kind = QStringLiteral("submission");
        auto submission = SubmissionFile::fromJson(json, name, m_library, &bytes);
        if (!submission) {
            p.item.message = submission.message();
            return p;
        }
        // The score card is recomputed here, never taken on trust from the file.
        const Framework *fw =
            m_library.find(submission->assessment.frameworkId, submission->assessment.frameworkVersion);
        ScoreCard card = Scorer::score(*fw, submission->assessment);
        p.submission = IncomingSubmission{std::move(submission).value(), std::move(card)};
    } else if (format == "ahplead.assessment") {
        p.item.kind = QStringLiteral("assessment");
        auto assessment = AssessmentReader::fromJson(json, name, m_library);
        if (!assessment)
            p.item.message = assessment.message();
        else
            p.assessment = std::move(assessment).value();
    } else if (format == "ahplead.review") {
        p.item.kind = QStringLiteral("review");
        auto review = ReviewFile::fromJson(json, name);
        if (!review)
            p.item.message = review.message();
        else
            p.review = std::move(review).value();
    } else if (format == "ahplead.benchmark") {
        p.item.kind = QStringLiteral("benchmark");
        auto benchmark = PeerBenchmark::fromJson(json, name);
        if (!benchmark)
            p.item.message = benchmark.message();
        else
            p.benchmark = std::move(benchmark).value();
    } else {
        p.item.message = QStringLiteral("%1: /format: this is not an ahplead assessment, submission, review or "
                                        "benchmark file")
                             .arg(name);
    }
    return p;
}

void Importer::prepareAll(std::vector<Prepared> &chunk, const QStringList &files, int first) const
{
    // Each worker takes the next file; the results keep the files' order.
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < chunk.size(); i = next++)
            chunk[i] = prepare(files[first + int(i)]);
    };
    const std::size_t workers =
        std::min<std::size_t>({std::max(1u, std::thread::hardware_concurrency()), 4, chunk.size()});
    std::vector<std::thread> threads;
    for (std::size_t w = 1; w < workers; ++w)
        threads.emplace_back(work);
    work();
    for (std::thread &t : threads)
        t.join();
}

void Importer::applyReview(Prepared &p)
{
    const QString name = JsonFile::displayName(p.item.path);
    const Review &review = *p.review;
    auto sent = m_store.submissionByUuid(review.submissionUuid);
    if (!sent) {
        p.item.message = name + QStringLiteral(": ") + sent.message();
        return;
    }
    if (!sent->has_value() || sent.value()->direction != QLatin1String("sent")) {
        p.item.message = QStringLiteral("%1: this review is of submission %2, which was not submitted from this store")
                             .arg(name, review.submissionUuid);
        return;
    }
    const Status saved =
        m_store.setReview(sent.value()->id, review.status, review.comments, review.reviewer, review.reviewedAt);
    if (!saved) {
        p.item.message = name + QStringLiteral(": ") + saved.message();
        return;
    }
    p.item.outcome = Outcome::Imported;
    p.item.id = sent.value()->id;
    p.item.message = QStringLiteral("%1: review of submission %2 (%3, %4 comments)")
                         .arg(name, review.submissionUuid, review.status)
                         .arg(review.comments.size());
}

void Importer::apply(std::vector<Prepared> &chunk, std::vector<Item> &items)
{
    std::vector<IncomingSubmission> batch;
    std::vector<Prepared *> batchOwners;
    for (Prepared &p : chunk) {
        const QString name = JsonFile::displayName(p.item.path);
        if (p.submission) {
            batch.push_back(std::move(*p.submission));
            batchOwners.push_back(&p);
        } else if (p.assessment) {
            auto id = m_store.addAssessment(*p.assessment, m_actor, QStringLiteral("import"));
            if (!id) {
                p.item.message = name + QStringLiteral(": ") + id.message();
            } else {
                p.item.outcome = Outcome::Imported;
                p.item.id = id.value();
                p.item.message =
                    QStringLiteral("%1: assessment %2, %3 (%4 %5, %6 answers)")
                        .arg(name)
                        .arg(id.value())
                        .arg(p.assessment->organisation.name, p.assessment->frameworkId, p.assessment->frameworkVersion)
                        .arg(p.assessment->answers.size());
            }
        } else if (p.review) {
            applyReview(p);
        } else if (p.benchmark) {
            const PeerBenchmark &b = *p.benchmark;
            const Status saved =
                m_store.addBenchmark(b.frameworkId, b.frameworkVersion, b.createdAt, b.write(), m_actor);
            if (!saved) {
                p.item.message = name + QStringLiteral(": ") + saved.message();
            } else {
                p.item.outcome = Outcome::Imported;
                p.item.message = QStringLiteral("%1: peer benchmark for %2 %3 (%4 groups)")
                                     .arg(name, b.frameworkId, b.frameworkVersion)
                                     .arg(b.groups.size());
            }
        }
    }
    const std::vector<IncomingResult> results = m_store.addIncomingSubmissions(batch, m_actor);
    for (std::size_t i = 0; i < results.size(); ++i) {
        Item &item = batchOwners[i]->item;
        const Submission &s = batch[i].submission;
        const QString name = JsonFile::displayName(item.path);
        switch (results[i].outcome) {
        case IncomingResult::Outcome::Imported:
            item.outcome = Outcome::Imported;
            item.id = results[i].submissionId;
            item.message = QStringLiteral("%1: submission from %2, revision %3")
                               .arg(name, s.assessment.organisation.name)
                               .arg(s.revision);
            break;
        case IncomingResult::Outcome::Duplicate:
            item.outcome = Outcome::Duplicate;
            item.message = name + QStringLiteral(": skipped: ") + results[i].message;
            break;
        case IncomingResult::Outcome::Failed:
            item.message = name + QStringLiteral(": ") + results[i].message;
            break;
        }
    }
    for (Prepared &p : chunk)
        items.push_back(std::move(p.item));
}

Importer::Report Importer::run(const QStringList &files, const Progress &progress)
{
    Report report;
    report.items.reserve(std::size_t(files.size()));
    auto prepareChunk = [&](int first) {
        std::vector<Prepared> chunk(
            std::size_t(std::clamp<qsizetype>(files.size() - first, 0, chunkSize(int(files.size())))));
        prepareAll(chunk, files, first);
        return chunk;
    };
    // While one chunk is written to the store, the next is read and checked.
    int done = 0;
    std::vector<Prepared> current = prepareChunk(0);
    while (!current.empty()) {
        const int next = done + int(current.size());
        std::future<std::vector<Prepared>> ahead = std::async(std::launch::async, prepareChunk, next);
        apply(current, report.items);
        done = next;
        current = ahead.get();
        if (progress && !progress(done, int(files.size())) && done < files.size()) {
            report.cancelled = true;
            break;
        }
    }
    for (int i = done; i < files.size(); ++i) {
        Item item;
        item.path = files[i];
        item.outcome = Outcome::Cancelled;
        item.message =
            QStringLiteral("%1: not imported: the import was cancelled").arg(JsonFile::displayName(files[i]));
        report.items.push_back(item);
    }
    return report;
}

} // namespace ahplead
