#include "CaseLink.h"

#include "Scorer.h"
#include "Workspace.h"

namespace ahplead {

CaseLinkResult CaseLink::find(Workspace &workspace, const BusinessCase &bc)
{
    CaseLinkResult result;
    const QString leftOut = tr("so the strategic case has no case for change from the board's self-assessment");
    auto list = workspace.store().assessments();
    if (!list) {
        result.warnings << tr("The assessments in the store could not be read (%1), %2.").arg(list.message(), leftOut);
        return result;
    }
    const Organisation organisation{bc.organisation.name, bc.organisation.odsCode, bc.organisation.ics,
                                    bc.organisation.region, bc.organisation.type};
    std::vector<Assessment> candidates;
    for (const AssessmentSummary &s : list.value()) {
        if (s.frameworkId != QLatin1String("board") || !Workspace::sameOrganisation(s.organisation, organisation))
            continue;
        if (auto a = workspace.store().assessment(s.id))
            candidates.push_back(std::move(a.value()));
    }
    const Assessment *latest = BusinessCaseLink::latestBoardAssessment(candidates, bc.organisation);
    if (!latest) {
        result.warnings << tr("There is no board self-assessment of %1 in this store, %2. Complete one (or import it) "
                              "and it is used here.")
                               .arg(bc.organisation.name.trimmed().isEmpty() ? tr("this organisation")
                                                                             : bc.organisation.name.trimmed(),
                                    leftOut);
        return result;
    }
    result.assessmentId = latest->id;
    result.assessmentTitle = latest->title;
    const Framework *framework = workspace.framework(latest->frameworkId, latest->frameworkVersion);
    if (!framework) {
        result.warnings << tr("The board self-assessment \"%1\" was answered against framework %2 %3, which this "
                              "version of ahplead does not have, %4.")
                               .arg(latest->title, latest->frameworkId, latest->frameworkVersion, leftOut);
        return result;
    }
    auto linked = BusinessCaseLink::caseForChange(bc, *latest, Scorer::score(*framework, *latest), *framework);
    if (!linked) {
        result.warnings << tr("%1, %2.").arg(linked.message(), leftOut);
        return result;
    }
    result.warnings << linked->warnings;
    result.caseForChange = std::move(linked).value();
    return result;
}

} // namespace ahplead
