#include "core/businesscase/CostModel.h"
#include "core/businesscase/BusinessCaseReader.h"
#include "core/businesscase/PayScaleReader.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QLocale>

#include <cmath>

using namespace ahplead;

// The worked example of docs/business-case.md section 8, figure for figure. The expected
// values were computed by hand (with exact decimal arithmetic) for the page; the model must
// agree to within half a penny, and the page must quote each figure as the model rounds it.

namespace {

BusinessCase exampleCase()
{
    auto bc = BusinessCaseReader::read(test::dataDir() + QStringLiteral("/examples/business-case-example.json"));
    REQUIRE(bc.ok());
    return bc.value();
}

const PayScaleYear &scales2025()
{
    static const PayScaleYear year = [] {
        auto y = PayScaleReader::read(test::dataDir() + QStringLiteral("/costs/agenda-for-change-2025-26.json"));
        REQUIRE(y.ok());
        return y.value();
    }();
    return year;
}

CostTable table(PensionBasis basis, const BusinessCase &bc = exampleCase())
{
    auto t = CostModel::compute(bc, scales2025(), basis);
    REQUIRE(t.ok());
    return t.value();
}

// "£1,234.56" or "(£1,234.56)", as docs/business-case.md writes money: a negative sum in brackets.
QString pounds(double value)
{
    const QString digits = QLocale(QLocale::English, QLocale::UnitedKingdom).toString(std::fabs(value), 'f', 2);
    return value < -0.005 ? QString(QStringLiteral("(£") + digits + QLatin1Char(')'))
                          : QString(QStringLiteral("£") + digits);
}

const QString &doc()
{
    static const QString text =
        QString::fromUtf8(test::readFile(test::sourceDir() + QStringLiteral("/docs/business-case.md")));
    return text;
}

// The model's figure is within half a penny of the page's, and the page quotes it.
void checkFigure(double actual, double expected)
{
    INFO("model " << actual << ", page " << expected);
    CHECK(std::fabs(actual - expected) < 0.005);
    CHECK(doc().contains(pounds(expected)));
}

} // namespace

TEST_CASE("Discount factors follow the Green Book with year 0 undiscounted")
{
    const CostTable t = table(PensionBasis::Economic);
    REQUIRE(t.years == 5);
    CHECK(t.yearLabels == QStringList({QStringLiteral("2027/28"), QStringLiteral("2028/29"), QStringLiteral("2029/30"),
                                       QStringLiteral("2030/31"), QStringLiteral("2031/32")}));
    const double expected[] = {1.0, 0.96618357, 0.93351070, 0.90194271, 0.87144223};
    double sum = 0;
    for (int i = 0; i < 5; ++i) {
        CHECK(t.discountFactors[i] == Approx(expected[i]).margin(5e-9));
        sum += t.discountFactors[i];
    }
    CHECK(sum == Approx(4.67307921).margin(5e-9));
    CHECK(CostModel::discountFactor(3.5, 0) == 1.0);
    CHECK(CostModel::discountFactor(0.0, 7) == 1.0);
}

TEST_CASE("Each post is costed as salary times WTE plus NI above the threshold, pension and levy")
{
    const CostTable t = table(PensionBasis::Economic);
    const OptionCost *dn = t.option(QStringLiteral("do_nothing"));
    REQUIRE(dn);
    REQUIRE(dn->posts.size() == 2);
    const PostCost &chief = dn->posts[0];
    CHECK(chief.salary == 81652);
    CHECK(chief.pay == Approx(48991.20));
    CHECK(chief.employerNi == Approx(6898.68));
    checkFigure(chief.pension, 11650.11);
    checkFigure(chief.levy, 244.96);
    checkFigure(chief.total(), 67784.94);
    checkFigure(dn->posts[1].total(), 7259.14);

    const OptionCost *preferred = t.option(QStringLiteral("preferred"));
    REQUIRE(preferred);
    REQUIRE(preferred->posts.size() == 3);
    checkFigure(preferred->posts[0].employerNi, 12951.30);
    checkFigure(preferred->posts[0].pension, 21721.13);
    checkFigure(preferred->posts[0].levy, 456.71);
    checkFigure(preferred->posts[0].total(), 126471.14);
    checkFigure(preferred->posts[1].total(), 32919.88);
    checkFigure(preferred->posts[2].total(), 18765.55);
    CHECK_FALSE(preferred->posts[0].support);
    CHECK(preferred->posts[1].support);
}

