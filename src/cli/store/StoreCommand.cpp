#include "cli/store/StoreCommand.h"

#include "core/store/StoreAddress.h"
#include "core/store/StoreSchema.h"

#include <QFile>

namespace ahplead {

namespace {

const QStringList actions{QStringLiteral("init"), QStringLiteral("check"), QStringLiteral("copy"),
                          QStringLiteral("grant")};

std::unique_ptr<Store> opened(CommandContext &context, const QString &address, Store::Mode mode)
{
    auto store = Store::open(address, mode);
    if (!store) {
        context.err() << store.message() << Qt::endl;
        return nullptr;
    }
    return std::move(store).value();
}

QString countsInWords(const std::vector<TableCount> &counts)
{
    QStringList parts;
    for (const TableCount &c : counts)
        parts << QStringLiteral("%1 %2").arg(c.table).arg(c.rows);
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString StoreCommand::name() const
{
    return QStringLiteral("store");
}
QString StoreCommand::summary() const
{
    return QStringLiteral("Set up a store (init ADDRESS), report on one (check ADDRESS), copy a whole store into "
                          "a new one (copy FROM TO), or give a database user its role in the shared store of "
                          "--store (grant USER --role viewer|reviewer|admin [--region NAME]). An address is a file "
                          "or a postgresql:// address.");
}
void StoreCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("init, check, copy or grant."),
                                 QStringLiteral("init|check|copy|grant"));
    parser.addPositionalArgument(QStringLiteral("addresses"),
                                 QStringLiteral("The store (init, check), or the store to copy and the new one (copy): "
                                                "a file, or postgresql://server/database. For grant, the database "
                                                "user; the store is --store's."),
                                 QStringLiteral("ADDRESS...|USER"));
    parser.addOption(
        {QStringLiteral("role"), QStringLiteral("grant: viewer, reviewer or admin."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("region"),
                      QStringLiteral("grant: the one region the user sees (none: every region)."),
                      QStringLiteral("NAME")});
}
QString StoreCommand::checkArguments(const QStringList &positional) const
{
    if (positional.isEmpty() || !actions.contains(positional.first()))
        return QStringLiteral("expects one of %1, then the store's address").arg(actions.join(QStringLiteral(", ")));
    const qsizetype wanted = positional.first() == QLatin1String("copy") ? 3 : 2;
    if (positional.size() != wanted) {
        if (positional.first() == QLatin1String("grant"))
            return QStringLiteral("grant expects one database user, then --role (and --region if the user is to see "
                                  "one region only)");
        return positional.first() == QLatin1String("copy")
                   ? QStringLiteral("copy expects two addresses: the store to copy, then the new store")
                   : QStringLiteral("%1 expects one address: the store's").arg(positional.first());
    }
    return {};
}

int StoreCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args[0] == QLatin1String("init"))
        return init(context, args[1]);
    if (args[0] == QLatin1String("check"))
        return check(context, args[1]);
    if (args[0] == QLatin1String("grant")) {
        if (!parser.isSet(QStringLiteral("role"))) {
            context.err() << "ahplead-cli store: grant expects --role " << Store::roles().join(QLatin1Char('|'))
                          << Qt::endl;
            return ExitUsage;
        }
        return grant(context, args[1], parser.value(QStringLiteral("role")), parser.value(QStringLiteral("region")));
    }
    return copy(context, args[1], args[2]);
}

void StoreCommand::describe(CommandContext &context, const Store &store)
{
    context.out() << "Store: " << store.description() << (store.shared() ? " (PostgreSQL)" : " (SQLite)") << '\n';
}

int StoreCommand::init(CommandContext &context, const QString &address)
{
    // Opening for writing makes the tables of an empty database, or brings older ones up to date.
    std::unique_ptr<Store> store = opened(context, address, Store::Mode::ReadWrite);
    if (!store)
        return ExitInvalidInput;
    describe(context, *store);
    if (store->shared()) {
        // Made by the upgrade to version 6; made again here, so that roles someone removed come back.
        const Status roles = store->setUpRoles();
        if (!roles) {
            context.err() << roles.message() << Qt::endl;
            return ExitInvalidInput;
        }
        QStringList names;
        for (const QString &role : Store::roles())
            names << QStringLiteral("%1 (%2)").arg(store->groupRole(role).value(), role);
        context.out() << "Roles: " << names.join(QStringLiteral(", ")) << '\n';
    }
    context.out() << "Ready: an ahplead store, version " << store->schemaVersion().value() << '\n';
    return ExitOk;
}

int StoreCommand::grant(CommandContext &context, const QString &user, const QString &role, const QString &region)
{
    Store *store = context.store();
    if (!store)
        return ExitInvalidInput;
    const Status given = store->grant(user, role, region, context.actor());
    if (!given) {
        context.err() << given.message() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << user << " is now " << (role == QLatin1String("admin") ? "an " : "a ") << role << " of "
                  << store->description() << ", "
                  << (region.trimmed().isEmpty() ? QStringLiteral("seeing every region (national)")
                                                 : QStringLiteral("seeing the region %1 only").arg(region.trimmed()))
                  << " (role " << store->groupRole(role).value() << ")\n";
    return ExitOk;
}

int StoreCommand::check(CommandContext &context, const QString &address)
{
    std::unique_ptr<Store> store = opened(context, address, Store::Mode::ReadOnly);
    if (!store)
        return ExitInvalidInput;
    describe(context, *store);
    auto version = store->schemaVersion();
    auto counts = store->tableCounts();
    auto digests = store->digestProblems();
    const Status integrity = store->checkIntegrity();
    for (const QString &message : {version ? QString() : version.message(), counts ? QString() : counts.message(),
                                   digests ? QString() : digests.message()})
        if (!message.isEmpty()) {
            context.err() << message << Qt::endl;
            return ExitInvalidInput;
        }
    context.out() << "Version: " << version.value() << " (this ahplead reads up to " << StoreSchema::CurrentVersion
                  << ")\n"
                  << "Rows: " << countsInWords(counts.value()) << '\n';
    bool sound = true;
    if (integrity) {
        context.out() << "Integrity: ok\n";
    } else {
        context.err() << "Integrity: " << integrity.message() << Qt::endl;
        sound = false;
    }
    if (digests->isEmpty()) {
        context.out() << "Submissions: every received submission matches its digest\n";
    } else {
        context.err() << "Submissions whose content no longer matches its digest (" << digests->size()
                      << "): " << digests->join(QStringLiteral(", ")) << Qt::endl;
        sound = false;
    }
    return sound ? ExitOk : ExitInvalidInput;
}

int StoreCommand::copy(CommandContext &context, const QString &from, const QString &to)
{
    std::unique_ptr<Store> source = opened(context, from, Store::Mode::ReadOnly);
    if (!source)
        return ExitInvalidInput;
    // A new file made for the copy goes again if the copy fails: nothing is left half-made.
    const bool newFile = !StoreAddress::isServer(to) && !QFile::exists(to);
    std::unique_ptr<Store> target = opened(context, to, Store::Mode::ReadWrite);
    if (!target)
        return ExitInvalidInput;
    const Status copied = source->copyInto(*target);
    if (!copied) {
        target.reset();
        if (newFile)
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(to + QLatin1String(suffix));
        context.err() << copied.message() << Qt::endl << "Nothing was copied." << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << "Copied " << source->description() << " into " << target->description() << '\n'
                  << "Checked: the same rows in every table (" << countsInWords(target->tableCounts().value())
                  << ") and the same submissions with the same content\n";
    return ExitOk;
}

} // namespace ahplead
