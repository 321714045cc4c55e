// The board's agreeing session with a big board (issue 17), printed, not asserted:
//
//   agreeing_bench [RATERS] [RUNS]     defaults 20 raters, 10 runs; target under 100 ms
//
// A board assessment and RATERS finished ratings are put in a store file in a temporary
// folder (not timed). Then, offscreen, what the secretary waits for after "Agree the board's
// answers…": reading the ratings from the store, merging them (RatingSet, Consensus), building
// the session window and painting its first question. Medians of RUNS.
#include "core/rating/BoardRatings.h"
#include "core/rating/Consensus.h"
#include "core/rating/RatingInvitation.h"
#include "core/store/Store.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/rating/AgreeingDialog.h"
#include "gui/widgets/Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ahplead;

namespace {

// RATERS finished ratings of BOARD, each leaning to a different answer, with a note on every question.
Status addBenchRatings(Store &store, const Assessment &board, const Framework &fw, int raters)
{
    const QStringList roles = Rater::roles();
    for (int r = 0; r < raters; ++r) {
        Assessment a = RatingInvitation::invite(board, fw, roles.at(r % roles.size()), {});
        a.status = QStringLiteral("complete");
        int q = 0;
        for (const Domain &d : fw.domains)
            for (const Question &question : d.questions) {
                const int pick = (q * 7 + r * 3) % 10;
                const AnswerValue value = pick < 6   ? AnswerValue::InPlace
                                          : pick < 9 ? AnswerValue::Partial
                                                     : AnswerValue::NotInPlace;
                a.answers.insert(question.id, Answer{question.id,
                                                     value,
                                                     QStringLiteral("Note %1 from rater %2").arg(q++).arg(r),
                                                     false,
                                                     QDateTime::currentDateTimeUtc(),
                                                     {}});
            }
        if (auto added = store.addAssessment(a, QStringLiteral("bench"), QStringLiteral("import")); !added)
            return added.error();
    }
    return success();
}

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Theme::apply(app);
    const QStringList args = app.arguments();
    const int raters = args.size() > 1 ? args.at(1).toInt() : 20;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 10;
    const auto library = FrameworkLibrary::loadBundled();
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.message()));
        return 1;
    }
    const Framework *fw = library->latest(QStringLiteral("board"));
    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    Store &store = *opened.value();
    Assessment board;
    board.title = QStringLiteral("Board self-assessment 2026");
    board.organisation = {QStringLiteral("Benchmark NHS Trust"), QStringLiteral("ZZ1"), {}, {}, {}};
    board.frameworkId = fw->id;
    board.frameworkVersion = fw->version;
    board.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    const qint64 boardId = store.addAssessment(board, QStringLiteral("bench")).value();
    board = store.assessment(boardId).value();
    if (Status added = addBenchRatings(store, board, *fw, raters); !added) {
        std::fprintf(stderr, "%s\n", qPrintable(added.message()));
        return 1;
    }
    AssessmentSession session(store, *fw, board, QStringLiteral("bench"));

    std::vector<double> read, merge, window, total;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto ratings = BoardRatings::read(store, board);
        auto set = ratings.value().finished();
        const double a = double(t.nsecsElapsed()) / 1e6;
        Consensus consensus = Consensus::build(*fw, *set.value());
        const double b = double(t.nsecsElapsed()) / 1e6;
        AgreeingDialog dialog(session, std::move(consensus));
        dialog.show();
        const QPixmap painted = dialog.grab();
        const double c = double(t.nsecsElapsed()) / 1e6;
        if (painted.isNull() || dialog.questionCount() == 0)
            return 1;
        read.push_back(a);
        merge.push_back(b - a);
        window.push_back(c - b);
        total.push_back(c);
    }
    std::printf("agreeing_bench: %d raters of %s %s (%d questions), median of %d runs, offscreen\n", raters,
                qPrintable(fw->id), qPrintable(fw->version), fw->questionCount(), runs);
    std::printf("  read the ratings from the store   %7.2f ms\n", medianOf(read));
    std::printf("  merge (rating set, consensus)     %7.2f ms\n", medianOf(merge));
    std::printf("  session window, first paint       %7.2f ms\n", medianOf(window));
    std::printf("  total                             %7.2f ms (slowest run %.2f ms; target under 100 ms)\n",
                medianOf(total), *std::max_element(total.begin(), total.end()));
    return 0;
}
