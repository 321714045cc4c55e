#include "cli/businesscase/BusinessCaseCommand.h"

#include "core/base/JsonFile.h"
#include "core/businesscase/PayScales.h"
#include "core/region/PeerBenchmark.h"
#include "report/businesscase/BusinessCaseModel.h"

#include <QFileInfo>

namespace ahplead {

QString BusinessCaseCommand::name() const
{
    return QStringLiteral("business-case");
}
QString BusinessCaseCommand::summary() const
{
    return QStringLiteral("Write a business case for a chief AHP post as HTML, PDF or an editable document (ODT).");
}

void BusinessCaseCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("case"),
                                 QStringLiteral("An ahplead.businesscase JSON file (see 'example business-case')."),
                                 QStringLiteral("FILE"));
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QStringLiteral("html, pdf, odt or docx (Word) (default: from the output file's extension)."),
                      QStringLiteral("FORMAT")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("benchmark"),
                      QStringLiteral("The region's peer benchmark (ahplead.benchmark): show where each metric sits "
                                     "among the peers, and use the peer median where a metric has no benchmark."),
                      QStringLiteral("FILE")});
}

QString BusinessCaseCommand::checkArguments(const QStringList &positional) const
{
    return positional.size() == 1 ? QString() : QStringLiteral("expects one business case file, and -o OUT");
}

int BusinessCaseCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err() << "ahplead-cli business-case: -o OUT is required" << Qt::endl;
        return ExitUsage;
    }
    const QString formatName =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QFileInfo(output).suffix();
    const std::optional<ReportFormat> format = ReportWriter::formatFromName(formatName, BusinessCaseModel::formats());
    if (!format) {
        context.err() << "ahplead-cli business-case: \"" << formatName
                      << "\" is not a business case format; use one of "
                      << ReportWriter::names(BusinessCaseModel::formats()).join(QStringLiteral(", ")) << Qt::endl;
        return ExitUsage;
    }

    const FrameworkLibrary *frameworks = context.frameworks();
    if (!frameworks)
        return ExitInvalidInput;
    auto scales = PayScales::loadBundled();
    if (!scales) {
        context.err() << scales.message() << Qt::endl;
        return ExitInvalidInput;
    }
    // A year a user edited into a state it cannot be read in is left out; say which and why.
    for (const QString &problem : scales->problems())
        context.err() << "warning: pay scales not loaded: " << problem << Qt::endl;
    std::optional<PeerBenchmark> peers;
    if (parser.isSet(QStringLiteral("benchmark"))) {
        const QString path = parser.value(QStringLiteral("benchmark"));
        auto doc = JsonFile::read(path);
        auto benchmark = doc ? PeerBenchmark::fromJson(doc.value(), JsonFile::displayName(path))
                             : Result<PeerBenchmark>(doc.error());
        if (!benchmark) {
            context.err() << benchmark.message() << Qt::endl;
            return ExitInvalidInput;
        }
        peers = std::move(benchmark).value();
    }
    auto model = BusinessCaseModel::fromFile(parser.positionalArguments().first(), *frameworks, scales.value(),
                                             peers ? &*peers : nullptr);
    if (!model) {
        context.err() << model.message() << Qt::endl;
        return ExitInvalidInput;
    }
    const Status written = ReportWriter::write(model.value(), *format, output);
    if (!written) {
        context.err() << written.message() << Qt::endl;
        return ExitInvalidInput;
    }
    // The document says the same; the warnings are repeated here for whoever runs the command.
    for (const QString &warning : model->warnings)
        context.err() << "warning: " << warning << Qt::endl;
    context.out() << "Wrote " << ReportWriter::description(*format) << " business case to " << output << '\n';
    return ExitOk;
}

} // namespace ahplead
