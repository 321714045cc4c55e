#include "report/businesscase/CostAnalysisBuilder.h"

#include "report/businesscase/CaseCell.h"
#include "report/businesscase/CaseText.h"

#include <algorithm>
#include <cmath>

namespace ahplead {

namespace {

using M = BusinessCaseModel;
using Cell = M::Cell;
using Table = M::Table;
using Bullet = M::Bullet;

// Splits the years of an appraisal into tables of at most this many, so a 30-year
// appraisal stays readable on A4 portrait.
constexpr int YearsPerTable = 6;

// Each option's annual cost, by pay, on-costs and non-pay.
void annualCosts(CaseBlockWriter &w, const CaseContext &c)
{
    const CostTable &e = c.economic;
    Table annual;
    annual.caption = QStringLiteral("Annual cost of each option (economic basis)");
    annual.headers = {QStringLiteral("Option"),      QStringLiteral("Pay"),          QStringLiteral("Employer NI"),
                      QStringLiteral("Pension"),     QStringLiteral("Levy"),         QStringLiteral("Non-pay a year"),
                      QStringLiteral("Annual cost"), QStringLiteral("One-off costs")};
    annual.widths = {22, 11, 11, 11, 9, 11, 13, 12};
    for (const OptionCost &oc : e.options)
        annual.rows.push_back({CaseCell::strong(c.optionLabel(oc.optionId)), CaseCell::money(oc.annualPay),
                               CaseCell::money(oc.annualEmployerNi), CaseCell::money(oc.annualPension),
                               CaseCell::money(oc.annualLevy), CaseCell::money(oc.annualNonPay),
                               CaseCell::money(oc.annualCost, true), CaseCell::money(oc.oneOffNonPay)});
    annual.notes << QStringLiteral("A full year's cost: one-off costs are not part of it.") << c.costingStamp(e);
    w.table(std::move(annual));
}

// The present value of each option and its optimism bias.
void presentValues(CaseBlockWriter &w, const CaseContext &c)
{
    const CostTable &e = c.economic;
    Table pv;
    pv.caption = QStringLiteral("Present value of the costs and optimism bias (economic basis)");
    pv.headers = {QStringLiteral("Option"),        QStringLiteral("Total cost"),
                  QStringLiteral("Present value"), QStringLiteral("Optimism bias rate"),
                  QStringLiteral("Optimism bias"), QStringLiteral("Risk-adjusted present value")};
    pv.widths = {24, 15, 15, 13, 15, 18};
    for (const OptionCost &oc : e.options)
        pv.rows.push_back({CaseCell::strong(c.optionLabel(oc.optionId)), CaseCell::money(oc.totalCost),
                           CaseCell::money(oc.presentValue), CaseCell::figure(M::percent(oc.optimismBiasPercent)),
                           CaseCell::money(oc.optimismBias), CaseCell::money(oc.riskAdjustedPresentValue, true)});
    pv.notes << c.discountStamp(e) << c.costingStamp(e);
    w.table(std::move(pv));
}

// Net present cost and net present social value of each option.
void netPresentValues(CaseBlockWriter &w, const CaseContext &c)
{
    const CostTable &e = c.economic;
    Table net;
    net.caption = QStringLiteral("Benefits and net present value (economic basis)");
    net.headers = {QStringLiteral("Option"),
                   QStringLiteral("Risk-adjusted present value of costs"),
                   QStringLiteral("Cash-releasing benefits, present value"),
                   QStringLiteral("Net present cost"),
                   QStringLiteral("Non-cash-releasing benefits, present value"),
                   QStringLiteral("Net present social value")};
    net.widths = {22, 16, 16, 14, 17, 15};
    for (const OptionCost &oc : e.options)
        net.rows.push_back({CaseCell::strong(c.optionLabel(oc.optionId)), CaseCell::money(oc.riskAdjustedPresentValue),
                            CaseCell::money(oc.cashReleasingPresentValue), CaseCell::money(oc.netPresentCost, true),
                            CaseCell::money(oc.nonCashReleasingPresentValue),
                            CaseCell::money(oc.netPresentSocialValue, true)});
    net.notes << QStringLiteral("Net present cost = risk-adjusted present value of the costs less the present value of "
                                "the cash-releasing benefits (lower is better). Net present social value = the present "
                                "value of all valued benefits less the risk-adjusted costs (higher is better).")
              << c.discountStamp(e) << c.costingStamp(e);
    w.table(std::move(net));
}

// Each option less do nothing; no table when do nothing is the only option.
void differencesFromDoNothing(CaseBlockWriter &w, const CaseContext &c)
{
    const CostTable &e = c.economic;
    Table diff;
    diff.caption = QStringLiteral("Difference from do nothing: each option less do nothing (economic basis)");
    diff.headers = {QStringLiteral("Option"),
                    QStringLiteral("Annual cost"),
                    QStringLiteral("Total cost"),
                    QStringLiteral("Present value"),
                    QStringLiteral("Risk-adjusted present value"),
                    QStringLiteral("Net present cost"),
                    QStringLiteral("Net present social value")};
    diff.widths = {22, 12, 13, 13, 14, 13, 13};
    for (const OptionCost &oc : e.options) {
        if (oc.kind == OptionKind::DoNothing)
            continue;
        diff.rows.push_back({CaseCell::strong(c.optionLabel(oc.optionId)), CaseCell::money(oc.annualCostDifference),
                             CaseCell::money(oc.totalCostDifference), CaseCell::money(oc.presentValueDifference),
                             CaseCell::money(oc.riskAdjustedPresentValueDifference),
                             CaseCell::money(oc.netPresentCostDifference, true),
                             CaseCell::money(oc.netPresentSocialValueDifference, true)});
    }
    diff.notes << QStringLiteral("A positive cost difference costs more than doing nothing; a positive net present "
                                 "social value difference is better than doing nothing.")
               << c.discountStamp(e) << c.costingStamp(e);
    if (!diff.rows.empty())
        w.table(std::move(diff));
}

// What the preferred option costs against do nothing, and whether its net present social
// value is the highest.
void preferredValueForMoney(CaseBlockWriter &w, const CaseContext &c)
{
    const CostTable &e = c.economic;
    if (const OptionCost *p = c.preferred(e)) {
        const OptionCost *best = nullptr;
        for (const OptionCost &oc : e.options)
            if (!best || oc.netPresentSocialValue > best->netPresentSocialValue)
                best = &oc;
        QString s = QStringLiteral("The preferred option costs %1 a year more than doing nothing. Over %2, after "
                                   "optimism bias and its cash-releasing savings, its net present cost is %3 %4 than "
                                   "doing nothing")
                        .arg(M::money(p->annualCostDifference),
                             CaseText::plural(e.years, QStringLiteral("year"), QStringLiteral("years")),
                             M::money(std::fabs(p->netPresentCostDifference)),
                             p->netPresentCostDifference >= 0 ? QStringLiteral("more") : QStringLiteral("less"));
        s += best == p ? QStringLiteral(", and its net present social value (%1) is the highest of the %2 options.")
                             .arg(M::money(p->netPresentSocialValue))
                             .arg(e.options.size())
                       : QStringLiteral("; its net present social value is %1, against %2 for %3.")
                             .arg(M::money(p->netPresentSocialValue), M::money(best->netPresentSocialValue),
                                  c.optionLabel(best->optionId));
        w.para(s);
    }
}

// The optimism bias rate and the reason the case gives for it.
void optimismBias(CaseBlockWriter &w, const CaseContext &c)
{
    w.heading(QStringLiteral("Optimism bias"), 4);
    w.para(QStringLiteral("The costs of every option except do nothing are increased by %1 of their present value. %2")
               .arg(M::rate(c.bc.appraisal.optimismBiasPercent),
                    c.bc.appraisal.optimismBiasRationale.isEmpty()
                        ? QStringLiteral("The business case gives no reason for this percentage; the Green Book asks "
                                         "for one based on the organisation's own evidence.")
                        : c.bc.appraisal.optimismBiasRationale));
}

} // namespace

void CostAnalysisBuilder::optionCosts(CaseBlockWriter &w, const CaseContext &c, std::size_t index, const OptionCost &oc)
{
    const Option &o = c.bc.options[index];
    Table posts;
    posts.caption = QStringLiteral("Option %1: posts and their annual cost (economic basis, %2 pay scales)")
                        .arg(index + 1)
                        .arg(c.economic.payScaleYear);
    posts.headers = {QStringLiteral("Post"),       QStringLiteral("Band, point"),
                     QStringLiteral("WTE"),        QStringLiteral("Full-time salary"),
                     QStringLiteral("Pay"),        QStringLiteral("Employer NI"),
                     QStringLiteral("Pension"),    QStringLiteral("Levy"),
                     QStringLiteral("Annual cost")};
    posts.widths = {20, 13, 6, 11, 10, 10, 10, 7, 13};
    for (const PostCost &p : oc.posts) {
        posts.rows.push_back({CaseCell::text(p.title), CaseCell::text(QStringLiteral("%1 %2").arg(p.band, p.point)),
                              CaseCell::figure(M::number(p.wte, 2)), CaseCell::money(p.salary), CaseCell::money(p.pay),
                              CaseCell::money(p.employerNi), CaseCell::money(p.pension), CaseCell::money(p.levy),
                              CaseCell::money(p.total())});
    }
    for (const NonPayCost &n : o.nonPay)
        if (n.recurrence == Recurrence::Annual)
            posts.rows.push_back({CaseCell::text(QStringLiteral("Non-pay: %1").arg(n.description)),
                                  CaseCell::text(QStringLiteral("a year")), CaseCell::figure(CaseText::Dash),
                                  CaseCell::figure(CaseText::Dash), CaseCell::figure(CaseText::Dash),
                                  CaseCell::figure(CaseText::Dash), CaseCell::figure(CaseText::Dash),
                                  CaseCell::figure(CaseText::Dash), CaseCell::money(n.amount)});
    posts.rows.push_back({CaseCell::strong(QStringLiteral("Annual cost")), CaseCell::text(QString()),
                          CaseCell::figure(CaseText::Dash), CaseCell::figure(CaseText::Dash),
                          CaseCell::money(oc.annualPay, true), CaseCell::money(oc.annualEmployerNi, true),
                          CaseCell::money(oc.annualPension, true), CaseCell::money(oc.annualLevy, true),
                          CaseCell::money(oc.annualCost, true)});
    posts.rows.back()[1] = CaseCell::text(CaseText::Dash);
    posts.notes << QString(CaseText::Dash + QStringLiteral(" does not apply to the row."));
    posts.notes << c.costingStamp(c.economic);
    w.table(std::move(posts));

    std::vector<Bullet> oneOff;
    for (const NonPayCost &n : o.nonPay)
        if (n.recurrence == Recurrence::OneOff)
            oneOff.push_back({QStringLiteral("One-off, %1: ").arg(c.yearLabel(n.year)),
                              QStringLiteral("%1, %2.").arg(n.description, M::money(n.amount))});
    w.bullets(std::move(oneOff));
}

void CostAnalysisBuilder::write(CaseBlockWriter &w, const CaseContext &c)
{
    const CostTable &e = c.economic;
    w.heading(QStringLiteral("3.2 Cost analysis (economic basis)"));
    w.para(QStringLiteral("The economic case counts the full cost to the public sector, including the part of the "
                          "employer pension contribution paid centrally. %1.")
               .arg(e.basisDescription));

    annualCosts(w, c);
    costByYear(w, c, e, QStringLiteral("economic basis"));
    presentValues(w, c);
    netPresentValues(w, c);
    differencesFromDoNothing(w, c);
    preferredValueForMoney(w, c);
    optimismBias(w, c);
}

void CostAnalysisBuilder::costByYear(CaseBlockWriter &w, const CaseContext &c, const CostTable &table,
                                     const QString &basis)
{
    const int years = table.years;
    for (int first = 0; first < years; first += YearsPerTable) {
        const int last = std::min(years, first + YearsPerTable) - 1;
        const bool withTotal = last == years - 1;
        Table t;
        t.caption = years <= YearsPerTable ? QStringLiteral("Cost of each option year by year (%1)").arg(basis)
                                           : QStringLiteral("Cost of each option year by year, %1 to %2 (%3)")
                                                 .arg(c.yearLabel(first), c.yearLabel(last), basis);
        t.headers << QStringLiteral("Option");
        for (int y = first; y <= last; ++y)
            t.headers << c.yearLabel(y);
        if (withTotal)
            t.headers << QStringLiteral("Total");
        const int columns = static_cast<int>(t.headers.size());
        t.widths = {columns >= 7 ? 22.0 : 28.0};
        for (int i = 1; i < columns; ++i)
            t.widths.push_back((100.0 - t.widths.front()) / (columns - 1));
        for (const OptionCost &oc : table.options) {
            std::vector<Cell> row{CaseCell::strong(c.optionLabel(oc.optionId))};
            for (int y = first; y <= last; ++y)
                row.push_back(CaseCell::money(y < static_cast<int>(oc.years.size()) ? oc.years[y].total : NAN));
            if (withTotal)
                row.push_back(CaseCell::money(oc.totalCost, true));
            t.rows.push_back(std::move(row));
        }
        t.notes << QStringLiteral("Undiscounted, in real terms. One-off costs fall in the year they name.")
                << c.costingStamp(table);
        w.table(std::move(t));
    }
}

} // namespace ahplead
