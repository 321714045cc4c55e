#pragma once

#include "ScoreCard.h"

#include <nlohmann/json.hpp>

namespace ahplead {

// The score card as JSON (`ahplead-cli score --json`, and inside submissions).
class ScoreCardJson {
public:
    static nlohmann::ordered_json toJson(const ScoreCard &card);
};

} // namespace ahplead
