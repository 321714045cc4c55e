#include "cli/assessment/LogoCommand.h"

#include "core/store/Store.h"
#include "report/document/LogoImage.h"

namespace ahplead {

QString LogoCommand::name() const
{
    return QStringLiteral("logo");
}
QString LogoCommand::summary() const
{
    return QStringLiteral("Choose (or --remove) the logo of an assessment's organisation, for its papers.");
}
void LogoCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("id"),
                                 QStringLiteral("An assessment of the organisation (see 'list')."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The logo: a PNG or SVG picture."),
                                 QStringLiteral("[FILE]"));
    parser.addOption({QStringLiteral("remove"), QStringLiteral("Take the organisation's logo away.")});
}
QString LogoCommand::checkArguments(const QStringList &positional) const
{
    return positional.size() == 1 || positional.size() == 2 ? QString()
                                                            : QStringLiteral("expects an assessment id and a FILE");
}

int LogoCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const bool remove = parser.isSet(QStringLiteral("remove"));
    if (remove == (args.size() == 2)) {
        context.err() << "ahplead-cli logo: give either a FILE or --remove" << Qt::endl;
        return ExitUsage;
    }
    const auto assessment = context.assessment(args.first());
    if (!assessment)
        return ExitInvalidInput;
    QByteArray png;
    if (!remove) {
        auto made = LogoImage::fromFile(args.at(1));
        if (!made) {
            context.err() << made.message() << Qt::endl;
            return ExitInvalidInput;
        }
        png = std::move(made).value();
    }
    const Status saved = context.store()->setOrganisationLogo(assessment->organisation, png, context.actor());
    if (!saved) {
        context.err() << saved.message() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << (remove ? QStringLiteral("Removed the logo of %1\n")
                             : QStringLiteral("The papers of %1 now carry its logo\n"))
                         .arg(assessment->organisation.name);
    return ExitOk;
}

} // namespace ahplead
