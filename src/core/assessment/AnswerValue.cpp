#include "core/assessment/AnswerValue.h"

namespace ahplead {

namespace {
struct Name {
    AnswerValue value;
    const char *text;
};
constexpr Name names[] = {
    {AnswerValue::NotInPlace, "not_in_place"},
    {AnswerValue::Partial, "partial"},
    {AnswerValue::InPlace, "in_place"},
    {AnswerValue::NotApplicable, "not_applicable"},
};
} // namespace

QString toString(AnswerValue value)
{
    for (const Name &n : names)
        if (n.value == value)
            return QString::fromLatin1(n.text);
    return {};
}

std::optional<AnswerValue> answerValueFromString(const QString &text)
{
    for (const Name &n : names)
        if (text == QLatin1String(n.text))
            return n.value;
    return std::nullopt;
}

QString allAnswerValues()
{
    QStringList list;
    for (const Name &n : names)
        list << QString::fromLatin1(n.text);
    return list.join(QStringLiteral(", "));
}

} // namespace ahplead