TEST_CASE("The preferred option's years, present value, optimism bias and benefits match the worked example")
{
    const CostTable t = table(PensionBasis::Economic);
    const OptionCost *p = t.option(QStringLiteral("preferred"));
    REQUIRE(p);
    checkFigure(p->annualCost, 183156.58);
    CHECK(p->annualNonPay == 5000);
    CHECK(p->oneOffNonPay == 6000);
    REQUIRE(p->years.size() == 5);
    const double cost[] = {189156.58, 183156.58, 183156.58, 183156.58, 183156.58};
    const double pv[] = {189156.58, 176962.87, 170978.62, 165196.74, 159610.37};
    const double cashPv[] = {0, 144927.54, 140026.61, 135291.41, 130716.33};
    const double nonCashPv[] = {0, 0, 196037.25, 189407.97, 183002.87};
    for (int i = 0; i < 5; ++i) {
        INFO("year " << i);
        checkFigure(p->years[i].total, cost[i]);
        checkFigure(p->years[i].presentValue, pv[i]);
        checkFigure(p->years[i].cashReleasingBenefits * p->years[i].discountFactor, cashPv[i]);
        checkFigure(p->years[i].nonCashReleasingBenefits * p->years[i].discountFactor, nonCashPv[i]);
    }
    checkFigure(p->totalCost, 921782.88);
    checkFigure(p->presentValue, 861905.19);
    CHECK(p->optimismBiasPercent == 10);
    checkFigure(p->optimismBias, 86190.52);
    checkFigure(p->riskAdjustedPresentValue, 948095.70);
    checkFigure(p->cashReleasingPresentValue, 550961.88);
    checkFigure(p->nonCashReleasingPresentValue, 568448.08);
    checkFigure(p->netPresentCost, 397133.82);
    checkFigure(p->netPresentSocialValue, 171314.26);
}

TEST_CASE("The options table on the economic basis matches the worked example, with differences from do nothing")
{
    const CostTable t = table(PensionBasis::Economic);
    CHECK(t.basis == PensionBasis::Economic);
    CHECK(t.pensionRatePercent == Approx(23.78));
    CHECK(t.payScaleYear == QStringLiteral("2025/26"));
    CHECK(t.basisDescription.startsWith(QStringLiteral("Economic basis: employer pension 23.78% of pay (23.7% "
                                                       "contribution + 0.08% administration levy)")));
    struct Row {
        const char *id;
        double annual, total, pv, bias, riskAdjusted, cashPv, net, nonCashPv, npsv;
    };
    const Row rows[] = {
        {"do_nothing", 75044.08, 375220.41, 350686.94, 0, 350686.94, 0, 350686.94, 0, -350686.94},
        {"do_minimum", 122234.04, 611170.22, 571209.37, 57120.94, 628330.31, 146923.17, 481407.14, 0, -481407.14},
        {"preferred", 183156.58, 921782.88, 861905.19, 86190.52, 948095.70, 550961.88, 397133.82, 568448.08, 171314.26},
        {"shared_band_9", 97422.81, 487114.05, 455264.51, 45526.45, 500790.96, 293846.34, 206944.62, 0, -206944.62},
    };
    REQUIRE(t.options.size() == 4);
    for (const Row &row : rows) {
        INFO(row.id);
        const OptionCost *o = t.option(QLatin1String(row.id));
        REQUIRE(o);
        checkFigure(o->annualCost, row.annual);
        checkFigure(o->totalCost, row.total);
        checkFigure(o->presentValue, row.pv);
        checkFigure(o->optimismBias, row.bias);
        checkFigure(o->riskAdjustedPresentValue, row.riskAdjusted);
        checkFigure(o->cashReleasingPresentValue, row.cashPv);
        checkFigure(o->netPresentCost, row.net);
        checkFigure(o->nonCashReleasingPresentValue, row.nonCashPv);
        checkFigure(o->netPresentSocialValue, row.npsv);
    }
    struct Difference {
        const char *id;
        double annual, total, pv, riskAdjusted, net, npsv;
    };
    const Difference differences[] = {
        {"do_nothing", 0, 0, 0, 0, 0, 0},
        {"do_minimum", 47189.96, 235949.81, 220522.43, 277643.37, 130720.20, -130720.20},
        {"preferred", 108112.49, 546562.47, 511218.24, 597408.76, 46446.88, 522001.20},
        {"shared_band_9", 22378.73, 111893.64, 104577.57, 150104.02, -143742.32, 143742.32},
    };
    for (const Difference &d : differences) {
        INFO(d.id);
        const OptionCost *o = t.option(QLatin1String(d.id));
        REQUIRE(o);
        checkFigure(o->annualCostDifference, d.annual);
        checkFigure(o->totalCostDifference, d.total);
        checkFigure(o->presentValueDifference, d.pv);
        checkFigure(o->riskAdjustedPresentValueDifference, d.riskAdjusted);
        checkFigure(o->netPresentCostDifference, d.net);
        checkFigure(o->netPresentSocialValueDifference, d.npsv);
    }
}

