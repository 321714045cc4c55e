#include "core/rating/ConsensusDraft.h"

namespace ahplead {

namespace {

// A note holds at most 100,000 characters (AssessmentReader, for an evidence note and a question
// still to agree alike); twenty long notes could pass that, and a draft that will not open again
// helps no one.
QString fitNote(QString text)
{
    constexpr qsizetype most = 100000;
    if (text.size() > most)
        text = text.left(most - 1) + QChar(0x2026);
    return text;
}

} // namespace

QString ConsensusDraft::note(const Disagreement &question, const Framework &framework)
{
    QString text = QStringLiteral("Ratings: %1.").arg(question.spreadText(framework));
    for (const Disagreement::Note &n : question.notes) {
        QString words = n.text;
        // One sentence per rater, whatever they typed: ends with a full stop unless it has one.
        if (!words.endsWith(QLatin1Char('.')) && !words.endsWith(QLatin1Char('?')) && !words.endsWith(QLatin1Char('!')))
            words += QLatin1Char('.');
        text += QStringLiteral(" %1: %2").arg(n.rater, words);
    }
    return fitNote(text);
}

ConsensusDraft::Draft ConsensusDraft::build(const Framework &framework, const RatingSet &ratings,
                                            const Consensus &consensus, const QDateTime &now)
{
    Draft draft;
    Assessment &a = draft.assessment;
    const Assessment &first = ratings.first();
    a.title = first.title;
    a.status = QStringLiteral("draft");
    a.frameworkId = framework.id;
    a.frameworkVersion = framework.version;
    a.organisation = first.organisation;
    a.assessor = {QStringLiteral("The board, from %1 ratings").arg(ratings.size()), QString()};
    a.createdAt = now;
    a.updatedAt = now;
    for (const Disagreement &q : consensus.questions) {
        if (const auto value = q.agreed()) {
            Answer answer;
            answer.questionId = q.questionId;
            answer.value = *value;
            answer.evidence = note(q, framework);
            answer.updatedAt = now;
            answer.updatedBy = QStringLiteral("merge of board ratings");
            a.answers.insert(q.questionId, answer);
            ++draft.agreed;
        } else if (q.answered() > 0) {
            const QString spread = fitNote(QStringLiteral("Not agreed. ") + note(q, framework));
            a.toAgree.insert(q.questionId, spread);
            draft.open.push_back({q.questionId, spread});
        }
    }
    return draft;
}

} // namespace ahplead
