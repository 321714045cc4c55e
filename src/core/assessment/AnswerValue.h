#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ahplead {

// The answers a question can take. Frameworks label them in their own words;
// the stored and exchanged values are these four, so files stay comparable.
enum class AnswerValue { NotInPlace, Partial, InPlace, NotApplicable };

QString toString(AnswerValue value);
std::optional<AnswerValue> answerValueFromString(const QString &text);
// "not_in_place, partial, in_place, not_applicable", for messages.
QString allAnswerValues();

} // namespace ahplead
