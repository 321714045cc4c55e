#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/FrameworkLibrary.h"
#include "core/base/Result.h"

#include <nlohmann/json.hpp>

namespace ahplead {

class JsonReader;

// Reads `ahplead.assessment` files (formatVersion 1) and checks them against the framework
// version they name. Every refusal names the file, the JSON pointer and what was expected.
class AssessmentReader {
public:
    static constexpr int CurrentFormatVersion = 1;

    static Result<Assessment> read(const QString &path, const FrameworkLibrary &library);
    static Result<Assessment> parse(const QByteArray &bytes, const QString &fileName, const FrameworkLibrary &library);
    static Result<Assessment> fromJson(const nlohmann::json &doc, const QString &fileName,
                                       const FrameworkLibrary &library);

    // The questions still to agree ("toAgree", the same in the file and the store's board_paper
    // column): a question FRAMEWORK does not have, one given twice, or a note that is empty or
    // too long fails R with where and what was expected. Without FRAMEWORK (the store, which
    // checked on the way in) any id is kept.
    static QHash<QString, QString> toAgreeFromJson(const JsonReader &r, const Framework *framework);
};

} // namespace ahplead
