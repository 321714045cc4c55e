#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"
#include "core/rating/Consensus.h"
#include "core/rating/RatingSet.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace ahplead {

// The board's consensus draft merged from its rating files: an ordinary assessment (no rating
// block, status draft) that takes every answer all raters gave alike, with the spread and the
// raters' notes as its evidence note ("Ratings: 7 in place. Chair: …"). A question the raters
// did not all answer alike is left unanswered for the board to settle, with its spread in the
// assessment's `toAgree` (kept in the file and the store, shown by the app) and listed in `open`
// (the CLI prints it).
class ConsensusDraft {
public:
    struct Open {
        QString questionId;
        QString note; // "Not agreed. Ratings: 3 in place, 2 partly in place. Chair: …"
    };
    struct Draft {
        Assessment assessment;
        int agreed = 0;
        std::vector<Open> open; // framework order
    };

    static Draft build(const Framework &framework, const RatingSet &ratings, const Consensus &consensus,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "Ratings: 3 in place, 2 partly in place, 2 not in place. Chair: … Non-executive director 2: …"
    static QString note(const Disagreement &question, const Framework &framework);
};

} // namespace ahplead
