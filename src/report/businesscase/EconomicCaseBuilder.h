#pragma once

#include "report/businesscase/CaseBlockWriter.h"
#include "report/businesscase/CaseContext.h"

namespace ahplead {

// Section 3 of the business case document, the economic case: which option gives the best
// value for money. Each shortlisted option with its costs, benefits and risks (3.1), the cost
// analysis (3.2, written by CostAnalysisBuilder) and the quality and equality impact
// assessment (3.3).
class EconomicCaseBuilder {
public:
    static void write(CaseBlockWriter &w, const CaseContext &c);
};

} // namespace ahplead
