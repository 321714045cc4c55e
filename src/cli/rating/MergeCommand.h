#pragma once

#include "cli/app/Command.h"

namespace ahplead {

// `ahplead-cli merge RATING_FILE... -o ASSESSMENT_FILE`: the board's consensus draft from its
// rating files: the answers all raters gave alike, the rest left for the board to settle.
class MergeCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) override;
    QString checkArguments(const QStringList &positional) const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ahplead
