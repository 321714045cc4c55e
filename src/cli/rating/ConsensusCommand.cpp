#include "cli/rating/ConsensusCommand.h"

#include "cli/rating/RatingFiles.h"
#include "core/base/SaveFile.h"
#include "core/rating/Consensus.h"
#include "core/rating/ConsensusJson.h"
#include "report/rating/ConsensusDocument.h"

#include <QFileInfo>

namespace ahplead {

QString ConsensusCommand::name() const
{
    return QStringLiteral("consensus");
}
QString ConsensusCommand::summary() const
{
    return QStringLiteral("Write where the board's views differed, from its rating files, as HTML, PDF, CSV or JSON.");
}

void ConsensusCommand::setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        summary() + QStringLiteral("\n\nPer domain the lowest and highest of the raters' own scores, then the "
                                   "questions the raters answered differently, largest disagreement first, with how "
                                   "many gave each answer and their notes. Raters are named by role and number "
                                   "(\"Non-executive director 2\") unless --names is given."));
    parser.addPositionalArgument(QStringLiteral("ratings"),
                                 QStringLiteral("The answered rating files, one per board member (from "
                                                "'rating-invite')."),
                                 QStringLiteral("RATING_FILE..."));
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QStringLiteral("html, pdf, csv or json (default: from the output file's extension)."),
                      QStringLiteral("FORMAT")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("names"), QStringLiteral("Name the raters by the names they gave.")});
}

QString ConsensusCommand::checkArguments(const QStringList &positional) const
{
    return positional.isEmpty() ? QStringLiteral("expects one or more rating files, and -o OUT") : QString();
}

int ConsensusCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err() << "ahplead-cli consensus: -o OUT is required" << Qt::endl;
        return ExitUsage;
    }
    const QString formatName =
        (parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QFileInfo(output).suffix())
            .toLower();
    const bool json = formatName == QLatin1String("json");
    const std::optional<ReportFormat> format = ReportWriter::formatFromName(formatName, ConsensusDocument::formats());
    if (!json && !format) {
        context.err() << "ahplead-cli consensus: \"" << formatName << "\" is not a format of this report; use one of "
                      << ReportWriter::names(ConsensusDocument::formats()).join(QStringLiteral(", ")) << " or json"
                      << Qt::endl;
        return ExitUsage;
    }
    const auto loaded = RatingFiles::read(context, parser.positionalArguments());
    if (!loaded || !loaded->framework)
        return ExitInvalidInput;
    const Framework &fw = *loaded->framework;
    const Consensus consensus = Consensus::build(fw, loaded->ratings, parser.isSet(QStringLiteral("names")));
    const Status written = json ? SaveFile::write(output, ConsensusJson::toBytes(consensus, fw))
                                : ReportWriter::write(ConsensusDocument::build(consensus, fw), *format, output);
    if (!written) {
        context.err() << written.message() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << "Wrote where the board's views differed ("
                  << (json ? QStringLiteral("JSON") : ReportWriter::description(*format)) << ", "
                  << loaded->ratings.size() << " ratings) to " << output << '\n';
    return ExitOk;
}

} // namespace ahplead
