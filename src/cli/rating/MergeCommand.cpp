#include "cli/rating/MergeCommand.h"

#include "cli/rating/RatingFiles.h"
#include "core/assessment/AssessmentWriter.h"
#include "core/base/SaveFile.h"
#include "core/rating/Consensus.h"
#include "core/rating/ConsensusDraft.h"

namespace ahplead {

QString MergeCommand::name() const
{
    return QStringLiteral("merge");
}
QString MergeCommand::summary() const
{
    return QStringLiteral("Merge the board's rating files into a draft assessment: the answers all gave alike, the "
                          "rest left for the board to agree.");
}

void MergeCommand::setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        summary() + QStringLiteral("\n\nThe draft is an ordinary assessment file (open it in the app, or 'import' "
                                   "it). Each agreed answer's note gives the ratings and the raters' notes. The "
                                   "questions not agreed are left unanswered, kept in the file's \"toAgree\" with "
                                   "their ratings (the app shows them as not yet agreed by the board) and listed "
                                   "here; 'ahplead-cli consensus' writes them as a paper for the meeting."));
    parser.addPositionalArgument(QStringLiteral("ratings"),
                                 QStringLiteral("The answered rating files, one per board member (from "
                                                "'rating-invite')."),
                                 QStringLiteral("RATING_FILE..."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The assessment file to write."),
                      QStringLiteral("FILE")});
}

QString MergeCommand::checkArguments(const QStringList &positional) const
{
    return positional.isEmpty() ? QStringLiteral("expects one or more rating files, and -o FILE") : QString();
}

int MergeCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err() << "ahplead-cli merge: -o FILE is required" << Qt::endl;
        return ExitUsage;
    }
    const auto loaded = RatingFiles::read(context, parser.positionalArguments());
    if (!loaded || !loaded->framework)
        return ExitInvalidInput;
    const Framework &fw = *loaded->framework;
    const Consensus consensus = Consensus::build(fw, loaded->ratings);
    const ConsensusDraft::Draft draft = ConsensusDraft::build(fw, loaded->ratings, consensus);
    const Status written = SaveFile::write(output, AssessmentWriter::toBytes(draft.assessment, fw));
    if (!written) {
        context.err() << written.message() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << "Wrote the board's draft to " << output << " from " << loaded->ratings.size()
                  << " ratings: " << draft.agreed << " answers agreed, " << draft.open.size()
                  << " questions for the board to settle.\n";
    for (const ConsensusDraft::Open &open : draft.open)
        context.out() << "  " << open.questionId << ": " << open.note << '\n';
    return ExitOk;
}

} // namespace ahplead
