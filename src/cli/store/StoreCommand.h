#pragma once

#include "cli/app/Command.h"

namespace ahplead {

class Store;

// `ahplead-cli store init|check|copy`: sets up a store (usually a shared one on a PostgreSQL
// server), reports on one, and moves a whole store from one place to another (SQLite to
// PostgreSQL or back). Each takes the stores' addresses as arguments, not --store.
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
    static void describe(CommandContext &context, const Store &store);
};

} // namespace ahplead
