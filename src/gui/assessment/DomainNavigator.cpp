#include "gui/assessment/DomainNavigator.h"

#include "core/assessment/Maturity.h"
#include "gui/app/Texts.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/StepDelegate.h"

#include <cmath>

namespace ahplead {

DomainNavigator::DomainNavigator(AssessmentSession &session, QWidget *parent) : QListWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("navigator"));
    setAccessibleName(tr("Sections"));
    setAccessibleDescription(tr("The sections of the assessment and how many questions of each are answered. "
                                "Use Up and Down to move between them."));
    StepDelegate::install(this, 10, 20, ProgressRole);
    int n = 0;
    for (const Domain &domain : session.framework().domains) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(++n).arg(domain.title), this);
        item->setData(Qt::UserRole, domain.id);
    }
    auto *results = new QListWidgetItem(Icons::get(QStringLiteral("results")), tr("Results"), this);
    results->setData(Qt::UserRole, QString());
    refresh();
}

void DomainNavigator::refresh()
{
    const auto &domains = m_session.framework().domains;
    for (std::size_t i = 0; i < domains.size(); ++i) {
        const Domain &domain = domains[i];
        const int answered = m_session.answeredIn(domain);
        const int total = static_cast<int>(domain.questions.size());
        const int flagged = m_session.flaggedIn(domain);
        QString progress = Texts::answeredCount(answered, total);
        if (flagged > 0)
            progress += tr(", %n flagged", nullptr, flagged);
        if (const int open = m_session.toAgreeIn(domain); open > 0)
            progress += tr(", %1 not yet agreed").arg(open);
        QListWidgetItem *it = item(static_cast<int>(i));
        it->setData(ProgressRole, progress);
        it->setIcon(Icons::get(answered == 0       ? QStringLiteral("progress-none")
                               : answered == total ? QStringLiteral("progress-done")
                                                   : QStringLiteral("progress-some")));
        it->setData(Qt::AccessibleTextRole, tr("Section %1: %2").arg(it->text(), progress));
        it->setToolTip(progress);
    }
    const ScoreCard &card = m_session.scoreCard();
    QListWidgetItem *results = item(resultsRow());
    const QString summary =
        card.overallScore
            ? tr("Overall %1, %2").arg(std::lround(*card.overallScore)).arg(Maturity::name(card.overallLevel))
        : card.provisional ? card.provisionalText()
                           : tr("Not scored yet");
    results->setData(ProgressRole, summary);
    results->setData(Qt::AccessibleTextRole, tr("Results: %1").arg(summary));
}

QSize DomainNavigator::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 42, 400};
}

} // namespace ahplead
