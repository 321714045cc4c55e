#pragma once

#include "cli/app/Command.h"

namespace ahplead {

class AnswerCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) override;
    QString checkArguments(const QStringList &positional) const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ahplead
