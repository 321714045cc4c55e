#include "core/assessment/Framework.h"

namespace ahplead {

void Framework::index()
{
    m_questions.clear();
    m_domains.clear();
    m_recommendations.clear();
    for (int d = 0; d < int(domains.size()); ++d) {
        m_domains.insert(domains[d].id, d);
        for (int q = 0; q < int(domains[d].questions.size()); ++q)
            m_questions.insert(domains[d].questions[q].id, Position{d, q});
    }
    for (int r = 0; r < int(recommendations.size()); ++r)
        m_recommendations.insert(recommendations[r].id, r);
}

const Question *Framework::question(const QString &questionId) const
{
    const auto it = m_questions.constFind(questionId);
    return it == m_questions.cend() ? nullptr : &domains[it->domain].questions[it->question];
}

const Domain *Framework::domainOfQuestion(const QString &questionId) const
{
    const auto it = m_questions.constFind(questionId);
    return it == m_questions.cend() ? nullptr : &domains[it->domain];
}

const Domain *Framework::domain(const QString &domainId) const
{
    const auto it = m_domains.constFind(domainId);
    return it == m_domains.cend() ? nullptr : &domains[*it];
}

const Recommendation *Framework::recommendation(const QString &recommendationId) const
{
    const auto it = m_recommendations.constFind(recommendationId);
    return it == m_recommendations.cend() ? nullptr : &recommendations[*it];
}

const ScaleOption *Framework::scaleOption(AnswerValue value) const
{
    for (const ScaleOption &option : scale)
        if (option.value == value)
            return &option;
    return nullptr;
}

QString Framework::label(AnswerValue value) const
{
    if (const ScaleOption *option = scaleOption(value))
        return option->label;
    return QStringLiteral("Not applicable");
}

int Framework::questionCount() const
{
    return int(m_questions.size());
}

} // namespace ahplead
