#include "cli/assessment/ShowCommand.h"

#include "cli/assessment/ScoreCardText.h"
#include "core/assessment/Scorer.h"

namespace ahplead {

QString ShowCommand::name() const
{
    return QStringLiteral("show");
}
QString ShowCommand::summary() const
{
    return QStringLiteral("Show a stored assessment and its score card.");
}
void ShowCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The assessment's id (see 'list')."));
}
QString ShowCommand::checkArguments(const QStringList &positional) const
{
    return positional.size() == 1 ? QString() : QStringLiteral("expects one assessment id");
}

int ShowCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const auto assessment = context.assessment(parser.positionalArguments().first());
    if (!assessment)
        return ExitInvalidInput;
    const Framework *fw = context.frameworkOf(*assessment);
    if (!fw)
        return ExitInvalidInput;
    context.out() << QStringLiteral("Assessment %1, created %2, last changed %3\n")
                         .arg(assessment->id)
                         .arg(CommandContext::dateTimeWords(assessment->createdAt),
                              CommandContext::dateTimeWords(assessment->updatedAt));
    context.out() << ScoreCardText::render(*assessment, *fw, Scorer::score(*fw, *assessment));
    return ExitOk;
}

} // namespace ahplead
