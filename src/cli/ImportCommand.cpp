#include "ImportCommand.h"

#include "AssessmentReader.h"
#include "JsonFile.h"

namespace ahplead {

QString ImportCommand::name() const { return QStringLiteral("import"); }
QString ImportCommand::summary() const
{
    return QStringLiteral("Import assessment files into the store. Each file lands whole or not at all.");
}
void ImportCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("ahplead.assessment JSON files."),
                                 QStringLiteral("FILE..."));
}
QString ImportCommand::checkArguments(const QStringList &positional) const
{
    return positional.isEmpty() ? QStringLiteral("expects at least one file") : QString();
}

int ImportCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const FrameworkLibrary *library = context.frameworks();
    if (!library)
        return ExitInvalidInput;
    Store *store = context.store();
    if (!store)
        return ExitInvalidInput;
    const QStringList files = parser.positionalArguments();
    QStringList landed;
    QStringList rejected;
    for (const QString &path : files) {
        auto assessment = AssessmentReader::read(path, *library);
        if (!assessment) {
            rejected << assessment.message();
            continue;
        }
        auto id = store->addAssessment(assessment.value(), context.actor(), QStringLiteral("import"));
        if (!id) {
            rejected << JsonFile::displayName(path) + QStringLiteral(": ") + id.message();
            continue;
        }
        landed << QStringLiteral("  %1: assessment %2, %3 (%4 %5, %6 answers)")
                      .arg(JsonFile::displayName(path))
                      .arg(id.value())
                      .arg(assessment->organisation.name, assessment->frameworkId, assessment->frameworkVersion)
                      .arg(assessment->answers.size());
    }
    context.out() << QStringLiteral("Imported %1 of %2 files into %3\n").arg(landed.size()).arg(files.size()).arg(store->path());
    for (const QString &line : landed)
        context.out() << line << '\n';
    if (!rejected.isEmpty()) {
        context.err() << QStringLiteral("Not imported (%1):").arg(rejected.size()) << Qt::endl;
        for (const QString &line : rejected)
            context.err() << "  " << line << Qt::endl;
        return ExitInvalidInput;
    }
    return ExitOk;
}

} // namespace ahplead
