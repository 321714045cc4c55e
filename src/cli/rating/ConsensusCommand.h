#pragma once

#include "cli/app/Command.h"

namespace ahplead {

// `ahplead-cli consensus RATING_FILE... --format html|pdf|csv|json -o OUT [--names]`: where the
// board's views differed, from its rating files.
class ConsensusCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) override;
    QString checkArguments(const QStringList &positional) const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ahplead
