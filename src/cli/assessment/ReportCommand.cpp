#include "cli/assessment/ReportCommand.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/base/ReadProblem.h"
#include "core/store/Store.h"
#include "report/assessment/ActionPlanSheet.h"
#include "report/assessment/AssessmentReport.h"
#include "report/assessment/ReportModel.h"
#include "report/rating/BoardRatingsSection.h"

#include <QFileInfo>

namespace ahplead {

QString ReportCommand::name() const
{
    return QStringLiteral("report");
}
QString ReportCommand::summary() const
{
    return QStringLiteral("Write the assessment report as HTML, PDF, an editable document (ODT) or CSV.");
}

bool ReportCommand::needsGuiApplication(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--store")) {
            ++i; // its value
            continue;
        }
        if (args[i].startsWith(QLatin1String("--store=")))
            continue;
        // Commands that paint text (PDF, ODT, Word, charts, an SVG logo's words).
        return args[i] == QLatin1String("report") || args[i] == QLatin1String("business-case") ||
               args[i] == QLatin1String("consensus") || args[i] == QLatin1String("logo");
    }
    return false;
}

void ReportCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("assessment"),
                                 QStringLiteral("An ahplead.assessment JSON file, or the id of a stored assessment "
                                                "(see 'list')."),
                                 QStringLiteral("FILE|ID"));
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QStringLiteral("html, pdf, odt, docx (Word) or csv (default: from the output file's extension)."),
                      QStringLiteral("FORMAT")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("actions"),
                      QStringLiteral("Write the action plan as a spreadsheet instead: one row per action, with its "
                                     "owner, target date, progress and note (only with --format csv).")});
    parser.addOption({QStringLiteral("all-questions"),
                      QStringLiteral("Give every question in the appendix of answers, unanswered ones too (by default "
                                     "they are left out; the CSV always has every question).")});
}

QString ReportCommand::checkArguments(const QStringList &positional) const
{
    return positional.size() == 1 ? QString() : QStringLiteral("expects one assessment file or id, and -o OUT");
}

namespace {

// What a stored board assessment's report takes from the store: where the views of the members
// who rated it first differed, and its organisation's logo (`ahplead-cli logo`).
Status addFromStore(Document &document, Store &store, const Assessment &assessment, const Framework &framework)
{
    if (Status rated = BoardRatingsSection::addTo(document, store, assessment, framework); !rated)
        return rated;
    auto logo = store.organisationLogo(assessment.organisation);
    if (!logo)
        return logo.error();
    document.logo = logo.value();
    return success();
}

} // namespace

int ReportCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err() << "ahplead-cli report: -o OUT is required" << Qt::endl;
        return ExitUsage;
    }
    const QString formatName =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QFileInfo(output).suffix();
    const std::optional<ReportFormat> format = ReportWriter::formatFromName(formatName);
    if (!format) {
        context.err() << "ahplead-cli report: \"" << formatName << "\" is not a report format; use one of "
                      << ReportWriter::names().join(QStringLiteral(", ")) << Qt::endl;
        return ExitUsage;
    }

    // A FILE|ID argument that names an existing file is a file; otherwise a whole number is an id.
    const QString source = parser.positionalArguments().first();
    std::optional<Assessment> assessment;
    const Framework *fw = nullptr;
    bool isNumber = false;
    source.toLongLong(&isNumber);
    if (!QFileInfo(source).isFile() && isNumber) {
        assessment = context.assessment(source);
        if (!assessment)
            return ExitInvalidInput;
        fw = context.frameworkOf(*assessment);
    } else {
        const FrameworkLibrary *library = context.frameworks();
        if (!library)
            return ExitInvalidInput;
        auto read = AssessmentReader::read(source, *library);
        if (!read) {
            context.err() << ReadProblem::forTerminal(read.message()) << Qt::endl;
            return ExitInvalidInput;
        }
        assessment = std::move(read).value();
        fw = library->find(assessment->frameworkId, assessment->frameworkVersion);
    }
    if (!fw)
        return ExitInvalidInput;

    const ReportModel model = ReportModel::build(*fw, *assessment, Scorer::score(*fw, *assessment));
    if (parser.isSet(QStringLiteral("actions"))) {
        if (*format != ReportFormat::Csv) {
            context.err() << "ahplead-cli report: --actions writes a spreadsheet; use --format csv" << Qt::endl;
            return ExitUsage;
        }
        const Status sheet = ReportWriter::write(ActionPlanSheet::build(model), ReportFormat::Csv, output);
        if (!sheet) {
            context.err() << sheet.message() << Qt::endl;
            return ExitInvalidInput;
        }
        context.out() << "Wrote the action plan as a spreadsheet to " << output << '\n';
        return ExitOk;
    }
    const AssessmentReport::Questions questions = parser.isSet(QStringLiteral("all-questions"))
                                                      ? AssessmentReport::Questions::All
                                                      : AssessmentReport::Questions::Answered;
    Document document = AssessmentReport::build(model, questions);
    if (assessment->id != 0)
        if (Status added = addFromStore(document, *context.store(), *assessment, *fw); !added) {
            context.err() << added.message() << Qt::endl;
            return ExitInvalidInput;
        }
    const Status written = ReportWriter::write(document, *format, output);
    if (!written) {
        context.err() << written.message() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << "Wrote " << ReportWriter::description(*format) << " report to " << output << '\n';
    return ExitOk;
}

} // namespace ahplead
