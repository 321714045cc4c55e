#include "cli/assessment/ListCommand.h"

namespace ahplead {

QString ListCommand::name() const
{
    return QStringLiteral("list");
}
QString ListCommand::summary() const
{
    return QStringLiteral("List the assessments in the store.");
}
void ListCommand::setUp(QCommandLineParser &) {}
QString ListCommand::checkArguments(const QStringList &positional) const
{
    return positional.isEmpty() ? QString() : QStringLiteral("takes no arguments");
}

int ListCommand::execute(CommandContext &context, const QCommandLineParser &)
{
    Store *store = context.store();
    if (!store)
        return ExitInvalidInput;
    auto list = store->assessments();
    if (!list) {
        context.err() << list.message() << Qt::endl;
        return ExitInvalidInput;
    }
    if (list->empty()) {
        context.out() << "No assessments in " << store->path() << '\n';
        return ExitOk;
    }
    context.out() << QStringLiteral("%1  %2 %3 %4 %5 %6\n")
                         .arg(QStringLiteral("ID").rightJustified(5), QStringLiteral("ORGANISATION").leftJustified(46),
                              QStringLiteral("FRAMEWORK").leftJustified(18), QStringLiteral("STATUS").leftJustified(10),
                              QStringLiteral("ANSWERED"), QStringLiteral("UPDATED"));
    for (const AssessmentSummary &s : list.value())
        context.out() << QStringLiteral("%1  %2 %3 %4 %5 %6\n")
                             .arg(QString::number(s.id).rightJustified(5), s.organisation.name.leftJustified(46),
                                  QString(s.frameworkId + QLatin1Char(' ') + s.frameworkVersion).leftJustified(18),
                                  s.status.leftJustified(10), QString::number(s.answered).rightJustified(8),
                                  CommandContext::dateTimeColumn(s.updatedAt));
    return ExitOk;
}

} // namespace ahplead
