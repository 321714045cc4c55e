#pragma once

#include "core/businesscase/BusinessCase.h"
#include "core/businesscase/BusinessCaseLink.h"
#include "core/businesscase/CostTable.h"
#include "core/businesscase/PayScaleYear.h"
#include "core/region/PeerBenchmark.h"

#include <QString>

#include <optional>
#include <vector>

namespace ahplead {

// What every section of the business case document is written from (the case, its costs on
// both pension bases, the pay scales, the case for change and the peer benchmark), with the
// names and stamps the sections share so that every table names an option or a year the same way.
struct CaseContext {
    const BusinessCase &bc;
    const CostTable &economic;
    const CostTable &affordability;
    const PayScaleYear &scales;
    const std::optional<CaseForChange> &caseForChange;
    const PeerBenchmark *peers = nullptr; // the region's peer benchmark, when the document has one

    // "Option 3: Preferred", the name an option has in every table.
    QString optionLabel(const QString &id) const;
    QString yearLabel(int index) const; // "2026/27"; "Year 3" past the appraisal's labels
    // The stamp every costed table carries: basis, pay-scale year and source.
    QString costingStamp(const CostTable &t) const;
    QString discountStamp(const CostTable &t) const; // discount rate, period and optimism bias
    // When the pay scales are older than the financial year the case is dated in, a sentence
    // that says so (beside every costed table and on the cover); empty when they are current.
    QString scalesBehind() const;
    const OptionCost *preferred(const CostTable &t) const; // null when no option is preferred
    // The cost per WAU, the workforce metrics and the quality metrics, in that order.
    std::vector<const Metric *> benchmarked() const;
};

} // namespace ahplead
