#pragma once

#include "core/assessment/TrackedAction.h"

#include <QHash>

#include <nlohmann/json.hpp>

namespace ahplead {

class Framework;
class JsonReader;

// The tracked actions of an assessment as JSON: one array, the same in the assessment file
// ("actions") and in the store's board_paper column, so there is one way to read and write them.
class ActionTracking {
public:
    using Actions = QHash<QString, TrackedAction>; // by recommendation id

    // The actions with anything entered, in FRAMEWORK's order of recommendations (by id when
    // FRAMEWORK is null), so two writes of the same actions are byte for byte the same.
    static nlohmann::ordered_json toJson(const Actions &actions, const Framework *framework);
    // Reads the array at R; a recommendation FRAMEWORK does not have, a status or a date that
    // is not one, or a recommendation given twice fails R with where and what was expected.
    // Without FRAMEWORK (the store, which checked on the way in) any id is kept.
    static Actions fromJson(const JsonReader &r, const Framework *framework);

    // How many of ACTIONS are past their target date on TODAY and not done.
    static int overdueCount(const Actions &actions, const QDate &today);
};

} // namespace ahplead
