#pragma once

#include "core/base/Result.h"
#include "core/businesscase/BusinessCase.h"

#include <QString>

#include <vector>

namespace ahplead {

// One thing wrong with one field, named by the JSON pointer the field has in an
// `ahplead.businesscase` file, so the reader, the CLI and the GUI all say the same
// ("/options/2/posts/0/wte: -1 must not be negative") and the GUI can find the field.
struct FieldProblem {
    QString pointer;
    QString message;
    QString text() const { return pointer + QStringLiteral(": ") + message; }
};

// The rules a business case must keep beyond its JSON types: no negative WTE or headcount,
// percentages within 0-100, every metric with its period and source, exactly one do-nothing
// option, benefits tied to metrics that exist, and limits that keep every cost finite.
class BusinessCaseValidator {
public:
    // Every problem, in the order the fields appear in a file.
    static std::vector<FieldProblem> problems(const BusinessCase &businessCase);
    // The first problem as an Error ("FILE: pointer: message"), or success.
    static Status check(const BusinessCase &businessCase, const QString &fileName = {});
};

} // namespace ahplead
