#pragma once

#include "cli/app/Command.h"

#include <QTextStream>

#include <memory>
#include <vector>

namespace ahplead {

// `ahplead-cli [--store PATH] COMMAND [ARGS]`: finds the subcommand and runs it.
class CliApp {
public:
    CliApp();
    // ARGS excludes the program name. Returns the process exit code.
    int run(const QStringList &args, QTextStream &out, QTextStream &err);

private:
    QString usage() const;
    Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace ahplead
