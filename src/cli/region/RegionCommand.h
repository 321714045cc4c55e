#pragma once

#include "cli/app/Command.h"

#include <optional>

class QTextStream;

namespace ahplead {

enum class ReportFormat;
struct RegionFilter;

// `ahplead-cli region ACTION ...`: what a regional team does with the submissions it has
// received. The one action so far is `summary` (the regional summary as HTML, PDF or CSV);
// others (a dashboard listing, exports) slot in beside it in actions() and execute().
class RegionCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;

    static QStringList actions();
    // The summary paints text and charts, which needs a QGuiApplication; main() asks this
    // before it creates the application, as it asks ReportCommand. ARGS exclude the program name.
    static bool needsGuiApplication(const QStringList &args);

protected:
    void setUp(QCommandLineParser &parser) override;
    QString checkArguments(const QStringList &positional) const override;
    int execute(CommandContext &context, const QCommandLineParser &parser) override;

private:
    int summarise(CommandContext &context, const QCommandLineParser &parser);
    static int readFormatAndType(const QCommandLineParser &parser, const QString &output, QTextStream &err,
                                 std::optional<ReportFormat> &format, RegionFilter &filter);
};

} // namespace ahplead
