#pragma once

#include "cli/app/Command.h"

namespace ahplead {

// `ahplead-cli upgrade ID|FILE`: an assessment answered on an older framework version, moved to
// the latest as a new draft (AssessmentCopier::upgrade). The original is left as it is.
class UpgradeCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) override;
    QString checkArguments(const QStringList &positional) const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ahplead
