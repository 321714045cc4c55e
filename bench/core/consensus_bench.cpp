// The board's ratings (issue 17): how long merging 20 raters of the board framework takes, and
// building the consensus and its report Document from them. Not a test: it prints figures.
//
//   consensus_bench [RATERS] [ROUNDS]     defaults 20 raters, 50 rounds; target under 100 ms
//
// The raters' answers are made up but varied (each rater leans to a different answer), so the
// spread, the notes and the domain ranges all have work to do. Reading the files is left out:
// it is the assessment reader's cost, timed elsewhere.
#include "core/assessment/FrameworkLibrary.h"
#include "core/rating/Consensus.h"
#include "core/rating/ConsensusDraft.h"
#include "core/rating/ConsensusJson.h"
#include "core/rating/RatingInvitation.h"
#include "core/rating/RatingSet.h"
#include "report/rating/ConsensusDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ahplead;

namespace {

std::vector<std::pair<QString, Assessment>> benchRatings(const Framework &fw, int raters)
{
    Assessment board;
    board.title = QStringLiteral("Board self-assessment 2026");
    board.organisation = {QStringLiteral("Benchmark NHS Trust"), QStringLiteral("ZZ1"), {}, {}, {}};
    board.frameworkId = fw.id;
    board.frameworkVersion = fw.version;
    board.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    const QStringList roles = Rater::roles();
    std::vector<std::pair<QString, Assessment>> files;
    for (int r = 0; r < raters; ++r) {
        Assessment a = RatingInvitation::invite(board, fw, roles.at(r % roles.size()), {});
        int q = 0;
        for (const Domain &d : fw.domains) {
            for (const Question &question : d.questions) {
                const int pick = (q * 7 + r * 3) % 10; // mostly in place, some partly, a few not
                const AnswerValue value = pick < 6   ? AnswerValue::InPlace
                                          : pick < 9 ? AnswerValue::Partial
                                                     : AnswerValue::NotInPlace;
                a.answers.insert(
                    question.id,
                    Answer{question.id, value, QStringLiteral("Note %1 from rater %2").arg(q).arg(r), false, {}, {}});
                ++q;
            }
        }
        files.emplace_back(QStringLiteral("rater-%1.json").arg(r + 1), std::move(a));
    }
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int raters = args.size() > 1 ? args.at(1).toInt() : 20;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 50;
    const auto library = FrameworkLibrary::loadBundled();
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.message()));
        return 1;
    }
    const Framework *fw = library->latest(QStringLiteral("board"));
    const auto files = benchRatings(*fw, raters);

    std::vector<double> set, model, draft, json, document, total;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        auto ratings = RatingSet::build(files);
        const double a = double(t.nsecsElapsed()) / 1e6;
        const Consensus consensus = Consensus::build(*fw, ratings.value());
        const double b = double(t.nsecsElapsed()) / 1e6;
        const auto merged = ConsensusDraft::build(*fw, ratings.value(), consensus);
        const double c = double(t.nsecsElapsed()) / 1e6;
        const QByteArray bytes = ConsensusJson::toBytes(consensus, *fw);
        const double d = double(t.nsecsElapsed()) / 1e6;
        const Document doc = ConsensusDocument::build(consensus, *fw);
        const double e = double(t.nsecsElapsed()) / 1e6;
        set.push_back(a);
        model.push_back(b - a);
        draft.push_back(c - b);
        json.push_back(d - c);
        document.push_back(e - d);
        total.push_back(e);
        if (merged.assessment.answers.isEmpty() && bytes.isEmpty() && doc.sections.empty())
            return 1; // keeps the work from being optimised away
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("consensus_bench: %d raters of %s %s (%d questions), median of %d rounds\n", raters, qPrintable(fw->id),
                qPrintable(fw->version), fw->questionCount(), rounds);
    std::printf("  rating set (checks, duplicates)   %7.2f ms\n", median(set));
    std::printf("  consensus model (spread, scores)  %7.2f ms\n", median(model));
    std::printf("  merged draft                      %7.2f ms\n", median(draft));
    std::printf("  consensus JSON                    %7.2f ms\n", median(json));
    std::printf("  report Document                   %7.2f ms\n", median(document));
    std::printf("  total                             %7.2f ms (slowest round %.2f ms; target under 100 ms)\n",
                median(total), *std::max_element(total.begin(), total.end()));
    return 0;
}
