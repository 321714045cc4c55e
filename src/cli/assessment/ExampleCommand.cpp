#include "cli/assessment/ExampleCommand.h"

#include "core/base/DataPaths.h"

#include <QFile>

namespace ahplead {

QString ExampleCommand::name() const
{
    return QStringLiteral("example");
}
QString ExampleCommand::summary() const
{
    return QStringLiteral(
        "Print a complete example assessment (board, individual or system) or business case as JSON.");
}
void ExampleCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("board, individual, system or business-case"));
}
QString ExampleCommand::checkArguments(const QStringList &positional) const
{
    static const QStringList kinds = {QStringLiteral("board"), QStringLiteral("individual"), QStringLiteral("system"),
                                      QStringLiteral("business-case")};
    if (positional.size() != 1)
        return QStringLiteral("expects one argument: board, individual, system or business-case");
    if (!kinds.contains(positional.first()))
        return QStringLiteral("\"%1\" is not one of board, individual, system, business-case").arg(positional.first());
    return {};
}

int ExampleCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    // The examples ship as files (data/examples) so what is printed is what is installed.
    const QString path = DataPaths::examplesDir() + QLatin1Char('/') + parser.positionalArguments().first() +
                         QStringLiteral("-example.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err() << path << ": the example cannot be read: " << file.errorString() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << QString::fromUtf8(file.readAll());
    return ExitOk;
}

} // namespace ahplead
