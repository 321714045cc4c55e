#include "cli/region/BenchmarkCommand.h"

#include "core/base/SaveFile.h"
#include "core/region/PeerBenchmark.h"
#include "core/region/RegionBusinessMetrics.h"

#include <algorithm>

namespace ahplead {

QString BenchmarkCommand::name() const
{
    return QStringLiteral("benchmark");
}
QString BenchmarkCommand::summary() const
{
    return QStringLiteral("Write an anonymised peer benchmark of the received submissions (no names or codes; "
                          "groups under 5 suppressed).");
}
void BenchmarkCommand::setUp(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The benchmark file to write."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("framework"), QStringLiteral("The framework (default: board)."),
                      QStringLiteral("ID"), QStringLiteral("board")});
    parser.addOption({QStringLiteral("version"),
                      QStringLiteral("The framework version (default: the newest one submissions were received on)."),
                      QStringLiteral("VERSION")});
}
QString BenchmarkCommand::checkArguments(const QStringList &positional) const
{
    return positional.isEmpty() ? QString() : QStringLiteral("takes no arguments; use -o FILE");
}

namespace {

// ", 3 business-case metrics (1 suppressed)", or nothing when the group has none.
QString metricsInWords(const BenchmarkGroup &g)
{
    if (g.metrics.empty())
        return {};
    const auto suppressed =
        std::count_if(g.metrics.cbegin(), g.metrics.cend(), [](const MetricQuartiles &m) { return m.suppressed; });
    return QStringLiteral(", %1 business-case metrics (%2 suppressed)").arg(g.metrics.size()).arg(suppressed);
}

} // namespace

int BenchmarkCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err() << "ahplead-cli benchmark: -o FILE is required" << Qt::endl;
        return ExitUsage;
    }
    Store *store = context.store();
    const FrameworkLibrary *library = context.frameworks();
    if (!store || !library)
        return ExitInvalidInput;
    const Framework *fw =
        context.receivedFramework(parser.value(QStringLiteral("framework")), parser.value(QStringLiteral("version")));
    if (!fw)
        return ExitInvalidInput;
    auto records = store->receivedScores(fw->id, fw->version);
    if (!records) {
        context.err() << records.message() << Qt::endl;
        return ExitInvalidInput;
    }
    const RegionSummary region = RegionSummary::build(*fw, records.value());
    auto metrics = RegionBusinessMetrics::latest(*store, region);
    if (!metrics) {
        context.err() << metrics.message() << Qt::endl;
        return ExitInvalidInput;
    }
    const PeerBenchmark benchmark = PeerBenchmark::build(region, metrics.value());
    const Status written = SaveFile::write(output, benchmark.write());
    if (!written) {
        context.err() << written.message() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << "Wrote the " << fw->key() << " peer benchmark to " << output << '\n';
    for (const BenchmarkGroup &g : benchmark.groups)
        context.out()
            << "  " << g.organisationType << ": "
            << (g.suppressed
                    ? QStringLiteral("suppressed (fewer than %1 organisations)").arg(PeerBenchmark::MinimumGroup)
                    : QStringLiteral("%1 organisations").arg(g.organisations))
            << metricsInWords(g) << '\n';
    return ExitOk;
}

} // namespace ahplead
