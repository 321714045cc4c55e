#include "core/rating/Consensus.h"

#include "core/assessment/Scorer.h"

#include <algorithm>

namespace ahplead {

namespace {

Disagreement consensusQuestion(const Framework &framework, const Domain &domain, const Question &question, int order,
                               const RatingSet &ratings, const QStringList &labels)
{
    Disagreement d;
    d.questionId = question.id;
    d.domainId = domain.id;
    d.text = question.text;
    d.order = order;
    d.raters = static_cast<int>(ratings.size());
    std::vector<AnswerValue> given;
    given.reserve(ratings.size());
    for (std::size_t i = 0; i < ratings.size(); ++i) {
        const auto &answers = ratings.ratings()[i].assessment.answers;
        const auto it = answers.constFind(question.id);
        if (it == answers.cend()) {
            ++d.unanswered;
            continue;
        }
        ++d.counts.at(static_cast<std::size_t>(it->value));
        given.push_back(it->value);
        if (!it->evidence.trimmed().isEmpty())
            d.notes.push_back({labels.at(static_cast<qsizetype>(i)), it->evidence.trimmed()});
    }
    d.measure = Disagreement::measureOf(given, framework);
    return d;
}

} // namespace

Consensus Consensus::build(const Framework &framework, const RatingSet &ratings, bool names)
{
    Consensus c;
    const Assessment &first = ratings.first();
    c.title = first.title;
    c.organisation = first.organisation;
    c.frameworkId = framework.id;
    c.frameworkVersion = framework.version;
    c.frameworkTitle = framework.title;
    c.invitationId = first.rating ? first.rating->invitationId : QString();
    c.names = names;
    c.notices = ratings.notices();
    for (std::size_t i = 0; i < ratings.size(); ++i)
        c.raters << ratings.label(i, names);

    int order = 0;
    for (const Domain &domain : framework.domains)
        for (const Question &question : domain.questions)
            c.questions.push_back(consensusQuestion(framework, domain, question, order++, ratings, c.raters));

    for (const Domain &domain : framework.domains)
        c.domains.push_back({domain.id, domain.title, std::nullopt, std::nullopt, 0, 0});
    for (const RatingSet::Rating &rating : ratings.ratings()) {
        const ScoreCard card = Scorer::score(framework, rating.assessment);
        for (DomainRange &range : c.domains) {
            const DomainScore *score = card.domain(range.id);
            if (!score || !score->score) {
                ++range.unscored;
                continue;
            }
            ++range.scored;
            range.lowest = range.lowest ? std::min(*range.lowest, *score->score) : *score->score;
            range.highest = range.highest ? std::max(*range.highest, *score->score) : *score->score;
        }
    }
    return c;
}

std::vector<const Disagreement *> Consensus::byDisagreement() const
{
    std::vector<const Disagreement *> list;
    for (const Disagreement &d : questions)
        if (!d.unanimous() && d.answered() > 0)
            list.push_back(&d);
    // Stable, and the questions are in framework order, so ties stay in framework order.
    std::stable_sort(list.begin(), list.end(),
                     [](const Disagreement *a, const Disagreement *b) { return a->measure > b->measure; });
    return list;
}

std::vector<const Disagreement *> Consensus::unanimous() const
{
    std::vector<const Disagreement *> list;
    for (const Disagreement &d : questions)
        if (d.unanimous())
            list.push_back(&d);
    return list;
}

} // namespace ahplead
