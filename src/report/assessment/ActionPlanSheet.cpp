#include "report/assessment/ActionPlanSheet.h"

namespace ahplead {

QStringList ActionPlanSheet::headers()
{
    return {QStringLiteral("Organisation"),
            QStringLiteral("ODS code"),
            QStringLiteral("Assessment date"),
            QStringLiteral("Priority"),
            QStringLiteral("Recommendation ID"),
            QStringLiteral("Recommendation"),
            QStringLiteral("Critical"),
            QStringLiteral("Status now"),
            QStringLiteral("Action"),
            QStringLiteral("Sources"),
            QStringLiteral("Owner"),
            QStringLiteral("Target date"),
            QStringLiteral("Progress"),
            QStringLiteral("Overdue"),
            QStringLiteral("Note")};
}

Document ActionPlanSheet::build(const ReportModel &m)
{
    Document d;
    d.title = QString(m.title + QStringLiteral(": action plan"));
    d.organisation = m.organisation;
    d.dateText = m.dateText;
    d.documentTitle = d.title;
    d.author = m.author;
    d.creator = m.creator;
    d.draft = m.draft;
    d.dataHeaders = headers();
    for (const ReportModel::ActionRow &a : m.actions)
        d.dataRows.push_back({m.organisation, m.odsCode, m.dateText, QString::number(a.rank), a.recommendationId,
                              a.title, a.critical ? QStringLiteral("Yes") : QStringLiteral("No"), a.statusText,
                              a.action, a.citations, a.owner, a.targetDateIso, a.progressText,
                              a.overdue ? QStringLiteral("Yes") : QStringLiteral("No"), a.note});
    return d;
}

} // namespace ahplead
