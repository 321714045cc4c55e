#pragma once

#include "cli/app/Command.h"

namespace ahplead {

// `ahplead-cli logo ID FILE`: chooses the logo of the organisation of stored assessment ID (a PNG
// or SVG), printed on the cover and in the header of every paper of that organisation the
// store makes; `--remove` takes it away.
class LogoCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) override;
    QString checkArguments(const QStringList &positional) const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ahplead
