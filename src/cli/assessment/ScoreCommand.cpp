#include "cli/assessment/ScoreCommand.h"

#include "cli/assessment/ScoreCardText.h"
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/ScoreCardJson.h"
#include "core/assessment/Scorer.h"
#include "core/base/ReadProblem.h"

namespace ahplead {

QString ScoreCommand::name() const
{
    return QStringLiteral("score");
}
QString ScoreCommand::summary() const
{
    return QStringLiteral("Score an assessment file: domain scores, critical gaps and the action plan with sources.");
}
void ScoreCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("An ahplead.assessment JSON file."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the score card as JSON.")});
}
QString ScoreCommand::checkArguments(const QStringList &positional) const
{
    return positional.size() == 1 ? QString() : QStringLiteral("expects one assessment file");
}

int ScoreCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const FrameworkLibrary *library = context.frameworks();
    if (!library)
        return ExitInvalidInput;
    auto assessment = AssessmentReader::read(parser.positionalArguments().first(), *library);
    if (!assessment) {
        context.err() << ReadProblem::forTerminal(assessment.message()) << Qt::endl;
        return ExitInvalidInput;
    }
    const Framework &fw = *library->find(assessment->frameworkId, assessment->frameworkVersion);
    const ScoreCard card = Scorer::score(fw, assessment.value());
    if (parser.isSet(QStringLiteral("json")))
        context.out() << QString::fromStdString(ScoreCardJson::toJson(card).dump(2)) << '\n';
    else
        context.out() << ScoreCardText::render(assessment.value(), fw, card);
    return ExitOk;
}

} // namespace ahplead
