#pragma once

#include "core/assessment/Framework.h"
#include "core/base/Result.h"

#include <nlohmann/json.hpp>

namespace ahplead {

// Reads a framework file (data/frameworks/*.json) and checks what the program relies on:
// the shape, unique ids, known source documents, and evidence that names real questions.
class FrameworkLoader {
public:
    static Result<Framework> load(const QString &path);
    static Result<Framework> fromJson(const nlohmann::json &doc, const QString &fileName);

    // The source documents a citation may name (../shared/seeds/README.md).
    static bool isKnownDocument(const QString &documentId);
};

} // namespace ahplead