TEST_CASE("The affordability basis uses the 14.38% the trust pays locally and matches the worked example")
{
    const CostTable t = table(PensionBasis::Affordability);
    CHECK(t.pensionRatePercent == Approx(14.38));
    CHECK(t.basisDescription ==
          QStringLiteral("Affordability basis: employer pension 14.38% of pay, the part the trust "
                         "pays locally (the remaining 9.4% is paid centrally)"));
    struct Row {
        const char *id;
        double annual, total, pv, riskAdjusted, net;
    };
    const Row rows[] = {
        {"do_nothing", 69938.87, 349694.34, 326829.87, 326829.87, 326829.87},
        {"do_minimum", 114058.71, 570293.57, 533005.41, 586305.95, 439382.78},
        {"preferred", 171031.56, 861157.81, 805244.04, 885768.44, 334806.56},
        {"shared_band_9", 90999.60, 454998.01, 425248.35, 467773.18, 173926.84},
    };
    for (const Row &row : rows) {
        INFO(row.id);
        const OptionCost *o = t.option(QLatin1String(row.id));
        REQUIRE(o);
        checkFigure(o->annualCost, row.annual);
        checkFigure(o->totalCost, row.total);
        checkFigure(o->presentValue, row.pv);
        checkFigure(o->riskAdjustedPresentValue, row.riskAdjusted);
        checkFigure(o->netPresentCost, row.net);
    }
    const OptionCost *p = t.option(QStringLiteral("preferred"));
    checkFigure(p->annualCostDifference, 101092.70);
    checkFigure(p->posts[0].pension, 13134.98);
    checkFigure(p->posts[0].total(), 117884.99);
}

TEST_CASE("Every costed table names its pay scale year and the dated, sourced parameters it used")
{
    const CostTable t = table(PensionBasis::Economic);
    CHECK(t.notes.first().startsWith(QStringLiteral(
        "Priced in real terms at the 2025/26 pay scales, effective 1 April 2025. Source: NHS Employers")));
    QStringList names;
    for (const CostParameter &p : t.parameters) {
        names << p.name;
        CHECK_FALSE(p.source.isEmpty());
        CHECK(std::isfinite(p.value));
    }
    CHECK(names.contains(QStringLiteral("Employer pension contribution (NHS Pension Scheme)")));
    CHECK(names.contains(QStringLiteral("NHS Pension Scheme administration levy")));
    CHECK(names.contains(QStringLiteral("Apprenticeship Levy")));
    CHECK(names.contains(QStringLiteral("Discount rate")));
    for (const CostParameter &p : t.parameters)
        if (p.name.startsWith(QStringLiteral("Employer (secondary Class 1) National Insurance")))
            CHECK(p.effectiveFrom == QStringLiteral("2025-04-06"));
}

TEST_CASE("A pay uplift raises pay and on-costs from year 1 but not non-pay, with the NI threshold fixed")
{
    BusinessCase bc = exampleCase();
    bc.appraisal.payUpliftPercent = 2.0;
    const CostTable t = table(PensionBasis::Economic, bc);
    const OptionCost *p = t.option(QStringLiteral("preferred"));
    REQUIRE(p);
    const double year0 = p->years[0].total - 6000 - 5000;
    CHECK(year0 == Approx(178156.5756));
    // Year 1 recomputed by hand: each salary x 1.02; NI on (salary x 1.02 - 5000).
    double expected = 0;
    for (const auto &[salary, wte] : {std::pair{91342.0, 1.0}, std::pair{47810.0, 0.5}, std::pair{27485.0, 0.5}}) {
        const double s = salary * 1.02;
        expected += s * wte * (1 + 0.2378 + 0.005) + 0.15 * (s - 5000) * wte;
    }
    CHECK(p->years[1].total - 5000 == Approx(expected));
    CHECK(p->years[1].nonPay == 5000);
    CHECK(t.notes.join(QLatin1Char(' ')).contains(QStringLiteral("rise by 2% a year from year 1")));
}

