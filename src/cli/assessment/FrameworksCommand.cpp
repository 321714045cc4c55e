#include "cli/assessment/FrameworksCommand.h"

namespace ahplead {

QString FrameworksCommand::name() const
{
    return QStringLiteral("frameworks");
}
QString FrameworksCommand::summary() const
{
    return QStringLiteral(
        "List the frameworks: id, version, title and counts of domains, questions and recommendations.");
}
void FrameworksCommand::setUp(QCommandLineParser &) {}
QString FrameworksCommand::checkArguments(const QStringList &positional) const
{
    return positional.isEmpty() ? QString() : QStringLiteral("takes no arguments");
}

int FrameworksCommand::execute(CommandContext &context, const QCommandLineParser &)
{
    const FrameworkLibrary *library = context.frameworks();
    if (!library)
        return ExitInvalidInput;
    context.out() << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                         .arg(QStringLiteral("ID").leftJustified(11), QStringLiteral("VERSION").leftJustified(8),
                              QStringLiteral("DOMAINS"), QStringLiteral("QUESTIONS"), QStringLiteral("RECOMMENDATIONS"),
                              QStringLiteral("TITLE"));
    for (const auto &fw : library->all())
        context.out() << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                             .arg(fw->id.leftJustified(11), fw->version.leftJustified(8))
                             .arg(fw->domains.size(), 7)
                             .arg(fw->questionCount(), 9)
                             .arg(fw->recommendations.size(), 15)
                             .arg(fw->title);
    for (const QString &problem : library->problems())
        context.err() << "Not loaded: " << problem << Qt::endl;
    return library->problems().isEmpty() ? ExitOk : ExitInvalidInput;
}

} // namespace ahplead
