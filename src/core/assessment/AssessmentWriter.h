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
};

} // namespace ahplead
