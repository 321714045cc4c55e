#include "cli/region/RegionCommand.h"

#include "core/region/RegionSummary.h"
#include "report/assessment/ReportModel.h"
#include "report/region/RegionDocument.h"
#include "report/region/RegionReportModel.h"

#include <QFileInfo>

namespace ahplead {

QString RegionCommand::name() const
{
    return QStringLiteral("region");
}
QString RegionCommand::summary() const
{
    return QStringLiteral("Summarise the received submissions: 'region summary' writes the regional summary "
                          "(HTML, PDF or CSV).");
}

QStringList RegionCommand::actions()
{
    return {QStringLiteral("summary")};
}

bool RegionCommand::needsGuiApplication(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--store")) {
            ++i; // its value
            continue;
        }
        if (args[i].startsWith(QLatin1String("--store=")))
            continue;
        return args[i] == QLatin1String("region");
    }
    return false;
}

void RegionCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("summary: the regional summary of the latest submission of every "
                                                "organisation (heatmap of domain scores, how many meet each "
                                                "recommendation, critical gaps, trends)."),
                                 QStringLiteral("summary"));
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QStringLiteral("html, pdf, docx (Word) or csv (default: from the output file's extension)."),
                      QStringLiteral("FORMAT")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("ics"), QStringLiteral("Only organisations of this integrated care system."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("type"),
                      QStringLiteral("Only organisations of this type: %1.")
                          .arg(Assessment::organisationTypes().mid(1).join(QStringLiteral(", "))),
                      QStringLiteral("TYPE")});
    parser.addOption({QStringLiteral("framework"), QStringLiteral("The framework (default: board)."),
                      QStringLiteral("ID"), QStringLiteral("board")});
    parser.addOption({QStringLiteral("version"),
                      QStringLiteral("The framework version (default: the newest one submissions were received on)."),
                      QStringLiteral("VERSION")});
}

QString RegionCommand::checkArguments(const QStringList &positional) const
{
    if (positional.size() == 1 && actions().contains(positional.first()))
        return {};
    if (positional.isEmpty())
        return QStringLiteral("expects an action: %1").arg(actions().join(QStringLiteral(", ")));
    if (positional.size() == 1)
        return QStringLiteral("\"%1\" is not an action; use one of: %2")
            .arg(positional.first(), actions().join(QStringLiteral(", ")));
    return QStringLiteral("expects one action (%1) and options").arg(actions().join(QStringLiteral(", ")));
}

int RegionCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    // checkArguments let through only a known action.
    return summarise(context, parser);
}

// --format (or the output's suffix) into FORMAT and --type into FILTER; ExitUsage, said in ERR, when
// either is not one ahplead knows.
int RegionCommand::readFormatAndType(const QCommandLineParser &parser, const QString &output, QTextStream &err,
                                     std::optional<ReportFormat> &format, RegionFilter &filter)
{
    const QString formatName =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QFileInfo(output).suffix();
    format = ReportWriter::formatFromName(formatName, RegionDocument::formats());
    if (!format) {
        err << "ahplead-cli region summary: \"" << formatName
            << "\" is not a format of the regional summary; use one of "
            << ReportWriter::names(RegionDocument::formats()).join(QStringLiteral(", ")) << Qt::endl;
        return ExitUsage;
    }
    filter.organisationType = parser.value(QStringLiteral("type")).trimmed();
    if (!filter.organisationType.isEmpty() && !Assessment::organisationTypes().contains(filter.organisationType)) {
        err << "ahplead-cli region summary: \"" << filter.organisationType
            << "\" is not a type of organisation; use one of "
            << Assessment::organisationTypes().mid(1).join(QStringLiteral(", ")) << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

int RegionCommand::summarise(CommandContext &context, const QCommandLineParser &parser)
{
    QTextStream &err = context.err();
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        err << "ahplead-cli region summary: -o OUT is required" << Qt::endl;
        return ExitUsage;
    }
    std::optional<ReportFormat> format;
    RegionFilter filter;
    if (const int usage = readFormatAndType(parser, output, err, format, filter); usage != ExitOk)
        return usage;

    Store *store = context.store();
    const FrameworkLibrary *library = context.frameworks();
    if (!store || !library)
        return ExitInvalidInput;
    const Framework *fw =
        context.receivedFramework(parser.value(QStringLiteral("framework")), parser.value(QStringLiteral("version")));
    if (!fw)
        return ExitInvalidInput;
    auto rows = store->receivedScores(fw->id, fw->version);
    if (!rows) {
        err << rows.message() << Qt::endl;
        return ExitInvalidInput;
    }
    if (rows->empty()) {
        err << store->path() << ": there are no received submissions of " << fw->key()
            << " to summarise; import the trusts' submission files first ('ahplead-cli import FOLDER'). Nothing "
               "written."
            << Qt::endl;
        return ExitInvalidInput;
    }

    // An ICS is matched whatever its case, and named as the submissions spell it.
    const QString ics = parser.value(QStringLiteral("ics")).trimmed();
    if (!ics.isEmpty()) {
        const RegionSummary everyone = RegionSummary::build(*fw, rows.value());
        for (const QString &name : everyone.icsNames)
            if (name.compare(ics, Qt::CaseInsensitive) == 0)
                filter.ics = name;
        if (filter.ics.isEmpty()) {
            err << "No received submission is from an integrated care system called \"" << ics
                << "\"; the submissions name "
                << (everyone.icsNames.isEmpty() ? QStringLiteral("none") : everyone.icsNames.join(QStringLiteral(", ")))
                << ". Nothing written." << Qt::endl;
            return ExitInvalidInput;
        }
    }
    const RegionSummary summary = RegionSummary::build(*fw, rows.value(), filter);
    if (summary.organisations.empty()) {
        QStringList what;
        if (!filter.ics.isEmpty())
            what << filter.ics;
        if (!filter.organisationType.isEmpty())
            what << ReportModel::organisationTypeLabel(filter.organisationType);
        err << "No organisation matches the filters (" << what.join(QStringLiteral(", ")) << "). Nothing written."
            << Qt::endl;
        return ExitInvalidInput;
    }

    const RegionReportModel model =
        RegionReportModel::build(*fw, summary, QDateTime::currentDateTimeUtc(), context.actor());
    const Status written = ReportWriter::write(RegionDocument::build(model), *format, output);
    if (!written) {
        err << written.message() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << "Wrote the regional summary (" << ReportWriter::description(*format) << ") of "
                  << model.organisations.size() << ' ' << model.noun << " and " << model.submissions
                  << (model.submissions == 1 ? " submission" : " submissions") << " to " << output << '\n';
    return ExitOk;
}

} // namespace ahplead
