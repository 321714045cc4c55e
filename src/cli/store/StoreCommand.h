#pragma once

#include "cli/app/Command.h"

namespace ahplead {

class Store;

// `ahplead-cli store init|check|copy|grant`: sets up a store (usually a shared one on a PostgreSQL
// server) with its roles, reports on one, moves a whole store from one place to another (SQLite
// to PostgreSQL or back), and gives a database user its role and region. The first three take the
// stores' addresses as arguments; grant works on the store of --store, as other commands do.
class StoreCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) override;
    QString checkArguments(const QStringList &positional) const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;

private:
    static int init(CommandContext &context, const QString &address);
    static int check(CommandContext &context, const QString &address);
    static int copy(CommandContext &context, const QString &from, const QString &to);
    static int grant(CommandContext &context, const QString &user, const QString &role, const QString &region);
    static void describe(CommandContext &context, const Store &store);
};

} // namespace ahplead
