// The process the crash test kills: it opens a store and saves answers through
// Store::saveAnswer as fast as it can, printing each one only after saveAnswer returned.
// A printed line is therefore an answer the program had acknowledged as saved.
//
// Usage: crash_writer STORE ASSESSMENT_ID RUN QUESTION_ID...
// Save I of run RUN goes to question I % count with value and evidence given by
// CrashPlan (shared with the test), so the test knows what every save wrote.
#include "core/store/Store.h"
#include "reliability/CrashPlan.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <unistd.h>

using namespace ahplead;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: crash_writer STORE ASSESSMENT_ID RUN QUESTION_ID...\n");
        return 2;
    }
    const qint64 assessmentId = args[2].toLongLong();
    const int run = args[3].toInt();
    const QStringList questions = args.mid(4);

    auto opened = Store::open(args[1]);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    Store &store = *opened.value();
    std::printf("open\n");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        const Answer answer = CrashPlan::answer(run, i, questions);
        const Status saved = store.saveAnswer(assessmentId, answer, QStringLiteral("crash-writer"));
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.message()));
            return 1;
        }
        // Written straight to the file descriptor: once write() returns the line is the
        // kernel's, and survives the SIGKILL that may follow at once.
        std::printf("saved %d\n", i);
        std::fflush(stdout);
    }
}
