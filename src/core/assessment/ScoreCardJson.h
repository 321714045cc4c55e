#pragma once

#include "core/assessment/ScoreCard.h"

#include <nlohmann/json.hpp>

namespace ahplead {

// The score card as JSON (`ahplead-cli score --json`, and inside submissions).
class ScoreCardJson {
public:
    // Brief leaves out what the framework already holds (titles, action texts, citations):
    // submissions carry the brief form, which halves their size.
    enum class Detail { Full, Brief };
    static nlohmann::ordered_json toJson(const ScoreCard &card, Detail detail = Detail::Full);
};

} // namespace ahplead
