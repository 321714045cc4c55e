#pragma once

#include "report/businesscase/BusinessCaseModel.h"
#include "report/businesscase/CaseBlockWriter.h"
#include "report/businesscase/CaseContext.h"

#include <QStringList>

namespace ahplead {

// The front of the business case document: the cover (title, details table, purpose, file
// metadata) and section 1, the executive summary (recommendation, key figures of the
// preferred option, the case in brief and the options at a glance).
class CaseSummaryBuilder {
public:
    // Fills the cover and page furniture of M; WARNINGS are the notes on this paper.
    static void cover(BusinessCaseModel &m, const CaseContext &c, const QStringList &warnings);
    static void executiveSummary(CaseBlockWriter &w, const CaseContext &c, const QStringList &warnings);
};

} // namespace ahplead
