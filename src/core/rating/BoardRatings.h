#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"
#include "core/base/Result.h"
#include "core/rating/RatingSet.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ahplead {

class Store;

// The ratings of one board assessment kept in a store: those its board members answer in the
// store and those imported from the rating files that came back. A rating counts towards what
// the board sees only once its rater has finished it (status complete); until then the board
// sees who is still answering, never their answers. A returned file is finished by being sent.
class BoardRatings {
public:
    struct Entry {
        Assessment rating;
        bool finished = false;
    };
    // What adding a returned rating file did: whether it was added, and what to tell the person
    // (the rater's earlier rating it replaced, or why it was refused).
    struct Added {
        bool added = false;
        QString message;
    };

    static Result<BoardRatings> read(const Store &store, const Assessment &board);

    const QString &invitationId() const { return m_invitationId; }
    const std::vector<Entry> &entries() const { return m_entries; }
    int finishedCount() const;
    // The finished ratings as one set, for the consensus; empty when none is finished.
    Result<std::optional<RatingSet>> finished() const;

    // A blank rating of BOARD for a board member who answers in STORE.
    static Result<qint64> invite(Store &store, const Assessment &board, const Framework &framework, const QString &role,
                                 const QString &name, const QString &actor);
    // Adds RATING, read from FILE, to BOARD's ratings in STORE, finished. Refused, with a message
    // naming the file, when it belongs to another organisation, framework, version or board. A
    // rater who sends twice keeps one rating: the one saved later, and the message says so.
    static Result<Added> addReturned(Store &store, const Assessment &board, const Framework &framework,
                                     Assessment rating, const QString &file, const QString &actor);

private:
    QString m_invitationId;
    std::vector<Entry> m_entries;
};

} // namespace ahplead
