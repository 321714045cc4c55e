#pragma once

#include "cli/app/CommandContext.h"

#include <QCommandLineParser>
#include <QStringList>

namespace ahplead {

// Exit codes of every subcommand.
enum ExitCode { ExitOk = 0, ExitInvalidInput = 1, ExitUsage = 2 };

// One `ahplead-cli` subcommand. Subclasses declare their options and arguments in
// setUp() and do their work in execute(); parsing, --help and usage errors are here.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;

    int run(CommandContext &context, const QStringList &arguments);

protected:
    virtual void setUp(QCommandLineParser &parser) = 0;
    // Checks positional arguments; returns an error message for a usage error.
    virtual QString checkArguments(const QStringList &positional) const = 0;
    virtual int execute(CommandContext &context, const QCommandLineParser &parser) = 0;
};

} // namespace ahplead
