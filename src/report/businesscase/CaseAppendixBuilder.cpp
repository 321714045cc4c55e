#include "report/businesscase/CaseAppendixBuilder.h"

#include "report/businesscase/CaseCell.h"
#include "report/businesscase/CaseText.h"

#include <cmath>
#include <utility>
#include <vector>

namespace ahplead {

namespace {

using M = BusinessCaseModel;
using Table = M::Table;
using Bullet = M::Bullet;

QString parameterValue(double value, const QString &unit)
{
    if (unit == QLatin1String("percent"))
        return M::rate(value);
    if (unit == QLatin1String("pounds_per_year"))
        return QString(M::money(value) + QStringLiteral(" a year"));
    if (unit == QLatin1String("years"))
        return CaseText::plural(std::lround(value), QStringLiteral("year"), QStringLiteral("years"));
    return M::number(value, 2);
}

// The discount factor of each year of the appraisal.
void discountFactors(CaseBlockWriter &w, const CaseContext &c)
{
    Table df;
    df.caption = QStringLiteral("Discount factors at %1").arg(M::rate(c.economic.discountRatePercent));
    df.headers = {QStringLiteral("Appraisal year"), QStringLiteral("Financial year"),
                  QStringLiteral("Discount factor")};
    df.widths = {30, 35, 35};
    for (std::size_t i = 0; i < c.economic.discountFactors.size(); ++i)
        df.rows.push_back({CaseCell::figure(QString::number(i)), CaseCell::text(c.yearLabel(static_cast<int>(i))),
                           CaseCell::figure(std::isfinite(c.economic.discountFactors[i])
                                                ? QString::number(c.economic.discountFactors[i], 'f', 4)
                                                : CaseText::Dash)});
    w.table(std::move(df));
}

// Every parameter of the costing with the date it took effect and its source: those of the
// pay scales, then those this case sets itself.
void costingParameters(CaseBlockWriter &w, const CaseContext &c)
{
    Table t;
    t.caption = QStringLiteral("Parameters of the costing, with their dates and sources");
    t.headers = {QStringLiteral("Parameter"), QStringLiteral("Value"), QStringLiteral("From"),
                 QStringLiteral("Source")};
    t.widths = {30, 14, 16, 40};
    for (const DatedParameter *p : c.scales.parameters())
        t.rows.push_back({CaseCell::strong(p->name), CaseCell::figure(parameterValue(p->value, p->unit)),
                          CaseCell::text(M::date(p->effectiveFrom)), CaseCell::text(p->source)});
    for (const CostParameter &p : c.economic.parameters)
        if (p.effectiveFrom.isEmpty())
            t.rows.push_back({CaseCell::strong(p.name), CaseCell::figure(parameterValue(p.value, p.unit)),
                              CaseCell::text(QStringLiteral("This case")), CaseCell::text(p.source)});
    t.notes << QStringLiteral("Pay scales: %1, effective %2. Source: %3")
                   .arg(c.scales.title, M::date(c.scales.effectiveFrom), CaseText::sentence(c.scales.source));
    w.table(std::move(t));
}

} // namespace

void CaseAppendixBuilder::handbookCoverage(CaseBlockWriter &w)
{
    w.section(QStringLiteral("handbook"), QStringLiteral("Appendix A: handbook section 3.1 in this case"));
    w.para(QStringLiteral("The chief AHP handbook (NHS England, 2022), section 3.1, lists what a business case for a "
                          "chief AHP post should cover. This is where each item is in this paper."));
    Table t;
    t.caption = QStringLiteral("Handbook section 3.1 and where this case covers it");
    t.headers = {QStringLiteral("Handbook section 3.1 asks for"), QStringLiteral("Where in this case")};
    t.widths = {60, 40};
    const std::vector<std::pair<const char *, const char *>> rows{
        {"The role's impact on trust objectives, priorities and key issues", "2.2 Strategic context"},
        {"Accountability for the quality and safety of AHP services, including workforce planning and development",
         "2.2 Strategic context"},
        {"The chief AHP's role in the wider business of the trust (patient safety, the quality agenda)",
         "2.2 Strategic context"},
        {"A cost analysis", "3.2 Cost analysis; 5. Financial case"},
        {"Care Quality Commission ratings, including well-led", "2.4"},
        {"A quality and equality impact assessment (QEIA)", "3.3"},
        {"A clear recommendation on the options, with impact, benefits and risks, including do nothing",
         "1. Executive summary; 3.1 The options"},
        {"The link to quality improvement and transformation", "2.2 Strategic context; 2.9 Models of care"},
        {"Chief AHP roles across the ICS and neighbouring ICSs", "2.8"},
        {"New or transformational models of care", "2.9"},
        {"The current AHP leadership structure", "2.1"},
        {"The ratio of AHP strategic leads to AHPs, beside nursing and medical", "2.7"},
        {"Workforce data: number of AHPs, registered and unregistered, advanced and non-traditional roles, cost per "
         "weighted activity unit",
         "2.5; 2.6"},
        {"Workforce-related metrics: sickness absence, recruitment and retention, vacancies, agency spend, staff "
         "survey engagement, student placements, apprenticeships",
         "2.6 Benchmarked metrics"},
        {"Quality metrics: length of stay, long length of stay, delayed transfers of care, admissions, place of "
         "discharge, waiting lists, readmissions within 28 days, failed discharges",
         "2.6 Benchmarked metrics"},
        {"Benchmarking with similar organisations that have a chief AHP (the Model Health System)",
         "2.6 Benchmarked metrics"},
    };
    for (const auto &[asks, where] : rows)
        t.rows.push_back({CaseCell::text(QString::fromUtf8(asks)), CaseCell::text(QString::fromUtf8(where))});
    t.notes << QStringLiteral("The handbook's own words are paraphrased; risks with their likelihood, impact and "
                              "mitigation are in 3.1 (each option) and 6. Management case.");
    w.table(std::move(t));
}

void CaseAppendixBuilder::costingMethod(CaseBlockWriter &w, const CaseContext &c)
{
    w.section(QStringLiteral("method"), QStringLiteral("Appendix B: how the costs are worked out"));
    const QStringList method{
        QStringLiteral("Each post costs its pay (the full-time salary of its band and pay point \u00D7 WTE), employer "
                       "National Insurance (the rate \u00D7 the salary above the threshold \u00D7 WTE), employer "
                       "pension (the rate of the basis \u00D7 pay) and the apprenticeship levy (the rate \u00D7 pay). "
                       "An option's annual cost is the sum of its posts and its annual non-pay costs."),
        QStringLiteral("Over the appraisal period each year's cost is the annual cost plus any one-off cost of that "
                       "year. Year 0 is not discounted; year t is multiplied by 1 / (1 + discount rate)^t. The sum is "
                       "the present value."),
        QStringLiteral("Optimism bias adds the case's percentage to the present value of every option except do "
                       "nothing, giving the risk-adjusted present value. Valued benefits count from the year they "
                       "start and are discounted the same way."),
        QStringLiteral("Two pension bases: the economic case uses the full employer contribution plus the "
                       "administration levy, the cost to the public sector; the financial case uses the part the "
                       "trust pays locally. Each costed table names its basis."),
        QStringLiteral("Money is held exactly and rounded to the nearest pound only when shown, so a total may "
                       "differ by a pound from the sum of the rounded figures above it."),
    };
    for (const QString &p : method)
        w.para(p);

    discountFactors(w, c);
    costingParameters(w, c);

    w.heading(QStringLiteral("Assumptions"));
    std::vector<Bullet> notes;
    for (const QString &n : c.economic.notes)
        notes.push_back({{}, CaseText::sentence(n)});
    notes.push_back({{}, CaseText::sentence(c.affordability.basisDescription)});
    w.bullets(std::move(notes));
}

} // namespace ahplead
