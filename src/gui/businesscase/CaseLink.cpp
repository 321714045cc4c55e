#include "gui/businesscase/CaseLink.h"

#include "core/assessment/Scorer.h"
#include "gui/app/Workspace.h"

namespace ahplead {

CaseLinkResult CaseLink::find(Workspace &workspace, const BusinessCase &bc)
{
    CaseLinkResult result;
    const QString leftOut = tr("so the strategic case has no case for change from the board's self-assessment");
    auto found = workspace.store().latestAssessment(bc.organisation, QStringLiteral("board"));
    if (!found) {
        result.warnings << tr("The assessments in the store could not be read (%1), %2.").arg(found.message(), leftOut);
        return result;
    }
    const std::optional<Assessment> &latest = found.value();
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
