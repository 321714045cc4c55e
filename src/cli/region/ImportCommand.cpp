#include "cli/region/ImportCommand.h"

#include "core/base/ReadProblem.h"
#include "core/region/Importer.h"

#include <QFileInfo>

namespace ahplead {

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}
QString ImportCommand::summary() const
{
    return QStringLiteral("Import assessment, submission, review or benchmark files, or folders of them. Each file "
                          "lands whole or not at all.");
}
void ImportCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Files, or folders whose .ahplead and .json files are imported."),
                                 QStringLiteral("FILE|FOLDER..."));
}
QString ImportCommand::checkArguments(const QStringList &positional) const
{
    return positional.isEmpty() ? QStringLiteral("expects at least one file or folder") : QString();
}

int ImportCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const FrameworkLibrary *library = context.frameworks();
    if (!library)
        return ExitInvalidInput;
    Store *store = context.store();
    if (!store)
        return ExitInvalidInput;
    QStringList missing;
    const QStringList files = Importer::expand(parser.positionalArguments(), &missing);
    Importer importer(*store, *library, context.actor());
    const Importer::Report report = importer.run(files);

    const int imported = report.count(Importer::Outcome::Imported);
    context.out()
        << QStringLiteral("Imported %1 of %2 files into %3\n").arg(imported).arg(files.size()).arg(store->path());
    for (const Importer::Item &item : report.items)
        if (item.outcome == Importer::Outcome::Imported)
            context.out() << "  " << item.message << '\n';
    const int duplicates = report.count(Importer::Outcome::Duplicate);
    if (duplicates > 0) {
        context.out() << QStringLiteral("Skipped as already imported (%1):\n").arg(duplicates);
        for (const Importer::Item &item : report.items)
            if (item.outcome == Importer::Outcome::Duplicate)
                context.out() << "  " << item.message << '\n';
    }
    const int rejected = report.count(Importer::Outcome::Rejected) + int(missing.size());
    if (rejected > 0) {
        context.err() << QStringLiteral("Not imported (%1):").arg(rejected) << Qt::endl;
        for (const QString &path : missing)
            context.err() << "  " << path << ": no such file or folder" << Qt::endl;
        for (const Importer::Item &item : report.items)
            if (item.outcome == Importer::Outcome::Rejected) // the file, what it means, then the detail
                context.err() << "  " << QFileInfo(item.path).fileName() << ": " << ReadProblem::plain(item.message)
                              << "\n    Details: " << item.message << Qt::endl;
        return ExitInvalidInput;
    }
    return ExitOk;
}

} // namespace ahplead
