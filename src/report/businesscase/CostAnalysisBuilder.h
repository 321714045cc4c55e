#pragma once

#include "report/businesscase/CaseBlockWriter.h"
#include "report/businesscase/CaseContext.h"

#include <QString>

#include <cstddef>

namespace ahplead {

// How the business case document shows what the options cost, from the CostTable that
// CostModel worked out: each option's posts and non-pay costs (3.1), the cost analysis on the
// economic basis (3.2: annual costs, year by year, present values with optimism bias, net
// present social value and the difference from do nothing), and the year-by-year table the
// financial case (5) repeats on the affordability basis.
class CostAnalysisBuilder {
public:
    // The posts of option INDEX with their annual cost, and its one-off costs (economic basis).
    static void optionCosts(CaseBlockWriter &w, const CaseContext &c, std::size_t index, const OptionCost &oc);
    // Section 3.2, the cost analysis on the economic basis.
    static void write(CaseBlockWriter &w, const CaseContext &c);
    // Each option's cost year by year on TABLE's basis (BASIS: "economic basis"), in tables of
    // a few years each.
    static void costByYear(CaseBlockWriter &w, const CaseContext &c, const CostTable &table, const QString &basis);
};

} // namespace ahplead
