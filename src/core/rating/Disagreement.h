#pragma once

#include "core/assessment/AnswerValue.h"
#include "core/assessment/Framework.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace ahplead {

// How a board's raters answered one question: how many gave each answer, their notes, and
// how far apart they were.
//
// The measure adds up the distance between every two raters who answered, on the framework's
// scale (not in place 0, partly 0.5, in place 1; "not applicable" against any other answer is
// the full distance, 1), and divides by the most it could be for that many raters (half of
// them at each end). So it is 0 when all agree and 1 when the board is split down the middle
// between the two ends, whatever the size of the board. Raters who left the question
// unanswered are counted apart and do not change the measure.
class Disagreement {
public:
    struct Note {
        QString rater; // "Non-executive director 2", or a name
        QString text;
    };

    QString questionId;
    QString domainId;
    QString text;                // the question's words
    int order = 0;               // its place in the framework
    std::array<int, 4> counts{}; // by AnswerValue
    int unanswered = 0;
    int raters = 0;
    double measure = 0.0; // 0 to 1
    std::vector<Note> notes;

    int count(AnswerValue value) const { return counts.at(static_cast<std::size_t>(value)); }
    int answered() const { return raters - unanswered; }
    // Every rater answered, all alike.
    bool unanimous() const;
    // The answer every rater gave, when unanimous.
    std::optional<AnswerValue> agreed() const;
    // "3 in place, 2 partly in place, 2 not in place", most in place first, in FRAMEWORK's
    // words; unanswered last ("1 not answered").
    QString spreadText(const Framework &framework) const;
    // The measure as a whole number from 0 (all agree) to 100.
    int measurePercent() const;

    static double measureOf(const std::vector<AnswerValue> &answers, const Framework &framework);
};

} // namespace ahplead
