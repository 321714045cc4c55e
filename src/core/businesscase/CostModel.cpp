#include "core/businesscase/CostModel.h"

#include "core/businesscase/BusinessCaseValidator.h"
#include "core/businesscase/BusinessRules.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ahplead {

namespace {

// Percentages such as 23.7 + 0.08 print as 23.78, not 23.779999999999998.
QString percentText(double value)
{
    return QString::number(std::round(value * 10000.0) / 10000.0, 'f', QLocale::FloatingPointShortest) +
           QLatin1Char('%');
}

QString poundsText(double value)
{
    return QStringLiteral("£") + QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value, 'f', 0);
}

Status lookUpSalaries(const BusinessCase &bc, const PayScaleYear &scales, std::vector<std::vector<double>> &salaries)
{
    salaries.clear();
    for (std::size_t i = 0; i < bc.options.size(); ++i) {
        std::vector<double> row;
        for (std::size_t k = 0; k < bc.options[i].posts.size(); ++k) {
            const Post &post = bc.options[i].posts[k];
            const QString at = QStringLiteral("/options/%1/posts/%2").arg(i).arg(k);
            const PayBand *band = scales.band(post.band);
            if (!band)
                return fail(QStringLiteral("%1/band: band %2 is not in the %3 pay scales (%4)")
                                .arg(at, post.band, scales.year, scales.fileName));
            const PayPoint *point = band->point(post.point);
            if (!point)
                return fail(QStringLiteral("%1/point: band %2 has no %3 point in the %4 pay scales (%5)")
                                .arg(at, post.band, post.point, scales.year, scales.fileName));
            row.push_back(point->salary);
        }
        salaries.push_back(std::move(row));
    }
    return success();
}

struct Rates {
    double ni = 0.0;        // fraction
    double threshold = 0.0; // pounds
    double pension = 0.0;   // fraction
    double levy = 0.0;      // fraction
};

Rates ratesFor(const OnCostRates &onCosts, PensionBasis basis)
{
    return {onCosts.employerNationalInsurance.value / 100.0, onCosts.nationalInsuranceThreshold.value,
            CostModel::pensionRatePercent(onCosts, basis) / 100.0, onCosts.apprenticeshipLevy.value / 100.0};
}

PostCost costAt(const Post &post, double salary, const Rates &r)
{
    PostCost c;
    c.title = post.title;
    c.band = post.band;
    c.point = post.point;
    c.wte = post.wte;
    c.support = post.support;
    c.salary = salary;
    c.pay = salary * post.wte;
    // Per whole-time equivalent: each WTE earns the full-time salary and has its own threshold.
    c.employerNi = r.ni * std::max(0.0, salary - r.threshold) * post.wte;
    c.pension = r.pension * c.pay;
    c.levy = r.levy * c.pay;
    return c;
}

OptionCost costOption(const Option &option, const std::vector<double> &salaries, const Rates &rates,
                      const CostTable &table, const Appraisal &appraisal)
{
    OptionCost oc;
    oc.optionId = option.id;
    oc.title = option.title;
    oc.kind = option.kind;
    for (std::size_t k = 0; k < option.posts.size(); ++k) {
        PostCost pc = costAt(option.posts[k], salaries[k], rates);
        oc.annualPay += pc.pay;
        oc.annualEmployerNi += pc.employerNi;
        oc.annualPension += pc.pension;
        oc.annualLevy += pc.levy;
        oc.posts.push_back(std::move(pc));
    }
    oc.annualOnCosts = oc.annualEmployerNi + oc.annualPension + oc.annualLevy;
    for (const NonPayCost &n : option.nonPay) {
        if (n.recurrence == Recurrence::Annual)
            oc.annualNonPay += n.amount;
        else
            oc.oneOffNonPay += n.amount;
    }
    oc.annualCost = oc.annualPay + oc.annualOnCosts + oc.annualNonPay;

    const double uplift = appraisal.payUpliftPercent / 100.0;
    for (int t = 0; t < table.years; ++t) {
        YearCost y;
        y.index = t;
        y.label = table.yearLabels.at(t);
        // The NI threshold is not uplifted: it is fixed in cash terms.
        const double factor = std::pow(1.0 + uplift, t);
        for (std::size_t k = 0; k < option.posts.size(); ++k) {
            const PostCost pc = costAt(option.posts[k], salaries[k] * factor, rates);
            y.pay += pc.pay;
            y.onCosts += pc.onCosts();
        }
        for (const NonPayCost &n : option.nonPay)
            if (n.recurrence == Recurrence::Annual || n.year == t)
                y.nonPay += n.amount;
        y.total = y.pay + y.onCosts + y.nonPay;
        y.discountFactor = table.discountFactors.at(t);
        y.presentValue = y.total * y.discountFactor;
        for (const Benefit &b : option.benefits) {
            if (!b.annualValue || t < b.fromYear)
                continue;
            if (b.kind == BenefitKind::CashReleasing)
                y.cashReleasingBenefits += *b.annualValue;
            else if (b.kind == BenefitKind::NonCashReleasing)
                y.nonCashReleasingBenefits += *b.annualValue;
        }
        oc.totalCost += y.total;
        oc.presentValue += y.presentValue;
        oc.cashReleasingTotal += y.cashReleasingBenefits;
        oc.cashReleasingPresentValue += y.cashReleasingBenefits * y.discountFactor;
        oc.nonCashReleasingPresentValue += y.nonCashReleasingBenefits * y.discountFactor;
        oc.years.push_back(y);
    }
    // Do nothing is what the trust spends now: no bias unless the case sets one for it.
    const double defaultBias = option.kind == OptionKind::DoNothing ? 0.0 : appraisal.optimismBiasPercent;
    oc.optimismBiasPercent = option.optimismBiasPercent.value_or(defaultBias);
    oc.optimismBias = oc.presentValue * oc.optimismBiasPercent / 100.0;
    oc.riskAdjustedPresentValue = oc.presentValue + oc.optimismBias;
    oc.netPresentCost = oc.riskAdjustedPresentValue - oc.cashReleasingPresentValue;
    oc.netPresentSocialValue =
        oc.cashReleasingPresentValue + oc.nonCashReleasingPresentValue - oc.riskAdjustedPresentValue;
    return oc;
}

