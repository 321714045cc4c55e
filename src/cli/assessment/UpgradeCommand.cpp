#include "cli/assessment/UpgradeCommand.h"

#include "core/assessment/AssessmentCopier.h"
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "core/base/SaveFile.h"

namespace ahplead {

QString UpgradeCommand::name() const
{
    return QStringLiteral("upgrade");
}

QString UpgradeCommand::summary() const
{
    return QStringLiteral("Move an assessment to the latest framework version, as a new draft with every answer.");
}

void UpgradeCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("assessment"),
                                 QStringLiteral("A stored assessment's id (see 'list'), or an assessment file."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("For a file: where to write the moved assessment (required)."),
                      QStringLiteral("file")});
}

QString UpgradeCommand::checkArguments(const QStringList &positional) const
{
    return positional.size() == 1 ? QString() : QStringLiteral("expects one assessment id or file");
}

namespace {

bool isStoreId(const QString &arg)
{
    bool ok = false;
    return arg.toLongLong(&ok) > 0 && ok;
}

} // namespace

int UpgradeCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const FrameworkLibrary *library = context.frameworks();
    if (!library)
        return ExitInvalidInput;
    const QString arg = parser.positionalArguments().first();
    const bool inStore = isStoreId(arg);
    const QString output = parser.value(QStringLiteral("output"));
    if (!inStore && output.isEmpty()) {
        context.err() << "upgrade: give -o FILE for the moved assessment; the original file is kept as it is"
                      << Qt::endl;
        return ExitUsage;
    }
    std::optional<Assessment> assessment;
    if (inStore) {
        assessment = context.assessment(arg);
    } else if (auto read = AssessmentReader::read(arg, *library)) {
        assessment = std::move(read).value();
    } else {
        context.err() << read.message() << Qt::endl;
    }
    if (!assessment)
        return ExitInvalidInput;
    const Framework *from = context.frameworkOf(*assessment);
    if (!from)
        return ExitInvalidInput;
    const FrameworkMapping *mapping = library->upgradeFrom(*from);
    const Framework *to = library->latest(from->id);
    if (!mapping || !to) {
        if (to == from)
            context.err() << "Nothing to do: this assessment already uses " << from->key()
                          << ", the latest version ahplead has." << Qt::endl;
        else
            context.err() << "This version of ahplead cannot move an assessment from " << from->key()
                          << " to the latest version: it has no mapping between them." << Qt::endl;
        return ExitInvalidInput;
    }
    const AssessmentCopier::Copy copy = AssessmentCopier::upgrade(*assessment, *from, *to, *mapping);
    const QString summary = AssessmentCopier::upgradeSummary(copy, *from, *to);
    if (inStore) {
        Store *store = context.store(); // already open: the assessment came from it
        const auto id = store->addAssessment(copy.assessment, context.actor(), QStringLiteral("upgrade"),
                                             summary + QStringLiteral(" From assessment %1.").arg(assessment->id));
        if (!id) {
            context.err() << id.message() << Qt::endl;
            return ExitInvalidInput;
        }
        context.out() << "Assessment " << id.value() << " is assessment " << assessment->id << " on " << to->key()
                      << ". " << summary << '\n';
    } else {
        if (const Status written = SaveFile::write(output, AssessmentWriter::toBytes(copy.assessment, *to)); !written) {
            context.err() << written.message() << Qt::endl;
            return ExitInvalidInput;
        }
        context.out() << "Wrote " << output << ". " << summary << '\n';
    }
    for (const QString &id : copy.toReview)
        context.out() << "  to review: " << id << '\n';
    return ExitOk;
}

} // namespace ahplead
