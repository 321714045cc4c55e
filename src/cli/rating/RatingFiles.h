#pragma once

#include "cli/app/CommandContext.h"
#include "core/assessment/Framework.h"
#include "core/rating/RatingSet.h"

#include <QStringList>

#include <optional>

namespace ahplead {

// The rating files of `merge` and `consensus`, read into one RatingSet with its framework, the
// same way for both; a notice (a rater who sent twice) goes to err() as a note.
class RatingFiles {
public:
    struct Loaded {
        RatingSet ratings;
        const Framework *framework = nullptr;
    };
    // Nothing after printing why to err().
    static std::optional<Loaded> read(CommandContext &context, const QStringList &paths);
};

} // namespace ahplead