void compareWithDoNothing(CostTable &table)
{
    const OptionCost *base = table.doNothing();
    if (!base)
        return;
    const OptionCost dn = *base; // copied: the loop below writes into the same vector
    for (OptionCost &o : table.options) {
        o.annualCostDifference = o.annualCost - dn.annualCost;
        o.totalCostDifference = o.totalCost - dn.totalCost;
        o.presentValueDifference = o.presentValue - dn.presentValue;
        o.riskAdjustedPresentValueDifference = o.riskAdjustedPresentValue - dn.riskAdjustedPresentValue;
        o.netPresentCostDifference = o.netPresentCost - dn.netPresentCost;
        o.netPresentSocialValueDifference = o.netPresentSocialValue - dn.netPresentSocialValue;
    }
}

bool allFinite(const CostTable &t)
{
    auto ok = [](double v) { return std::isfinite(v); };
    for (double f : t.discountFactors)
        if (!ok(f))
            return false;
    for (const OptionCost &o : t.options) {
        const double figures[] = {o.annualPay,
                                  o.annualEmployerNi,
                                  o.annualPension,
                                  o.annualLevy,
                                  o.annualOnCosts,
                                  o.annualNonPay,
                                  o.annualCost,
                                  o.oneOffNonPay,
                                  o.totalCost,
                                  o.presentValue,
                                  o.optimismBias,
                                  o.riskAdjustedPresentValue,
                                  o.cashReleasingTotal,
                                  o.cashReleasingPresentValue,
                                  o.nonCashReleasingPresentValue,
                                  o.netPresentCost,
                                  o.netPresentSocialValue,
                                  o.annualCostDifference,
                                  o.totalCostDifference,
                                  o.presentValueDifference,
                                  o.riskAdjustedPresentValueDifference,
                                  o.netPresentCostDifference,
                                  o.netPresentSocialValueDifference};
        if (!std::all_of(std::begin(figures), std::end(figures), ok))
            return false;
        for (const PostCost &p : o.posts)
            if (!ok(p.salary) || !ok(p.pay) || !ok(p.employerNi) || !ok(p.pension) || !ok(p.levy))
                return false;
        for (const YearCost &y : o.years)
            if (!ok(y.pay) || !ok(y.onCosts) || !ok(y.nonPay) || !ok(y.total) || !ok(y.presentValue) ||
                !ok(y.cashReleasingBenefits) || !ok(y.nonCashReleasingBenefits))
                return false;
    }
    return true;
}

