#include "cli/assessment/ScoreCardText.h"

#include "core/assessment/CitationText.h"
#include "core/assessment/Maturity.h"
#include "core/assessment/Scorer.h"

#include <QStringList>

#include <cmath>

namespace ahplead {

namespace {

QString whole(std::optional<double> score)
{
    return score ? QString::number(std::lround(*score)) : QStringLiteral("-");
}

QString levelText(int level)
{
    return level < 0 ? QStringLiteral("not assessed")
                     : QStringLiteral("level %1 %2").arg(level).arg(Maturity::name(level));
}

} // namespace

QString ScoreCardText::header(const Assessment &a, const Framework &fw)
{
    QString text = a.organisation.name;
    if (!a.organisation.odsCode.isEmpty())
        text += QStringLiteral(" (") + a.organisation.odsCode + QLatin1Char(')');
    text += QLatin1Char('\n');
    if (!a.title.isEmpty())
        text += a.title + QStringLiteral(" - ");
    text += fw.title + QStringLiteral(", ") + fw.key() + QLatin1Char('\n');
    text += QStringLiteral("Assessed by ") + a.assessor.name;
    if (!a.assessor.role.isEmpty())
        text += QStringLiteral(", ") + a.assessor.role;
    text += QStringLiteral("; status ") + a.status + QLatin1Char('\n');
    return text;
}

QString ScoreCardText::overall(const ScoreCard &card)
{
    QString text =
        card.provisional
            ? QStringLiteral("Overall: %1 (no level yet: %2)\n").arg(card.provisionalText(), card.provisionalReason)
            : QStringLiteral("Overall: %1 / 100, %2\n").arg(whole(card.overallScore), levelText(card.overallLevel));
    if (!card.levelCapReason.isEmpty())
        text +=
            QStringLiteral("  The score alone gives %1; %2.\n").arg(levelText(card.uncappedLevel), card.levelCapReason);
    text += QStringLiteral("Answered %1 of %2 questions (%3 not applicable, %4 flagged for review)\n")
                .arg(card.answered)
                .arg(card.questions)
                .arg(card.notApplicable)
                .arg(card.flagged);
    if (!card.unansweredQuestions.isEmpty())
        text += QStringLiteral("Unanswered (%1): %2\n")
                    .arg(card.unansweredQuestions.size())
                    .arg(card.unansweredQuestions.join(QStringLiteral(", ")));
    return text;
}

QString ScoreCardText::domains(const ScoreCard &card)
{
    QString text = QStringLiteral("Domain scores\n");
    for (const DomainScore &d : card.domains)
        text +=
            QStringLiteral("  %1 %2  %3  %4 of %5 answered\n")
                .arg(d.title.leftJustified(40, QLatin1Char(' '), true))
                .arg(whole(d.score).rightJustified(3))
                .arg((d.provisional && d.score ? QStringLiteral("provisional") : levelText(d.level)).leftJustified(22))
                .arg(d.answered)
                .arg(d.questions);
    return text;
}

QString ScoreCardText::criticalGaps(const Framework &fw, const ScoreCard &card)
{
    QString text = QStringLiteral("Critical gaps (%1)\n").arg(card.criticalGaps.size());
    if (card.criticalGaps.isEmpty())
        text += QStringLiteral("  ") + card.noCriticalGapsText() + QLatin1Char('\n');
    for (const QString &id : card.criticalGaps) {
        const RecommendationResult *r = card.recommendation(id);
        text += QStringLiteral("  ! %1 (%2)\n    Source: %3\n")
                    .arg(r->title, statusLabel(r->status).toLower(),
                         CitationText::citations(fw.recommendation(id)->citations));
    }
    return text;
}

QString ScoreCardText::recommendations(const ScoreCard &card)
{
    QString text = QStringLiteral("Recommendations (%1)\n").arg(card.recommendations.size());
    for (const RecommendationResult &r : card.recommendations) {
        text += QStringLiteral("  %1 %2%3")
                    .arg(QString(QLatin1Char('[') + statusLabel(r.status) + QLatin1Char(']')).leftJustified(16),
                         r.title, r.critical ? QStringLiteral(" (critical)") : QString());
        if (!r.reason.isEmpty())
            text += QStringLiteral(": ") + r.reason;
        text += QLatin1Char('\n');
    }
    return text;
}

QString ScoreCardText::actionPlan(const ScoreCard &card)
{
    QString text = QStringLiteral("Action plan (%1)\n").arg(card.actions.size());
    if (card.actions.empty())
        text += QStringLiteral("  ") + Scorer::noActionsText(card) + QLatin1Char('\n');
    for (const Action &a : card.actions)
        text += QStringLiteral("  %1. %2%3 (%4)\n     %5\n     Source: %6\n")
                    .arg(a.rank)
                    .arg(a.critical ? QStringLiteral("[critical] ") : QString(), a.title,
                         statusLabel(a.status).toLower(), a.action, CitationText::citations(a.citations));
    return text;
}

QString ScoreCardText::render(const Assessment &assessment, const Framework &framework, const ScoreCard &card)
{
    return header(assessment, framework) + QLatin1Char('\n') + overall(card) + QLatin1Char('\n') + domains(card) +
           QLatin1Char('\n') + criticalGaps(framework, card) + QLatin1Char('\n') + recommendations(card) +
           QLatin1Char('\n') + actionPlan(card);
}

} // namespace ahplead
