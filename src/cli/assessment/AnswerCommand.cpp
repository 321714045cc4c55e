#include "cli/assessment/AnswerCommand.h"

namespace ahplead {

QString AnswerCommand::name() const
{
    return QStringLiteral("answer");
}
QString AnswerCommand::summary() const
{
    return QStringLiteral("Answer one question of a stored assessment (saved at once, in one transaction).");
}
void AnswerCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The assessment's id (see 'list')."));
    parser.addPositionalArgument(QStringLiteral("question"), QStringLiteral("The question id."));
    parser.addPositionalArgument(QStringLiteral("value"),
                                 QStringLiteral("not_in_place, partial, in_place or not_applicable."));
    parser.addOption({QStringLiteral("evidence"), QStringLiteral("The evidence note (replaces any earlier note)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("flag"), QStringLiteral("Flag the answer for review.")});
    parser.addOption({QStringLiteral("unflag"), QStringLiteral("Clear the review flag.")});
}
QString AnswerCommand::checkArguments(const QStringList &positional) const
{
    if (positional.size() != 3)
        return QStringLiteral("expects an assessment id, a question id and a value");
    if (!answerValueFromString(positional.at(2)))
        return QStringLiteral("\"%1\" is not one of %2").arg(positional.at(2), allAnswerValues());
    return {};
}

int AnswerCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const auto assessment = context.assessment(args.at(0));
    if (!assessment)
        return ExitInvalidInput;
    const Framework *fw = context.frameworkOf(*assessment);
    if (!fw)
        return ExitInvalidInput;
    const Question *question = fw->question(args.at(1));
    if (!question) {
        context.err() << "\"" << args.at(1) << "\" is not a question of framework " << fw->key() << Qt::endl;
        return ExitInvalidInput;
    }
    Answer answer = assessment->answers.value(question->id);
    answer.questionId = question->id;
    answer.value = *answerValueFromString(args.at(2));
    if (answer.value == AnswerValue::NotApplicable && !question->allowNotApplicable) {
        context.err() << "Question " << question->id
                      << " cannot be answered not_applicable; use not_in_place, partial or in_place" << Qt::endl;
        return ExitInvalidInput;
    }
    if (parser.isSet(QStringLiteral("evidence")))
        answer.evidence = parser.value(QStringLiteral("evidence"));
    if (parser.isSet(QStringLiteral("flag")))
        answer.flagged = true;
    if (parser.isSet(QStringLiteral("unflag")))
        answer.flagged = false;
    qint64 target = assessment->id;
    if (assessment->locked) {
        // A submitted revision stays as it was sent; the change starts the next revision.
        auto revised = context.store()->reviseAssessment(assessment->id, context.actor());
        if (!revised) {
            context.err() << revised.message() << Qt::endl;
            return ExitInvalidInput;
        }
        target = revised.value();
        context.out() << "Assessment " << assessment->id << " was submitted, so the change starts a new revision: "
                      << "assessment " << target << '\n';
    }
    const Status saved = context.store()->saveAnswer(target, answer, context.actor());
    if (!saved) {
        context.err() << saved.message() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << "Saved " << question->id << " = " << args.at(2) << " (" << fw->label(answer.value)
                  << ") in assessment " << target << '\n';
    return ExitOk;
}

} // namespace ahplead
