#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"
#include "core/base/Result.h"
#include "report/document/Document.h"

namespace ahplead {

class Store;

// The board report's section "Where the board's views differed", when the board's members
// rated the trust on their own first (core/rating, BoardRatings): the consensus of their
// finished ratings, placed after the report's numbered sections and before its appendices,
// numbered after them. A board with no finished rating gets no section.
class BoardRatingsSection {
public:
    // False when the store could not read the ratings; REPORT is then unchanged.
    static Status addTo(Document &report, const Store &store, const Assessment &board, const Framework &framework);
    // The same for ratings already read; where the section goes and its number.
    static void insert(Document &report, Document::Section section);
};

} // namespace ahplead
