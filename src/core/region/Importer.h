#pragma once

#include "core/assessment/FrameworkLibrary.h"
#include "core/region/PeerBenchmark.h"
#include "core/region/ReviewFile.h"
#include "core/store/Store.h"

#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace ahplead {

// Imports assessment, submission, review and benchmark files into a store, telling them
// apart by their `format`. Each file lands whole or not at all; a bad file is reported with
// its reason and the import goes on. Files are read, checked and scored on worker threads
// (that part touches no store); the store is written on the calling thread, in file order,
// submissions in batches (one disk sync per batch, a savepoint per file).
class Importer {
public:
    enum class Outcome { Imported, Duplicate, Rejected, Cancelled };
    struct Item {
        QString path;
        QString kind; // assessment, submission, review, benchmark, or empty when unreadable
        Outcome outcome = Outcome::Rejected;
        QString message; // why it did not land, or what it became
        qint64 id = 0;   // the assessment or submission it became
    };
    struct Report {
        std::vector<Item> items;
        bool cancelled = false;
        int count(Outcome outcome) const;
    };
    // Called as files are done; return false to cancel (files already read still land).
    using Progress = std::function<bool(int done, int total)>;

    // Files are read and written in chunks: big enough that a disk sync per chunk costs
    // little, small enough that progress moves about twenty times in any import.
    static int chunkSize(int total) { return std::clamp(total / 20, 16, 256); }

    Importer(Store &store, const FrameworkLibrary &library, QString actor);

    // Files as given, and the *.ahplead and *.json files of any folder (sorted by name).
    // Paths that do not exist are reported in MISSING.
    static QStringList expand(const QStringList &paths, QStringList *missing);

    Report run(const QStringList &files, const Progress &progress = {});

private:
    // What reading one file produced, before anything is written.
    struct Prepared {
        Item item;
        std::optional<IncomingSubmission> submission;
        std::optional<Assessment> assessment;
        std::optional<Review> review;
        std::optional<PeerBenchmark> benchmark;
    };
    Prepared prepare(const QString &path) const;
    void prepareAll(std::vector<Prepared> &chunk, const QStringList &files, int first) const;
    void apply(std::vector<Prepared> &chunk, std::vector<Item> &items);
    void applyReview(Prepared &p);

    Store &m_store;
    const FrameworkLibrary &m_library;
    QString m_actor;
};

} // namespace ahplead
