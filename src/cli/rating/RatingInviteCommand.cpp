#include "cli/rating/RatingInviteCommand.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "core/base/ReadProblem.h"
#include "core/base/SaveFile.h"
#include "core/rating/RatingInvitation.h"

#include <QFileInfo>

namespace ahplead {

QString RatingInviteCommand::name() const
{
    return QStringLiteral("rating-invite");
}
QString RatingInviteCommand::summary() const
{
    return QStringLiteral("Write a blank rating file of a board assessment for one board member to answer on their "
                          "own.");
}

void RatingInviteCommand::setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        summary() +
        QStringLiteral(
            "\n\nEach board member answers a rating file on their own; 'merge' and 'consensus' then show the "
            "board where its views differ. Make one file per member from the same board assessment: they "
            "share an invitation id worked out from the assessment (its organisation, framework, title "
            "and when it was created), so files made at different times still belong together. Give "
            "--invitation to choose the id yourself, for example to add a member to an invitation made "
            "from another copy of the assessment."));
    parser.addPositionalArgument(QStringLiteral("assessment"),
                                 QStringLiteral("The board assessment: an ahplead.assessment file, or the id of a "
                                                "stored assessment (see 'list')."),
                                 QStringLiteral("ID|FILE"));
    parser.addOption({QStringLiteral("role"),
                      QStringLiteral("The board member's role: chair, non_executive_director, executive_director, "
                                     "chief_ahp or other."),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("name"),
                      QStringLiteral("The board member's name (optional; reports show it only when asked)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("invitation"),
                      QStringLiteral("The invitation id to use instead of the one worked out from the assessment."),
                      QStringLiteral("UUID")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The rating file to write."),
                      QStringLiteral("FILE")});
}

QString RatingInviteCommand::checkArguments(const QStringList &positional) const
{
    return positional.size() == 1 ? QString() : QStringLiteral("expects one board assessment file or id, and -o FILE");
}

int RatingInviteCommand::execute(CommandContext &context, const QCommandLineParser &parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    const QString role = parser.value(QStringLiteral("role"));
    if (output.isEmpty() || role.isEmpty()) {
        context.err() << "ahplead-cli rating-invite: --role ROLE and -o FILE are required" << Qt::endl;
        return ExitUsage;
    }
    if (!Rater::roles().contains(role)) {
        context.err() << "ahplead-cli rating-invite: \"" << role << "\" is not a role; use one of "
                      << Rater::roles().join(QStringLiteral(", ")) << Qt::endl;
        return ExitUsage;
    }
    const QString invitation = parser.value(QStringLiteral("invitation")).trimmed();
    if (!invitation.isEmpty() && !Rater::isId(invitation)) {
        context.err() << "ahplead-cli rating-invite: \"" << invitation
                      << "\" is not an invitation id; copy it from another rating file, for example "
                         "0f8fad5b-d9cb-469f-a165-70867728950e"
                      << Qt::endl;
        return ExitUsage;
    }

    const QString source = parser.positionalArguments().first();
    std::optional<Assessment> board;
    bool isNumber = false;
    source.toLongLong(&isNumber);
    if (!QFileInfo(source).isFile() && isNumber) {
        board = context.assessment(source);
    } else if (const FrameworkLibrary *library = context.frameworks()) {
        auto read = AssessmentReader::read(source, *library);
        if (read)
            board = std::move(read).value();
        else
            context.err() << ReadProblem::forTerminal(read.message()) << Qt::endl;
    }
    if (!board)
        return ExitInvalidInput;
    const Framework *fw = context.frameworkOf(*board);
    if (!fw)
        return ExitInvalidInput;

    const Assessment rating =
        RatingInvitation::invite(*board, *fw, role, parser.value(QStringLiteral("name")), invitation);
    const Status written = SaveFile::write(output, AssessmentWriter::toBytes(rating, *fw));
    if (!written) {
        context.err() << written.message() << Qt::endl;
        return ExitInvalidInput;
    }
    context.out() << "Wrote a blank rating file for " << Rater::roleLabel(role) << " to " << output << '\n'
                  << "Invitation " << rating.rating->invitationId << ": make every board member's file from the same "
                  << "assessment, then 'ahplead-cli merge' and 'ahplead-cli consensus' the answered files.\n";
    return ExitOk;
}

} // namespace ahplead
