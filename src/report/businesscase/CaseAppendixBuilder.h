#pragma once

#include "report/businesscase/CaseBlockWriter.h"
#include "report/businesscase/CaseContext.h"

namespace ahplead {

// The appendices of the business case document: where this case covers each item of the chief
// AHP handbook's section 3.1 (appendix A), and how the costs are worked out, with the discount
// factors, the dated parameters of the costing and its assumptions (appendix B).
class CaseAppendixBuilder {
public:
    static void handbookCoverage(CaseBlockWriter &w);
    static void costingMethod(CaseBlockWriter &w, const CaseContext &c);
};

} // namespace ahplead