void describe(CostTable &table, const PayScaleYear &scales, const Appraisal &appraisal)
{
    const OnCostRates &c = scales.onCosts;
    auto parameter = [&](const DatedParameter &p) {
        table.parameters.push_back({p.name, p.value, p.unit, p.effectiveFrom, p.source});
    };
    if (table.basis == PensionBasis::Economic) {
        table.basisDescription =
            QStringLiteral("Economic basis: employer pension %1 of pay (%2 contribution + %3 administration levy), the "
                           "full cost to the public sector")
                .arg(percentText(table.pensionRatePercent), percentText(c.employerPension.value),
                     percentText(c.pensionAdministrationLevy.value));
        parameter(c.employerPension);
        parameter(c.pensionAdministrationLevy);
    } else {
        const double central =
            c.employerPension.value + c.pensionAdministrationLevy.value - c.employerPensionLocal.value;
        table.basisDescription =
            QStringLiteral("Affordability basis: employer pension %1 of pay, the part the trust pays locally (the "
                           "remaining %2 is paid centrally)")
                .arg(percentText(table.pensionRatePercent), percentText(central));
        parameter(c.employerPensionLocal);
    }
    parameter(c.employerNationalInsurance);
    parameter(c.nationalInsuranceThreshold);
    parameter(c.apprenticeshipLevy);
    const QString greenBook = QStringLiteral("HM Treasury, The Green Book: Social Time Preference Rate, real terms");
    table.parameters.push_back(
        {QStringLiteral("Discount rate"), table.discountRatePercent, QStringLiteral("percent"), QString(), greenBook});
    table.parameters.push_back({QStringLiteral("Optimism bias (options other than do nothing)"),
                                table.optimismBiasPercent, QStringLiteral("percent"), QString(),
                                appraisal.optimismBiasRationale.isEmpty() ? QStringLiteral("Set in this business case")
                                                                          : appraisal.optimismBiasRationale});
    table.parameters.push_back({QStringLiteral("Appraisal period"), double(table.years), QStringLiteral("years"),
                                QString(), QStringLiteral("Set in this business case")});
    table.parameters.push_back({QStringLiteral("Annual pay uplift"), table.payUpliftPercent, QStringLiteral("percent"),
                                QString(), QStringLiteral("Set in this business case")});

    const QDate effective = QDate::fromString(scales.effectiveFrom, Qt::ISODate);
    table.notes << QStringLiteral("Priced in real terms at the %1 pay scales, effective %2. Source: %3.")
                       .arg(scales.year,
                            QLocale(QLocale::English, QLocale::UnitedKingdom)
                                .toString(effective, QStringLiteral("d MMMM yyyy")),
                            scales.source);
    table.notes << table.basisDescription + QLatin1Char('.');
    table.notes << QStringLiteral("Employer National Insurance is %1 of pay above %2 a year, costed per whole-time "
                                  "equivalent; for a part-time post this slightly overstates it (prudent).")
                       .arg(percentText(c.employerNationalInsurance.value),
                            poundsText(c.nationalInsuranceThreshold.value));
    table.notes << QStringLiteral("Each option is costed for full years from year 0; year 0 is not discounted and "
                                  "year t is discounted by 1 / (1 + %1)^t.")
                       .arg(percentText(table.discountRatePercent));
    if (table.payUpliftPercent != 0.0)
        table.notes << QStringLiteral("Pay and on-costs rise by %1 a year from year 1; non-pay costs do not.")
                           .arg(percentText(table.payUpliftPercent));
}

} // namespace

double CostModel::discountFactor(double ratePercent, int year)
{
    return 1.0 / std::pow(1.0 + ratePercent / 100.0, year);
}

double CostModel::pensionRatePercent(const OnCostRates &rates, PensionBasis basis)
{
    return basis == PensionBasis::Economic ? rates.employerPension.value + rates.pensionAdministrationLevy.value
                                           : rates.employerPensionLocal.value;
}

PostCost CostModel::costPost(const Post &post, double salary, const OnCostRates &rates, PensionBasis basis)
{
    return costAt(post, salary, ratesFor(rates, basis));
}

Result<CostTable> CostModel::compute(const BusinessCase &bc, const PayScales &scales, PensionBasis basis)
{
    // Checked first so a malformed year is reported as such, not as a year that is missing.
    const Status valid = BusinessCaseValidator::check(bc);
    if (!valid)
        return valid.error();
    const PayScaleYear *year = scales.findOrLatest(bc.appraisal.payScaleYear);
    if (!year)
        return fail(QStringLiteral("/appraisal/payScaleYear: pay scales for %1 are not available (available: %2); add "
                                   "a pay scale file for that year to the costs folder")
                        .arg(bc.appraisal.payScaleYear, scales.describeAvailable()));
    return compute(bc, *year, basis);
}

Result<CostTable> CostModel::compute(const BusinessCase &bc, const PayScaleYear &scales, PensionBasis basis)
{
    const Status valid = BusinessCaseValidator::check(bc);
    if (!valid)
        return valid.error();
    std::vector<std::vector<double>> salaries;
    const Status found = lookUpSalaries(bc, scales, salaries);
    if (!found)
        return found.error();

    const Appraisal &a = bc.appraisal;
    CostTable table;
    table.basis = basis;
    table.pensionRatePercent = pensionRatePercent(scales.onCosts, basis);
    table.payScaleYear = scales.year;
    table.payScaleTitle = scales.title;
    table.payScaleSource = scales.source;
    table.years = a.years;
    table.discountRatePercent = a.discountRatePercent;
    table.optimismBiasPercent = a.optimismBiasPercent;
    table.payUpliftPercent = a.payUpliftPercent;
    for (int t = 0; t < a.years; ++t) {
        table.yearLabels << (a.startYear.isEmpty() ? QStringLiteral("Year %1").arg(t)
                                                   : BusinessRules::financialYearAfter(a.startYear, t));
        table.discountFactors.push_back(discountFactor(a.discountRatePercent, t));
    }
    const Rates rates = ratesFor(scales.onCosts, basis);
    for (std::size_t i = 0; i < bc.options.size(); ++i)
        table.options.push_back(costOption(bc.options[i], salaries[i], rates, table, a));
    compareWithDoNothing(table);
    describe(table, scales, a);
    if (!allFinite(table))
        return fail(QStringLiteral("the costs could not be worked out as finite numbers; check the figures in the "
                                   "options and the pay scale file %1")
                        .arg(scales.fileName));
    return table;
}

} // namespace ahplead
