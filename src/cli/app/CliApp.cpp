#include "cli/app/CliApp.h"

#include "cli/assessment/AnswerCommand.h"
#include "cli/assessment/ExampleCommand.h"
#include "cli/assessment/ExportCommand.h"
#include "cli/assessment/FrameworksCommand.h"
#include "cli/assessment/ListCommand.h"
#include "cli/assessment/LogoCommand.h"
#include "cli/assessment/ReportCommand.h"
#include "cli/assessment/ScoreCommand.h"
#include "cli/assessment/ShowCommand.h"
#include "cli/assessment/UpgradeCommand.h"
#include "cli/businesscase/BusinessCaseCommand.h"
#include "cli/rating/ConsensusCommand.h"
#include "cli/rating/MergeCommand.h"
#include "cli/rating/RatingInviteCommand.h"
#include "cli/region/BenchmarkCommand.h"
#include "cli/region/ImportCommand.h"
#include "cli/region/RegionCommand.h"
#include "cli/region/ReviewCommand.h"
#include "cli/region/SubmissionsCommand.h"
#include "cli/region/SubmitCommand.h"
#include "cli/store/StoreCommand.h"

namespace ahplead {

namespace {

QString defaultActor()
{
    for (const char *name : {"AHPLEAD_ACTOR", "USER", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

} // namespace

CliApp::CliApp()
{
    m_commands.push_back(std::make_unique<FrameworksCommand>());
    m_commands.push_back(std::make_unique<ExampleCommand>());
    m_commands.push_back(std::make_unique<ScoreCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<BusinessCaseCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<AnswerCommand>());
    m_commands.push_back(std::make_unique<UpgradeCommand>());
    m_commands.push_back(std::make_unique<LogoCommand>());
    m_commands.push_back(std::make_unique<SubmitCommand>());
    m_commands.push_back(std::make_unique<SubmissionsCommand>());
    m_commands.push_back(std::make_unique<ReviewCommand>());
    m_commands.push_back(std::make_unique<BenchmarkCommand>());
    m_commands.push_back(std::make_unique<RegionCommand>());
    m_commands.push_back(std::make_unique<RatingInviteCommand>());
    m_commands.push_back(std::make_unique<MergeCommand>());
    m_commands.push_back(std::make_unique<ConsensusCommand>());
    m_commands.push_back(std::make_unique<StoreCommand>());
}

Command *CliApp::find(const QString &name) const
{
    for (const auto &c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

QString CliApp::usage() const
{
    QString text = QStringLiteral("Usage: ahplead-cli [--store STORE] COMMAND [ARGS]\n\n"
                                  "Self-assessment of chief allied health professional (AHP) leadership.\n\n"
                                  "Commands:\n");
    for (const auto &c : m_commands)
        text += QStringLiteral("  %1 %2\n").arg(c->name().leftJustified(13), c->summary());
    text += QStringLiteral("\nOptions:\n"
                           "  --store STORE the store: a file (default: $AHPLEAD_STORE, else %1), or a\n"
                           "                shared store, postgresql://server/database (passwords from ~/.pgpass\n"
                           "                or PGPASSWORD, never in the address)\n"
                           "  --help        show this help; 'ahplead-cli COMMAND --help' for a command\n"
                           "  --version     show the version\n\n"
                           "Exit status: 0 success, 1 invalid input, 2 usage error.\n")
                .arg(Store::defaultPath());
    return text;
}

int CliApp::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    QString storePath;
    // --store is global and may stand anywhere, so pull it out before the command parses.
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--store")) {
            if (i + 1 >= args.size()) {
                err << "ahplead-cli: --store needs a file path or a postgresql:// address" << Qt::endl;
                return ExitUsage;
            }
            storePath = args[i + 1];
            args.remove(i, 2);
            --i;
        } else if (args[i].startsWith(QLatin1String("--store="))) {
            storePath = args[i].mid(8);
            args.remove(i);
            --i;
        }
    }
    if (args.isEmpty()) {
        err << usage();
        return ExitUsage;
    }
    const QString first = args.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out << usage();
        return ExitOk;
    }
    if (first == QLatin1String("--version")) {
        out << "ahplead-cli " << AHPLEAD_VERSION << '\n';
        return ExitOk;
    }
    Command *command = find(first);
    if (!command) {
        err << "ahplead-cli: \"" << first << "\" is not a command." << Qt::endl << Qt::endl << usage();
        return ExitUsage;
    }
    CommandContext context(out, err, storePath.isEmpty() ? Store::defaultPath() : storePath, defaultActor());
    const int code = command->run(context, args);
    out.flush();
    err.flush();
    return code;
}

} // namespace ahplead
