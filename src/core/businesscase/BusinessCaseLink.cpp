#include "core/businesscase/BusinessCaseLink.h"

#include "core/assessment/Maturity.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <climits>

namespace ahplead {

namespace {

const QString BoardFramework = QStringLiteral("board");

std::vector<EvidenceNote> evidenceFor(const Recommendation &rec, const Assessment &assessment,
                                      const Framework &framework)
{
    std::vector<EvidenceNote> notes;
    for (const EvidenceLink &link : rec.evidence) {
        const auto it = assessment.answers.constFind(link.questionId);
        if (it == assessment.answers.cend())
            continue;
        // Only what falls short: the case for change quotes the gaps, not what is in place.
        if (it->value != AnswerValue::NotInPlace && it->value != AnswerValue::Partial)
            continue;
        const Question *question = framework.question(link.questionId);
        notes.push_back({link.questionId, question ? question->text : link.questionId, framework.label(it->value),
                         it->evidence, it->flagged});
    }
    return notes;
}

CaseForChangeItem itemFor(const RecommendationResult &result, const Recommendation &rec, const ScoreCard &card,
                          const Assessment &assessment, const Framework &framework)
{
    CaseForChangeItem item;
    item.recommendationId = rec.id;
    item.title = rec.title;
    item.text = rec.text;
    item.action = rec.action;
    item.critical = rec.critical;
    item.status = result.status;
    item.statusText = statusLabel(result.status);
    item.citations = rec.citations;
    for (const Action &action : card.actions)
        if (action.recommendationId == rec.id)
            item.rank = action.rank;
    item.evidence = evidenceFor(rec, assessment, framework);
    return item;
}

} // namespace

Result<CaseForChange> BusinessCaseLink::caseForChange(const BusinessCase &bc, const Assessment &assessment,
                                                      const ScoreCard &card, const Framework &framework)
{
    if (assessment.frameworkId != BoardFramework)
        return fail(QStringLiteral("the case for change comes from a board assessment; this assessment is against "
                                   "the %1 framework")
                        .arg(assessment.frameworkId));
    if (framework.id != assessment.frameworkId || framework.version != assessment.frameworkVersion ||
        card.frameworkId != framework.id || card.frameworkVersion != framework.version)
        return fail(QStringLiteral("the assessment (%1 %2), its score card (%3 %4) and the framework (%5) do not "
                                   "match; score the assessment against the framework it names")
                        .arg(assessment.frameworkId, assessment.frameworkVersion, card.frameworkId,
                             card.frameworkVersion, framework.key()));

    CaseForChange c;
    c.organisation = assessment.organisation.name;
    c.assessmentTitle = assessment.title;
    c.framework = framework.key();
    c.frameworkTitle = framework.title;
    c.assessedBy = assessment.assessor.role.isEmpty()
                       ? assessment.assessor.name
                       : assessment.assessor.name + QStringLiteral(", ") + assessment.assessor.role;
    if (assessment.updatedAt.isValid())
        c.assessedOn = assessment.updatedAt.toUTC().date().toString(Qt::ISODate);
    c.status = assessment.status;
    c.overallScore = card.overallScore;
    c.overallLevel = card.overallLevel;
    c.overallLevelName = card.overallLevel >= 0 ? Maturity::name(card.overallLevel)
                         : card.provisional     ? card.provisionalText()
                                                : QStringLiteral("Not assessed");
    c.levelCapReason = card.levelCapReason;
    c.provisional = card.provisional;
    c.noCriticalGapsText = card.noCriticalGapsText();
    for (const DomainScore &d : card.domains)
        c.domains.push_back({d.title, d.score, d.level,
                             d.level >= 0               ? Maturity::name(d.level)
                             : d.score && d.provisional ? QStringLiteral("Provisional")
                                                        : QStringLiteral("Not assessed")});

    for (const RecommendationResult &result : card.recommendations) {
        const bool unmet =
            result.status == RecommendationStatus::NotMet || result.status == RecommendationStatus::PartiallyMet;
        const Recommendation *rec = framework.recommendation(result.id);
        if (!unmet || !rec)
            continue;
        CaseForChangeItem item = itemFor(result, *rec, card, assessment, framework);
        (rec->critical ? c.criticalGaps : c.unmetRecommendations).push_back(std::move(item));
    }
    // In the order of the assessment's action plan, so the case leads with what matters most.
    auto byRank = [](const CaseForChangeItem &a, const CaseForChangeItem &b) {
        const int ra = a.rank > 0 ? a.rank : INT_MAX;
        const int rb = b.rank > 0 ? b.rank : INT_MAX;
        return ra < rb;
    };
    std::stable_sort(c.criticalGaps.begin(), c.criticalGaps.end(), byRank);
    std::stable_sort(c.unmetRecommendations.begin(), c.unmetRecommendations.end(), byRank);

    if (!bc.organisation.sameAs(assessment.organisation))
        c.warnings << QStringLiteral("The assessment is of %1, not %2.")
                          .arg(assessment.organisation.name, bc.organisation.name);
    if (assessment.status == QLatin1String("draft"))
        c.warnings << QStringLiteral("The assessment is still a draft; its findings may change.");
    if (!card.unansweredQuestions.isEmpty())
        c.warnings << QStringLiteral("%1 of the assessment's %2 questions are unanswered.")
                          .arg(card.unansweredQuestions.size())
                          .arg(card.questions);
    return c;
}

QString BusinessCaseLink::assessmentPath(const QString &caseFile, const BusinessCase &bc)
{
    if (bc.boardAssessment.isEmpty())
        return {};
    if (QDir::isAbsolutePath(bc.boardAssessment))
        return QDir::cleanPath(bc.boardAssessment);
    return QDir::cleanPath(QFileInfo(caseFile).absolutePath() + QLatin1Char('/') + bc.boardAssessment);
}

} // namespace ahplead
