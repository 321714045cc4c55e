#pragma once

#include "report/businesscase/CaseBlockWriter.h"
#include "report/businesscase/CaseContext.h"

namespace ahplead {

// Sections 4 to 6 of the business case document, how the preferred option would be
// delivered: the commercial case (4: the posts to recruit and their pay), the financial case
// (5: what each option costs the trust's own budget, on the affordability basis) and the
// management case (6: governance, milestones, benefits realisation and risks to delivery).
class DeliveryCaseBuilder {
public:
    static void commercialCase(CaseBlockWriter &w, const CaseContext &c);
    static void financialCase(CaseBlockWriter &w, const CaseContext &c);
    static void managementCase(CaseBlockWriter &w, const CaseContext &c);
};

} // namespace ahplead
