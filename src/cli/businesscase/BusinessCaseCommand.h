#pragma once

#include "cli/app/Command.h"

namespace ahplead {

// `ahplead-cli business-case FILE --format html|pdf|odt|docx -o OUT`: the Five Case business case
// document from an ahplead.businesscase file, with the case for change drawn from the board
// self-assessment the case names. A file that fails its checks is refused with one
// field-level message and nothing is written.
class BusinessCaseCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;

protected:
    void setUp(QCommandLineParser &parser) override;
    QString checkArguments(const QStringList &positional) const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ahplead
