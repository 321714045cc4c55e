#include "cli/region/ReviewCommand.h"

#include "core/base/SaveFile.h"
#include "core/region/ReviewFile.h"

namespace ahplead {

QString ReviewCommand::name() const
{
    return QStringLiteral("review");
}
QString ReviewCommand::summary() const
{
    return QStringLiteral("Review a received submission: set its status, comment per domain and overall, and write "
                          "the review file for the trust.");
}
void ReviewCommand::setUp(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The submission's id (see 'submissions')."));
    parser.addOption(
        {QStringLiteral("status"), QStringLiteral("in_review, accepted or returned."), QStringLiteral("STATUS")});
    parser.addOption({QStringLiteral("comment"), QStringLiteral("The overall comment."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("domain-comment"),
                      QStringLiteral("A comment on one domain, as DOMAIN=TEXT (may be repeated)."),
                      QStringLiteral("DOMAIN=TEXT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Write the review file to send back to the trust."),
                      QStringLiteral("FILE")});
}
QString ReviewCommand::checkArguments(const QStringList &positional) const
{
    return positional.size() == 1 ? QString() : QStringLiteral("expects one submission id");
}

int ReviewCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    Store *store = context.store();
    const FrameworkLibrary *library = context.frameworks();
    if (!store || !library)
        return ExitInvalidInput;
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    auto record = store->submission(ok ? id : 0);
    if (!record) {
        context.err() << record.message() << Qt::endl;
        return ExitInvalidInput;
    }
    const Framework *fw = library->find(record->frameworkId, record->frameworkVersion);

    std::vector<ReviewComment> comments;
    if (parser.isSet(QStringLiteral("comment")))
        comments.push_back({QString(), parser.value(QStringLiteral("comment")), context.actor(), {}});
    for (const QString &entry : parser.values(QStringLiteral("domain-comment"))) {
        const QString domain = entry.section(QLatin1Char('='), 0, 0);
        if (!entry.contains(QLatin1Char('=')) || !fw || !fw->domain(domain)) {
            context.err() << "\"" << domain << "\" is not a domain of framework " << record->frameworkId << ' '
                          << record->frameworkVersion << "; write --domain-comment DOMAIN=TEXT" << Qt::endl;
            return ExitInvalidInput;
        }
        comments.push_back({domain, entry.section(QLatin1Char('='), 1), context.actor(), {}});
    }
    if (parser.isSet(QStringLiteral("status")) || !comments.empty()) {
        const QString status =
            parser.isSet(QStringLiteral("status")) ? parser.value(QStringLiteral("status")) : record->reviewStatus;
        // Over the review as read just now: a colleague's save in between is reported, not overwritten.
        const Status saved = store->setReview(record->id, status, comments, context.actor(), {}, record->reviewVersion);
        if (!saved) {
            context.err() << saved.message() << Qt::endl;
            return ExitInvalidInput;
        }
        record = store->submission(record->id);
    }
    auto stored = store->reviewComments(record->id);
    if (!stored) {
        context.err() << stored.message() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << "Submission " << record->id << " from " << record->organisation.name << ", revision "
                  << record->revision << ": " << record->reviewStatus;
    if (!record->reviewer.isEmpty())
        context.out() << " (" << record->reviewer << ", " << CommandContext::dateTimeWords(record->reviewedAt) << ')';
    context.out() << '\n';
    for (const ReviewComment &c : stored.value()) {
        const QString where = c.domainId.isEmpty()
                                  ? QStringLiteral("Overall")
                                  : (fw && fw->domain(c.domainId) ? fw->domain(c.domainId)->title : c.domainId);
        context.out() << "  " << where << ": " << c.comment << '\n';
    }
    if (parser.isSet(QStringLiteral("output"))) {
        const Review review{record->uuid,
                            record->organisation,
                            record->reviewStatus,
                            record->reviewer,
                            record->reviewedAt.isValid() ? record->reviewedAt : QDateTime::currentDateTimeUtc(),
                            stored.value()};
        const Status written = SaveFile::write(parser.value(QStringLiteral("output")), ReviewFile::write(review));
        if (!written) {
            context.err() << written.message() << Qt::endl;
            return ExitInvalidInput;
        }
        context.out() << "Wrote the review to " << parser.value(QStringLiteral("output")) << '\n';
    }
    return ExitOk;
}

} // namespace ahplead
