#pragma once

#include "core/assessment/Rater.h"

#include <nlohmann/json.hpp>

namespace ahplead {

class JsonReader;

// The rating block as JSON: the same in a rating file ("rating") and in the store's
// board_paper column, so a rating file imported into the app and exported again keeps it.
class RaterJson {
public:
    static nlohmann::ordered_json toJson(const Rater &rater);
    // Reads the block at R; an id that is not a UUID or a role that is not one fails R.
    static Rater fromJson(const JsonReader &r);
};

} // namespace ahplead
