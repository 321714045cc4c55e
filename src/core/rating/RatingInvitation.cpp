#include "core/rating/RatingInvitation.h"

#include <QUuid>

namespace ahplead {

namespace {
// The namespace of ahplead's invitation ids (a random UUID fixed once): name-based ids made
// from the same words in another namespace never collide with these.
const QUuid invitationNamespace(QStringLiteral("{6d0f3c2e-9f1b-4a57-8c1e-2b7d4e5a9c30}"));
} // namespace

QString RatingInvitation::invitationIdFor(const Assessment &board)
{
    // Not the store's row id: the same assessment in another store, or exported, has another.
    const Organisation &o = board.organisation;
    const QString organisation =
        o.odsCode.trimmed().isEmpty() ? o.name.trimmed().toCaseFolded() : o.odsCode.trimmed().toUpper();
    const QString words = QStringList{organisation, board.frameworkId, board.title.trimmed(),
                                      board.createdAt.toUTC().toString(Qt::ISODateWithMs)}
                              .join(QLatin1Char('\n'));
    return QUuid::createUuidV5(invitationNamespace, words).toString(QUuid::WithoutBraces);
}

Assessment RatingInvitation::invite(const Assessment &board, const Framework &framework, const QString &role,
                                    const QString &name, const QString &invitationId, const QDateTime &now)
{
    Assessment a;
    a.title = board.title;
    a.status = QStringLiteral("draft");
    a.frameworkId = framework.id;
    a.frameworkVersion = framework.version;
    a.organisation = board.organisation;
    // An assessment names who answered it; a rater who gave no name is named by role.
    a.assessor = {name.trimmed().isEmpty() ? Rater::roleLabel(role) : name.trimmed(), Rater::roleLabel(role)};
    a.createdAt = now;
    a.updatedAt = now;
    Rater rater;
    rater.invitationId = invitationId.isEmpty() ? invitationIdFor(board) : invitationId.toLower();
    rater.raterId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    rater.role = role;
    rater.name = name.trimmed();
    a.rating = rater;
    return a;
}

} // namespace ahplead
