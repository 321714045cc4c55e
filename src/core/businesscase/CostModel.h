#pragma once

#include "core/base/Result.h"
#include "core/businesscase/BusinessCase.h"
#include "core/businesscase/CostTable.h"
#include "core/businesscase/PayScaleYear.h"
#include "core/businesscase/PayScales.h"

namespace ahplead {

// Costs every option of a business case (docs/business-case.md gives each formula and a
// worked example that tests/core/businesscase/CostModelTest.cpp reproduces):
//
//   post, per year:  pay = salary x WTE
//                    employer NI = NI rate x max(0, salary - NI threshold) x WTE
//                    pension = pension rate (of the basis) x pay
//                    apprenticeship levy = levy rate x pay
//   year t:          pay and on-costs x (1 + uplift)^t, + annual non-pay + one-off non-pay of year t
//   discounting:     year t is multiplied by 1 / (1 + discount rate)^t; year 0 is not discounted
//   optimism bias:   present value of costs x (1 + bias), for every option but do nothing
//
// The case is validated first, so nothing that could give NaN or infinity is costed.
class CostModel {
public:
    // Uses the appraisal's pay scale year (or the latest one when it names none).
    static Result<CostTable> compute(const BusinessCase &businessCase, const PayScales &scales, PensionBasis basis);
    static Result<CostTable> compute(const BusinessCase &businessCase, const PayScaleYear &scales, PensionBasis basis);

    // 1 / (1 + rate)^year.
    static double discountFactor(double ratePercent, int year);
    // Employer pension percent on BASIS: economic = contribution + administration levy;
    // affordability = the rate the trust pays locally.
    static double pensionRatePercent(const OnCostRates &rates, PensionBasis basis);
    // One post in year 0 at SALARY (full time).
    static PostCost costPost(const Post &post, double salary, const OnCostRates &rates, PensionBasis basis);
};

} // namespace ahplead
