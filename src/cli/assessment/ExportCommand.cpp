#include "cli/assessment/ExportCommand.h"

#include "core/assessment/AssessmentWriter.h"
#include "core/base/SaveFile.h"

namespace ahplead {

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}
QString ExportCommand::summary() const
{
    return QStringLiteral("Write a stored assessment to an ahplead.assessment JSON file.");
}
void ExportCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The assessment's id (see 'list')."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The file to write."),
                      QStringLiteral("FILE")});
}
QString ExportCommand::checkArguments(const QStringList &positional) const
{
    return positional.size() == 1 ? QString() : QStringLiteral("expects one assessment id and -o FILE");
}

int ExportCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err() << "ahplead-cli export: -o FILE is required" << Qt::endl;
        return ExitUsage;
    }
    const auto assessment = context.assessment(parser.positionalArguments().first());
    if (!assessment)
        return ExitInvalidInput;
    const Framework *fw = context.frameworkOf(*assessment);
    if (!fw)
        return ExitInvalidInput;
    const Status written = SaveFile::write(output, AssessmentWriter::toBytes(*assessment, *fw));
    if (!written) {
        context.err() << written.message() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << "Wrote assessment " << assessment->id << " to " << output << '\n';
    return ExitOk;
}

} // namespace ahplead
