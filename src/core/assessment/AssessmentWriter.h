#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace ahplead {

// Writes an assessment as an `ahplead.assessment` file, answers in the framework's order
// so two exports of the same assessment are byte-for-byte the same.
class AssessmentWriter {
public:
    static nlohmann::ordered_json toJson(const Assessment &assessment, const Framework &framework);
    static QByteArray toBytes(const Assessment &assessment, const Framework &framework);
    // ASSESSMENT's questions still to agree, leaving out any that has an answer, in FRAMEWORK's
    // order (by id when FRAMEWORK is null, as in the store): an empty array when there are none.
    static nlohmann::ordered_json toAgreeJson(const Assessment &assessment, const Framework *framework);
};

} // namespace ahplead
