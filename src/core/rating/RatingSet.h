#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/FrameworkLibrary.h"
#include "core/base/Result.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace ahplead {

// The rating files of one board assessment: each director's own answers, before the board
// agrees. Every file must be a rating file (with a rating block) for the same organisation,
// framework, framework version and invitation as the first; anything else is refused, because
// mixing two boards' or two versions' answers would give figures no one could trust. A rater
// who sent twice (the same rater id) counts once: the file saved later replaces the other, and
// a notice says so.
class RatingSet {
public:
    struct Rating {
        Assessment assessment; // with its rating block
        QString fileName;      // as the person named it, for messages
    };

    // FILES in the order given: each file's name for messages and what it holds.
    static Result<RatingSet> build(std::vector<std::pair<QString, Assessment>> files);
    static Result<RatingSet> read(const QStringList &paths, const FrameworkLibrary &library);

    const std::vector<Rating> &ratings() const { return m_ratings; }
    std::size_t size() const { return m_ratings.size(); }
    const Assessment &first() const { return m_ratings.front().assessment; }
    // What the caller should show: which file replaced which.
    const QStringList &notices() const { return m_notices; }

    // How rating INDEX is named in reports: "Chair", "Non-executive director 2" (numbered when
    // the board has more than one of the role), or, with NAMES, the rater's name where given.
    QString label(std::size_t index, bool names = false) const;
    // The same numbering for a list of ROLES in the order the ratings came: "Chair",
    // "Non-executive director 2" for the role at INDEX. The board's list of members uses it too.
    static QString roleNumbered(const QStringList &roles, qsizetype index);

private:
    std::vector<Rating> m_ratings;
    QStringList m_notices;
};

} // namespace ahplead
