#pragma once

#include "cli/app/Command.h"

namespace ahplead {

// `ahplead-cli report FILE|ID --format html|pdf|odt|docx|csv -o OUT`: the assessment report from
// an assessment file or a stored assessment, written through QSaveFile.
class ReportCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;

    // Reports paint text and charts, which needs a QGuiApplication (fonts) rather than a
    // QCoreApplication. main() asks this before it creates the application; ARGS exclude
    // the program name.
    static bool needsGuiApplication(const QStringList &args);

protected:
    void setUp(QCommandLineParser &parser) override;
    QString checkArguments(const QStringList &positional) const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;
};

} // namespace ahplead
