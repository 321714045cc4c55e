#pragma once

#include "core/businesscase/BusinessCase.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ahplead {

// Which employer pension rate the figures use. The economic case counts the full cost to
// the public sector; the affordability (financial) case counts what the trust pays itself.
enum class PensionBasis { Economic, Affordability };

template <> struct EnumText<PensionBasis> {
    static constexpr std::array<EnumEntry<PensionBasis>, 2> entries{{
        {PensionBasis::Economic, "economic", "Economic basis"},
        {PensionBasis::Affordability, "affordability", "Affordability basis"},
    }};
};

// One post's cost in appraisal year 0 (before any pay uplift).
struct PostCost {
    QString title;
    QString band;
    QString point;
    double wte = 0.0;
    bool support = false;
    double salary = 0.0;     // full-time salary of the band and point
    double pay = 0.0;        // salary x WTE
    double employerNi = 0.0; // rate x max(0, salary - threshold) x WTE
    double pension = 0.0;    // pension rate x pay
    double levy = 0.0;       // apprenticeship levy rate x pay
    double onCosts() const { return employerNi + pension + levy; }
    double total() const { return pay + onCosts(); }
};

struct YearCost {
    int index = 0; // 0 = the first appraisal year
    QString label; // "2027/28" or "Year 0"
    double pay = 0.0;
    double onCosts = 0.0;
    double nonPay = 0.0; // annual and one-off non-pay falling in this year
    double total = 0.0;
    double discountFactor = 1.0;
    double presentValue = 0.0;
    double cashReleasingBenefits = 0.0;
    double nonCashReleasingBenefits = 0.0;
};

struct OptionCost {
    QString optionId;
    QString title;
    OptionKind kind = OptionKind::Other;
    std::vector<PostCost> posts;

    // Year 0, recurring: what the option costs in a full year.
    double annualPay = 0.0;
    double annualEmployerNi = 0.0;
    double annualPension = 0.0;
    double annualLevy = 0.0;
    double annualOnCosts = 0.0;
    double annualNonPay = 0.0; // recurring non-pay only
    double annualCost = 0.0;   // pay + on-costs + recurring non-pay
    double oneOffNonPay = 0.0; // over the whole appraisal

    std::vector<YearCost> years;
    double totalCost = 0.0;    // undiscounted, over the appraisal period
    double presentValue = 0.0; // discounted
    double optimismBiasPercent = 0.0;
    double optimismBias = 0.0; // presentValue x optimism bias
    double riskAdjustedPresentValue = 0.0;
    double cashReleasingTotal = 0.0; // undiscounted
    double cashReleasingPresentValue = 0.0;
    double nonCashReleasingPresentValue = 0.0;
    double netPresentCost = 0.0;        // risk-adjusted cost less cash-releasing benefits
    double netPresentSocialValue = 0.0; // all monetised benefits less risk-adjusted cost

    // This option less do nothing (0 for do nothing itself).
    double annualCostDifference = 0.0;
    double totalCostDifference = 0.0;
    double presentValueDifference = 0.0;
    double riskAdjustedPresentValueDifference = 0.0;
    double netPresentCostDifference = 0.0;
    double netPresentSocialValueDifference = 0.0;
};

// A parameter the figures used, for the "basis of costing" note every costed table carries.
struct CostParameter {
    QString name;
    double value = 0.0;
    QString unit;          // "percent", "pounds_per_year", "years"
    QString effectiveFrom; // YYYY-MM-DD, or empty for appraisal settings
    QString source;
};

// Everything the report layer needs to show the options' costs; every figure is finite.
struct CostTable {
    PensionBasis basis = PensionBasis::Economic;
    QString basisDescription; // "Economic basis: employer pension 23.78% (23.7% + 0.08% administration levy)"
    double pensionRatePercent = 0.0;
    QString payScaleYear; // "2025/26": shown on every costed table
    QString payScaleTitle;
    QString payScaleSource;
    int years = 0;
    double discountRatePercent = 0.0;
    double optimismBiasPercent = 0.0;
    double payUpliftPercent = 0.0;
    QStringList yearLabels;
    std::vector<double> discountFactors;
    std::vector<CostParameter> parameters;
    std::vector<OptionCost> options; // in the case's order
    QStringList notes;               // assumptions a reader should know

    const OptionCost *option(const QString &id) const
    {
        for (const OptionCost &o : options)
            if (o.optionId == id)
                return &o;
        return nullptr;
    }
    const OptionCost *doNothing() const
    {
        for (const OptionCost &o : options)
            if (o.kind == OptionKind::DoNothing)
                return &o;
        return nullptr;
    }
};

} // namespace ahplead
