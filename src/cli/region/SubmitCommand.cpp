#include "cli/region/SubmitCommand.h"

#include "core/region/Submitter.h"

namespace ahplead {

QString SubmitCommand::name() const
{
    return QStringLiteral("submit");
}
QString SubmitCommand::summary() const
{
    return QStringLiteral("Submit a stored assessment: lock it as a read-only revision and write the .ahplead file "
                          "for the region.");
}
void SubmitCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The assessment's id (see 'list')."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The .ahplead file to write."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("name"), QStringLiteral("Who is submitting (default: the assessor)."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("role"), QStringLiteral("Their role (default: the assessor's role)."), QStringLiteral("ROLE")});
}
QString SubmitCommand::checkArguments(const QStringList &positional) const
{
    return positional.size() == 1 ? QString() : QStringLiteral("expects one assessment id and -o FILE");
}

int SubmitCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err() << "ahplead-cli submit: -o FILE is required" << Qt::endl;
        return ExitUsage;
    }
    const auto assessment = context.assessment(parser.positionalArguments().first());
    if (!assessment)
        return ExitInvalidInput;
    const FrameworkLibrary *library = context.frameworks();
    if (!library)
        return ExitInvalidInput;
    const Assessor submitter{
        parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : assessment->assessor.name,
        parser.isSet(QStringLiteral("role")) ? parser.value(QStringLiteral("role")) : assessment->assessor.role};
    auto submitted = Submitter::submit(*context.store(), *library, assessment->id, submitter, output);
    if (!submitted) {
        context.err() << submitted.message() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << "Submitted assessment " << assessment->id << " (revision " << submitted->revision << ") as "
                  << output << "\n  submission " << submitted->uuid << "\n  " << submitted->digest << '\n';
    if (!submitted->businessCaseTitle)
        context.out() << "  no business case of this organisation in the store, so no business-case metrics\n";
    else
        context.out() << "  with the " << submitted->businessCaseMetrics.size() << " metrics of the business case \""
                      << *submitted->businessCaseTitle << "\" (the most recently changed one)\n";
    context.out() << "The assessment is now read-only; later changes go into a new revision.\n";
    return ExitOk;
}

} // namespace ahplead
