#pragma once

#include "cli/app/Command.h"

namespace ahplead {

// `ahplead-cli rating-invite ID|FILE --role ROLE [--name NAME] [--invitation UUID] -o FILE`: a
// blank rating file of a board assessment for one board member to answer on their own.
class RatingInviteCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) override;
    QString checkArguments(const QStringList &positional) const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ahplead
