#include "cli/app/Command.h"

namespace ahplead {

int Command::run(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    setUp(parser);
    // QCommandLineParser's helpText() names the program; make it read "ahplead-cli NAME".
    QStringList args = arguments;
    args.prepend(QStringLiteral("ahplead-cli ") + name());
    if (!parser.parse(args)) {
        context.err() << "ahplead-cli " << name() << ": " << parser.errorText() << Qt::endl
                      << "Run 'ahplead-cli " << name() << " --help' for usage." << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        context.out() << parser.helpText();
        return ExitOk;
    }
    const QString problem = checkArguments(parser.positionalArguments());
    if (!problem.isEmpty()) {
        context.err() << "ahplead-cli " << name() << ": " << problem << Qt::endl
                      << "Run 'ahplead-cli " << name() << " --help' for usage." << Qt::endl;
        return ExitUsage;
    }
    return execute(context, parser);
}

} // namespace ahplead
