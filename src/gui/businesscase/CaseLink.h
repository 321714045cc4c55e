#pragma once

#include "core/businesscase/BusinessCase.h"
#include "core/businesscase/BusinessCaseLink.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace ahplead {

class Workspace;

// What the organisation's latest board assessment says for a business case.
struct CaseLinkResult {
    std::optional<CaseForChange> caseForChange;
    qint64 assessmentId = 0;
    QString assessmentTitle;
    // Why there is no case for change, or what to bear in mind about it (still a draft...).
    QStringList warnings;
};

// Finds the organisation's latest board self-assessment in the store (matched by ODS code,
// else by name) and turns its critical gaps and unmet recommendations into the strategic
// case's case for change, the same core calls (BusinessCaseLink) the CLI makes from a file.
class CaseLink {
    Q_DECLARE_TR_FUNCTIONS(CaseLink)

public:
    static CaseLinkResult find(Workspace &workspace, const BusinessCase &businessCase);
};

} // namespace ahplead
