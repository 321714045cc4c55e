#include "report/businesscase/DeliveryCaseBuilder.h"

#include "report/businesscase/CaseCell.h"
#include "report/businesscase/CaseRiskTable.h"
#include "report/businesscase/CaseText.h"
#include "report/businesscase/CostAnalysisBuilder.h"

namespace ahplead {

namespace {

using M = BusinessCaseModel;
using Table = M::Table;
using Bullet = M::Bullet;

// Each option's annual cost to the trust's budget, with the on-costs together.
void affordabilityAnnualCosts(CaseBlockWriter &w, const CaseContext &c)
{
    const CostTable &a = c.affordability;
    Table annual;
    annual.caption = QStringLiteral("Annual cost to the trust's budget (affordability basis)");
    annual.headers = {QStringLiteral("Option"),       QStringLiteral("Pay"),
                      QStringLiteral("On-costs"),     QStringLiteral("Non-pay a year"),
                      QStringLiteral("Annual cost"),  QStringLiteral("A year more than do nothing"),
                      QStringLiteral("One-off costs")};
    annual.widths = {24, 12, 12, 12, 13, 15, 12};
    for (const OptionCost &oc : a.options)
        annual.rows.push_back({CaseCell::strong(c.optionLabel(oc.optionId)), CaseCell::money(oc.annualPay),
                               CaseCell::money(oc.annualOnCosts), CaseCell::money(oc.annualNonPay),
                               CaseCell::money(oc.annualCost, true),
                               oc.kind == OptionKind::DoNothing ? CaseCell::figure(QStringLiteral("(baseline)"))
                                                                : CaseCell::money(oc.annualCostDifference),
                               CaseCell::money(oc.oneOffNonPay)});
    annual.notes << QStringLiteral("On-costs: employer National Insurance, pension and the apprenticeship levy.")
                 << c.costingStamp(a);
    w.table(std::move(annual));
}

// The preferred option year by year against do nothing, with its savings; nothing when no
// option is preferred.
void preferredYearByYear(CaseBlockWriter &w, const CaseContext &c)
{
    const CostTable &a = c.affordability;
    if (const OptionCost *p = c.preferred(a)) {
        w.para(QStringLiteral("On this basis the preferred option adds %1 a year to the trust's budget before savings.")
                   .arg(M::money(p->annualCostDifference)));
        const OptionCost *base = a.doNothing();
        Table year;
        year.caption = QStringLiteral("The preferred option year by year, against do nothing (affordability basis)");
        year.headers = {QStringLiteral("Year"),
                        QStringLiteral("Cost of the preferred option"),
                        QStringLiteral("Cash-releasing savings"),
                        QStringLiteral("Net cost"),
                        QStringLiteral("Cost of doing nothing"),
                        QStringLiteral("Net change to the budget")};
        year.widths = {14, 18, 17, 16, 17, 18};
        double cost = 0, savings = 0, baseTotal = 0;
        for (std::size_t y = 0; y < p->years.size(); ++y) {
            const YearCost &yc = p->years[y];
            const double baseCost = base && y < base->years.size() ? base->years[y].total : 0.0;
            cost += yc.total;
            savings += yc.cashReleasingBenefits;
            baseTotal += baseCost;
            year.rows.push_back({CaseCell::strong(yc.label), CaseCell::money(yc.total),
                                 CaseCell::money(yc.cashReleasingBenefits),
                                 CaseCell::money(yc.total - yc.cashReleasingBenefits), CaseCell::money(baseCost),
                                 CaseCell::money(yc.total - yc.cashReleasingBenefits - baseCost, true)});
        }
        year.rows.push_back({CaseCell::strong(QStringLiteral("Total")), CaseCell::money(cost, true),
                             CaseCell::money(savings, true), CaseCell::money(cost - savings, true),
                             CaseCell::money(baseTotal, true), CaseCell::money(cost - savings - baseTotal, true)});
        year.notes << QStringLiteral("Undiscounted. A negative net change is a saving to the budget.")
                   << c.costingStamp(a);
        w.table(std::move(year));
    }
}

// Present values on the affordability basis.
void affordabilityPresentValues(CaseBlockWriter &w, const CaseContext &c)
{
    const CostTable &a = c.affordability;
    Table pv;
    pv.caption = QStringLiteral("Present values (affordability basis)");
    pv.headers = {QStringLiteral("Option"),
                  QStringLiteral("Total cost"),
                  QStringLiteral("Present value"),
                  QStringLiteral("Risk-adjusted present value"),
                  QStringLiteral("Cash-releasing benefits, present value"),
                  QStringLiteral("Net present cost")};
    pv.widths = {24, 14, 14, 16, 17, 15};
    for (const OptionCost &oc : a.options)
        pv.rows.push_back({CaseCell::strong(c.optionLabel(oc.optionId)), CaseCell::money(oc.totalCost),
                           CaseCell::money(oc.presentValue), CaseCell::money(oc.riskAdjustedPresentValue),
                           CaseCell::money(oc.cashReleasingPresentValue), CaseCell::money(oc.netPresentCost, true)});
    pv.notes << c.discountStamp(a) << c.costingStamp(a);
    w.table(std::move(pv));
}

// The milestones of the management case, or that there are none yet.
void milestones(CaseBlockWriter &w, const ManagementCase &mc)
{
    w.heading(QStringLiteral("Milestones"));
    if (mc.milestones.empty()) {
        w.para(QStringLiteral("The business case gives no milestones yet."));
    } else {
        Table t;
        t.caption = QStringLiteral("Milestones");
        t.headers = {QStringLiteral("Milestone"), QStringLiteral("When")};
        t.widths = {70, 30};
        for (const Milestone &m : mc.milestones)
            t.rows.push_back({CaseCell::text(m.description), CaseCell::text(m.when)});
        w.table(std::move(t));
    }
}

// How the preferred option's benefits will be measured and reviewed.
void benefitsRealisation(CaseBlockWriter &w, const CaseContext &c)
{
    const ManagementCase &mc = c.bc.management;
    w.heading(QStringLiteral("Benefits realisation"));
    const Option *preferred = c.bc.firstOption(OptionKind::Preferred);
    if (preferred && !preferred->benefits.empty()) {
        Table t;
        t.caption = QStringLiteral("How the preferred option's benefits will be measured");
        t.headers = {QStringLiteral("Benefit"), QStringLiteral("Measure"), QStringLiteral("Baseline")};
        t.widths = {38, 37, 25};
        bool noBaseline = false;
        for (const Benefit &b : preferred->benefits) {
            const Metric *m = b.metric.isEmpty() ? nullptr : c.bc.metric(b.metric);
            noBaseline = noBaseline || !m;
            t.rows.push_back({CaseCell::text(b.description), CaseCell::text(b.measure),
                              m ? CaseCell::text(CaseText::metricValue(m->value, m->unit),
                                                 QStringLiteral("%1, %2").arg(m->name, m->period))
                                : CaseCell::text(CaseText::Dash)});
        }
        if (noBaseline)
            t.notes << QString(CaseText::Dash + QStringLiteral(" the benefit is not tied to a metric in this case."));
        w.table(std::move(t));
    }
    w.para(CaseText::orNotGiven(mc.benefitsReview), QStringLiteral("Benefits review. "));
}

} // namespace

void DeliveryCaseBuilder::commercialCase(CaseBlockWriter &w, const CaseContext &c)
{
    w.section(QStringLiteral("commercial"), QStringLiteral("4. Commercial case"));
    w.para(QStringLiteral("How the preferred option will be secured: recruitment, job evaluation and any agreement "
                          "with another organisation."));
    w.para(CaseText::orNotGiven(c.bc.commercial.approach));
    const Option *preferred = c.bc.firstOption(OptionKind::Preferred);
    const OptionCost *pe = c.preferred(c.economic);
    if (preferred && pe) {
        w.heading(QStringLiteral("Posts the preferred option needs"));
        std::vector<Bullet> posts;
        for (const PostCost &p : pe->posts)
            posts.push_back({QString(p.title + QStringLiteral(": ")),
                             QStringLiteral("band %1, %2 pay point (%3 full time), %4 WTE.")
                                 .arg(p.band, p.point, M::money(p.salary), M::number(p.wte, 2))});
        w.bullets(std::move(posts));
        w.para(QStringLiteral("Salaries from %1 (%2), effective %3. Source: %4")
                   .arg(c.scales.year, c.scales.title, M::date(c.scales.effectiveFrom),
                        CaseText::sentence(c.scales.source)));
    }
}

void DeliveryCaseBuilder::financialCase(CaseBlockWriter &w, const CaseContext &c)
{
    const CostTable &a = c.affordability;
    w.section(QStringLiteral("financial"), QStringLiteral("5. Financial case"));
    w.para(QStringLiteral("Whether the trust can afford the options: what each costs the trust's own budget. %1. "
                          "The economic case's figures are higher because they include the pension contributions "
                          "paid centrally.")
               .arg(a.basisDescription));

    affordabilityAnnualCosts(w, c);
    preferredYearByYear(w, c);
    CostAnalysisBuilder::costByYear(w, c, a, QStringLiteral("affordability basis"));
    affordabilityPresentValues(w, c);
}

void DeliveryCaseBuilder::managementCase(CaseBlockWriter &w, const CaseContext &c)
{
    const ManagementCase &mc = c.bc.management;
    w.section(QStringLiteral("management"), QStringLiteral("6. Management case"));
    w.para(QStringLiteral("How the change will be delivered, governed and reviewed, and the risks to it."));
    Table gov;
    gov.caption = QStringLiteral("Ownership and governance");
    gov.widths = {30, 70};
    gov.rows = {
        {CaseCell::strong(QStringLiteral("Senior responsible owner")), CaseCell::text(mc.seniorResponsibleOwner)},
        {CaseCell::strong(QStringLiteral("Executive sponsor")), CaseCell::text(CaseText::personText(c.bc.sponsor))},
        {CaseCell::strong(QStringLiteral("Prepared by")), CaseCell::text(CaseText::personText(c.bc.preparedBy))},
        {CaseCell::strong(QStringLiteral("Governance")), CaseCell::text(mc.governance)},
    };
    w.table(std::move(gov));

    milestones(w, mc);
    benefitsRealisation(w, c);

    w.heading(QStringLiteral("Risks to delivery"));
    if (c.bc.risks.empty())
        w.para(QStringLiteral("The business case records no risks to delivery yet."));
    else
        w.table(CaseRiskTable::build(
            QStringLiteral("Risks to delivering the case, with likelihood, impact and mitigation"), c.bc.risks));
}

} // namespace ahplead
