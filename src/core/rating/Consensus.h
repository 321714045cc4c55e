#pragma once

#include "core/assessment/Framework.h"
#include "core/rating/Disagreement.h"
#include "core/rating/RatingSet.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ahplead {

// What a board's ratings say together, for the discussion where the board agrees: for every
// question the spread of answers and the notes, a measure of how far apart the raters were, the
// questions all answered alike, and per domain the range of the raters' own domain scores
// (each rating scored on its own by the Scorer). Raters are named by role and number
// ("Non-executive director 2") unless names are chosen.
class Consensus {
public:
    struct DomainRange {
        QString id;
        QString title;
        std::optional<double> lowest; // 0-100; empty when no rater has a score for the domain
        std::optional<double> highest;
        int scored = 0;   // raters with a score for the domain
        int unscored = 0; // raters who answered nothing applicable in it
    };

    QString title; // the board assessment's title
    Organisation organisation;
    QString frameworkId;
    QString frameworkVersion;
    QString frameworkTitle;
    QString invitationId;
    bool names = false;
    QStringList raters; // each rater's label, in the order of the rating set
    QStringList notices;
    std::vector<DomainRange> domains;    // framework order
    std::vector<Disagreement> questions; // framework order

    static Consensus build(const Framework &framework, const RatingSet &ratings, bool names = false);

    // Largest disagreement first, ties in framework order. Questions all answered alike are
    // left out (unanimous() lists them), and so are questions no rater answered.
    std::vector<const Disagreement *> byDisagreement() const;
    std::vector<const Disagreement *> unanimous() const;
};

} // namespace ahplead
