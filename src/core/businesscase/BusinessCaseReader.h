#pragma once

#include "core/base/Result.h"
#include "core/businesscase/BusinessCase.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace ahplead {

// Reads `ahplead.businesscase` files (formatVersion 1). JSON types are checked here and the
// rules on values by BusinessCaseValidator, so a refusal always reads
// "FILE: /json/pointer: what was expected", and nothing half-read is ever returned.
class BusinessCaseReader {
public:
    static constexpr int CurrentFormatVersion = 1;

    static Result<BusinessCase> read(const QString &path);
    static Result<BusinessCase> parse(const QByteArray &bytes, const QString &fileName);
    static Result<BusinessCase> fromJson(const nlohmann::json &doc, const QString &fileName);

    // A draft: the JSON types are checked as above but not the rules on values, so a case still
    // being written (a metric with no period yet, no do-nothing option) can be kept in the
    // store and shown with its problems (BusinessCaseValidator::problems) rather than refused.
    static Result<BusinessCase> parseDraft(const QByteArray &bytes, const QString &fileName);
    static Result<BusinessCase> readDraft(const QString &path);
    static Result<BusinessCase> draftFromJson(const nlohmann::json &doc, const QString &fileName);
};

} // namespace ahplead
