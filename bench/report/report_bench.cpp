// In-process timings of the report writers for one assessment (default: the board example).
// Usage: report_bench [ASSESSMENT.json] [--runs N]
// Prints the first (cold) run and the median of the warm runs for each step, and the
// process's peak resident memory. Whole-process figures come from compare.py.
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/FrameworkLibrary.h"
#include "core/assessment/Scorer.h"
#include "core/base/DataPaths.h"
#include "report/assessment/AssessmentReport.h"
#include "report/assessment/ReportModel.h"
#include "report/document/CsvWriter.h"
#include "report/document/DocxWriter.h"
#include "report/document/HtmlWriter.h"
#include "report/document/OdtWriter.h"
#include "report/document/PdfWriter.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ahplead;

namespace {

struct Timing {
    double first = 0;
    double median = 0;
    double worst = 0;
};

Timing measure(int runs, const std::function<void()> &step)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        step();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    const double first = ms.front();
    std::vector<double> warm(ms.begin() + (ms.size() > 1 ? 1 : 0), ms.end());
    std::sort(warm.begin(), warm.end());
    return {first, warm[warm.size() / 2], warm.back()};
}

void print(const char *what, const Timing &t, const QByteArray &output)
{
    std::printf("%-28s first %8.2f ms   median %8.2f ms   worst %8.2f ms   %7lld bytes\n", what, t.first, t.median,
                t.worst, static_cast<long long>(output.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 20;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0 && at + 1 < args.size()) {
        runs = std::max(2, args[at + 1].toInt());
        args.remove(at, 2);
    }
    const QString path =
        args.isEmpty() ? DataPaths::examplesDir() + QStringLiteral("/board-example.json") : args.first();

    auto library = FrameworkLibrary::loadBundled();
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.message()));
        return 1;
    }
    auto assessment = AssessmentReader::read(path, library.value());
    if (!assessment) {
        std::fprintf(stderr, "%s\n", qPrintable(assessment.message()));
        return 1;
    }
    const Framework &fw = *library->find(assessment->frameworkId, assessment->frameworkVersion);
    std::printf("Report benchmark: %s (%d questions), %d runs per step\n", qPrintable(path), fw.questionCount(), runs);

    ReportModel model;
    print("score + report model",
          measure(runs,
                  [&] { model = ReportModel::build(fw, assessment.value(), Scorer::score(fw, assessment.value())); }),
          {});
    Document document;
    print("document", measure(runs, [&] { document = AssessmentReport::build(model); }), {});
    QByteArray out;
    print("HTML (budget 20 ms)", measure(runs, [&] { out = HtmlWriter::toBytes(document); }), out);
    print("CSV", measure(runs, [&] { out = CsvWriter::render(document); }), out);
    const int slowRuns = std::max(2, runs / 4);
    print("PDF", measure(slowRuns, [&] { out = PdfWriter::render(document).value(); }), out);
    print("ODT", measure(slowRuns, [&] { out = OdtWriter::render(document).value(); }), out);
    print("Word (DOCX)", measure(slowRuns, [&] { out = DocxWriter::render(document).value(); }), out);

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak resident memory of this process: %.1f MB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
