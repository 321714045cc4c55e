#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"

#include <QDateTime>
#include <QString>

namespace ahplead {

// Makes the blank rating files a board secretary sends out, one per board member. Every file
// made from the same board assessment carries the same invitation id, worked out from the
// assessment itself (its organisation, framework, title and the moment it was created), so the
// secretary can make the invitations at different times, from the store or from an exported
// file, and they still belong together. Each file gets a new rater id.
class RatingInvitation {
public:
    // The invitation id of BOARD: a name-based UUID (version 5), the same wherever and whenever
    // it is worked out.
    static QString invitationIdFor(const Assessment &board);
    // A blank rating file of BOARD for one rater: the same organisation, framework version and
    // title, no answers, status draft. INVITATIONID empty: invitationIdFor(BOARD).
    static Assessment invite(const Assessment &board, const Framework &framework, const QString &role,
                             const QString &name, const QString &invitationId = {},
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace ahplead