TEST_CASE("Optimism bias is not added to do nothing unless the case sets it for that option")
{
    BusinessCase bc = exampleCase();
    CHECK(table(PensionBasis::Economic, bc).doNothing()->optimismBias == 0.0);
    bc.options[0].optimismBiasPercent = 5.0;
    bc.options[2].optimismBiasPercent = 0.0;
    const CostTable t = table(PensionBasis::Economic, bc);
    CHECK(t.doNothing()->optimismBias == Approx(350686.940445 * 0.05));
    CHECK(t.option(QStringLiteral("preferred"))->optimismBias == 0.0);
}

TEST_CASE("A post whose band or point is not in the pay scales is refused with its pointer")
{
    BusinessCase bc = exampleCase();
    bc.options[2].posts[0].band = QStringLiteral("1");
    auto t = CostModel::compute(bc, scales2025(), PensionBasis::Economic);
    REQUIRE_FALSE(t.ok());
    CHECK(t.message() == QStringLiteral("/options/2/posts/0/band: band 1 is not in the 2025/26 pay scales "
                                        "(agenda-for-change-2025-26.json)"));
    bc = exampleCase();
    bc.options[1].posts[1].band = QStringLiteral("3");
    bc.options[1].posts[1].point = QStringLiteral("intermediate");
    t = CostModel::compute(bc, scales2025(), PensionBasis::Economic);
    REQUIRE_FALSE(t.ok());
    CHECK(t.message() == QStringLiteral("/options/1/posts/1/point: band 3 has no intermediate point in the 2025/26 pay "
                                        "scales (agenda-for-change-2025-26.json)"));
}

TEST_CASE("A case that breaks the rules is not costed, so no NaN or infinity can reach a table")
{
    BusinessCase bc = exampleCase();
    bc.options[2].posts[0].wte = std::nan("");
    auto t = CostModel::compute(bc, scales2025(), PensionBasis::Economic);
    REQUIRE_FALSE(t.ok());
    CHECK(t.message().startsWith(QStringLiteral("/options/2/posts/0/wte:")));

    bc = exampleCase();
    bc.appraisal.discountRatePercent = -100;
    t = CostModel::compute(bc, scales2025(), PensionBasis::Economic);
    REQUIRE_FALSE(t.ok());
    CHECK(t.message() == QStringLiteral("/appraisal/discountRatePercent: -100 must not be negative"));

    bc = exampleCase();
    bc.options.erase(bc.options.begin());
    t = CostModel::compute(bc, scales2025(), PensionBasis::Economic);
    REQUIRE_FALSE(t.ok());
    CHECK(t.message().startsWith(QStringLiteral("/options: there is no do-nothing option")));
}

TEST_CASE("The largest case the rules allow still costs to finite figures")
{
    BusinessCase bc = exampleCase();
    bc.appraisal.years = 30;
    bc.appraisal.discountRatePercent = 0;
    bc.appraisal.payUpliftPercent = 20;
    bc.appraisal.optimismBiasPercent = 100;
    for (Option &o : bc.options) {
        for (Post &p : o.posts)
            p.wte = 100;
        o.nonPay.push_back({QStringLiteral("Large"), 1e9, Recurrence::Annual, 0});
        o.benefits.push_back({QStringLiteral("Large"), BenefitKind::CashReleasing, 1e9, 0, {}, {}});
    }
    const CostTable t = table(PensionBasis::Economic, bc);
    for (const OptionCost &o : t.options) {
        CHECK(std::isfinite(o.presentValue));
        CHECK(std::isfinite(o.netPresentSocialValue));
        CHECK(o.years.size() == 30);
    }
}

TEST_CASE("With the bundled pay scales the appraisal's year is found, and an unknown year is refused")
{
    auto scales = PayScales::load(test::dataDir() + QStringLiteral("/costs"));
    REQUIRE(scales.ok());
    BusinessCase bc = exampleCase();
    auto t = CostModel::compute(bc, scales.value(), PensionBasis::Economic);
    REQUIRE(t.ok());
    CHECK(t->payScaleYear == QStringLiteral("2025/26"));
    bc.appraisal.payScaleYear = QStringLiteral("2030/31");
    t = CostModel::compute(bc, scales.value(), PensionBasis::Economic);
    REQUIRE_FALSE(t.ok());
    CHECK(t.message() == QStringLiteral("/appraisal/payScaleYear: pay scales for 2030/31 are not available (available: "
                                        "2025/26); add a pay scale file for that year to the costs folder"));
    bc.appraisal.payScaleYear.clear();
    t = CostModel::compute(bc, scales.value(), PensionBasis::Economic);
    REQUIRE(t.ok());
    CHECK(t->payScaleYear == QStringLiteral("2025/26"));
}
