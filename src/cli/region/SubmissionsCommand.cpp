#include "cli/region/SubmissionsCommand.h"

#include "core/assessment/ScoreSummary.h"
#include "core/store/Store.h"

#include <cmath>

namespace ahplead {

namespace {

// The overall score, or "provisional" when answers were scored but too few for a verdict
// (ScoreSummary::scoresAnything with no overall score), or "-" when nothing was scored.
QString submissionScoreWords(const SubmissionRecord &r)
{
    if (r.overallScore)
        return QString::number(std::lround(*r.overallScore));
    // Read back in its own shape: as many domains and recommendations as the row holds.
    const auto summary = ScoreSummary::decode(
        r.domainScores, r.recommendationStatuses,
        std::size_t(QStringView(r.domainScores).split(QLatin1Char(' '), Qt::SkipEmptyParts).size()),
        std::size_t(r.recommendationStatuses.size()));
    return summary && summary->scoresAnything() ? QStringLiteral("provisional") : QStringLiteral("-");
}

} // namespace

QString SubmissionsCommand::name() const
{
    return QStringLiteral("submissions");
}
QString SubmissionsCommand::summary() const
{
    return QStringLiteral(
        "List the submissions this store has received (or, with --sent, sent) and their review status.");
}
void SubmissionsCommand::setUp(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("sent"), QStringLiteral("List the submissions sent from this store instead.")});
}
QString SubmissionsCommand::checkArguments(const QStringList &positional) const
{
    return positional.isEmpty() ? QString() : QStringLiteral("takes no arguments");
}

int SubmissionsCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    Store *store = context.store();
    if (!store)
        return ExitInvalidInput;
    const QString direction =
        parser.isSet(QStringLiteral("sent")) ? QStringLiteral("sent") : QStringLiteral("received");
    auto list = store->submissions(direction);
    if (!list) {
        context.err() << list.message() << Qt::endl;
        return ExitInvalidInput;
    }
    if (list->empty()) {
        context.out() << "No submissions " << direction << '\n';
        return ExitOk;
    }
    context.out() << QStringLiteral("%1  %2 %3 %4 %5 %6\n")
                         .arg(QStringLiteral("ID").rightJustified(5), QStringLiteral("ORGANISATION").leftJustified(46),
                              QStringLiteral("REV"), QStringLiteral("SUBMITTED").leftJustified(17),
                              QStringLiteral("SCORE").leftJustified(11), QStringLiteral("REVIEW"));
    for (const SubmissionRecord &r : list.value())
        context.out() << QStringLiteral("%1  %2 %3 %4 %5 %6\n")
                             .arg(QString::number(r.id).rightJustified(5), r.organisation.name.leftJustified(46),
                                  QString::number(r.revision).rightJustified(3),
                                  CommandContext::dateTimeColumn(r.submittedAt).leftJustified(17),
                                  submissionScoreWords(r).leftJustified(11), r.reviewStatus);
    return ExitOk;
}

} // namespace ahplead
