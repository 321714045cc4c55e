#include "report/businesscase/EconomicCaseBuilder.h"

#include "report/businesscase/CaseCell.h"
#include "report/businesscase/CaseRiskTable.h"
#include "report/businesscase/CaseText.h"
#include "report/businesscase/CostAnalysisBuilder.h"

namespace ahplead {

namespace {

using M = BusinessCaseModel;
using Table = M::Table;
using Tone = M::Tone;

Tone impactTone(Impact i)
{
    switch (i) {
    case Impact::Positive:
        return Tone::Green;
    case Impact::Negative:
        return Tone::Red;
    case Impact::Neutral:
        return Tone::None;
    case Impact::Unknown:
        break;
    }
    return Tone::Grey;
}

// The benefits of option INDEX, each with the metric it moves, or why it has none.
void optionBenefits(CaseBlockWriter &w, const CaseContext &c, std::size_t index)
{
    const Option &o = c.bc.options[index];
    if (o.benefits.empty()) {
        w.para(o.kind == OptionKind::DoNothing
                   ? QStringLiteral("No benefits: do nothing is the baseline the other options are measured against.")
                   : QStringLiteral("The business case gives no benefits for this option."),
               QStringLiteral("Benefits. "));
    } else {
        Table b;
        b.caption = QStringLiteral("Option %1: benefits").arg(index + 1);
        b.headers = {QStringLiteral("Benefit and how it will be seen"), QStringLiteral("Kind"),
                     QStringLiteral("Value a year"), QStringLiteral("From"), QStringLiteral("Metric it moves")};
        b.widths = {40, 16, 14, 12, 18};
        bool untied = false;
        for (const Benefit &benefit : o.benefits) {
            const Metric *metric = benefit.metric.isEmpty() ? nullptr : c.bc.metric(benefit.metric);
            untied = untied || !metric;
            b.rows.push_back(
                {CaseCell::text(benefit.description, benefit.measure), CaseCell::text(enumLabel(benefit.kind)),
                 benefit.annualValue ? CaseCell::money(*benefit.annualValue)
                                     : CaseCell::figure(QStringLiteral("Not valued")),
                 CaseCell::text(c.yearLabel(benefit.fromYear)),
                 metric ? CaseCell::text(metric->name, QStringLiteral("Now %1").arg(
                                                           CaseText::metricValue(metric->value, metric->unit)))
                        : CaseCell::text(CaseText::Dash)});
        }
        if (untied)
            b.notes << QString(CaseText::Dash + QStringLiteral(" not tied to a metric."));
        w.table(std::move(b));
    }
}

// One option of the shortlist: what it is, what it costs, its benefits, risks and assessment.
void optionDetail(CaseBlockWriter &w, const CaseContext &c, std::size_t index)
{
    const Option &o = c.bc.options[index];
    const OptionCost *oc = c.economic.option(o.id);
    w.heading(QStringLiteral("Option %1: %2").arg(index + 1).arg(enumLabel(o.kind)), 4);
    const QString title = CaseText::sentence(o.titleWithoutKind());
    w.para(o.description, title.isEmpty() ? QString() : QString(title + QLatin1Char(' ')));
    if (!oc)
        return;
    CostAnalysisBuilder::optionCosts(w, c, index, *oc);
    optionBenefits(w, c, index);
    if (!o.risks.empty())
        w.table(CaseRiskTable::build(QStringLiteral("Option %1: risks").arg(index + 1), o.risks));
    w.para(CaseText::orNotGiven(o.recommendation), QStringLiteral("Assessment. "));
}

// The impact on each area of quality; an area the assessment leaves out is "Not assessed".
void qualityImpacts(CaseBlockWriter &w, const Qeia &q)
{
    Table quality;
    quality.caption = QStringLiteral("Impact on quality");
    quality.headers = {QStringLiteral("Area"), QStringLiteral("Impact"), QStringLiteral("Description"),
                       QStringLiteral("Mitigation")};
    quality.widths = {20, 12, 40, 28};
    for (QualityArea area : enumValues<QualityArea>()) {
        const QualityImpact *found = nullptr;
        for (const QualityImpact &i : q.quality)
            if (i.area == area)
                found = &i;
        if (!found) {
            quality.rows.push_back({CaseCell::strong(enumLabel(area)),
                                    CaseCell::toned(QStringLiteral("Not assessed"), Tone::Grey),
                                    CaseCell::text(QString()), CaseCell::text(QString())});
            continue;
        }
        quality.rows.push_back({CaseCell::strong(enumLabel(area)),
                                CaseCell::toned(enumLabel(found->impact), impactTone(found->impact)),
                                CaseCell::text(found->description),
                                CaseCell::text(found->mitigation.isEmpty() && found->impact != Impact::Negative
                                                   ? QStringLiteral("None needed")
                                                   : found->mitigation)});
    }
    w.table(std::move(quality));
}

// The impact on people with each protected characteristic (Equality Act 2010).
void equalityImpacts(CaseBlockWriter &w, const Qeia &q)
{
    Table equality;
    equality.caption = QStringLiteral("Impact on people with each protected characteristic (Equality Act 2010)");
    equality.headers = {QStringLiteral("Protected characteristic"), QStringLiteral("Impact"),
                        QStringLiteral("Description"), QStringLiteral("Mitigation")};
    equality.widths = {20, 12, 40, 28};
    for (ProtectedCharacteristic pc : enumValues<ProtectedCharacteristic>()) {
        const EqualityImpact *e = q.impactFor(pc);
        if (!e) {
            equality.rows.push_back({CaseCell::strong(enumLabel(pc)),
                                     CaseCell::toned(QStringLiteral("Not assessed"), Tone::Grey),
                                     CaseCell::text(QString()), CaseCell::text(QString())});
            continue;
        }
        equality.rows.push_back(
            {CaseCell::strong(enumLabel(pc)), CaseCell::toned(enumLabel(e->impact), impactTone(e->impact)),
             CaseCell::text(e->description),
             CaseCell::text(e->mitigation.isEmpty() && e->impact != Impact::Negative ? QStringLiteral("None needed")
                                                                                     : e->mitigation)});
    }
    equality.notes << QString(CaseText::Dash + QStringLiteral(" not recorded in the assessment."));
    w.table(std::move(equality));
}

void qeia(CaseBlockWriter &w, const CaseContext &c)
{
    const Qeia &q = c.bc.qeia;
    w.heading(QStringLiteral("3.3 Quality and equality impact assessment (QEIA)"));
    QString intro = QStringLiteral("A quality and equality impact assessment of the preferred option");
    if (!q.completedBy.isEmpty())
        intro += QStringLiteral(", completed by %1").arg(q.completedBy);
    if (!q.date.isEmpty())
        intro += QStringLiteral(" on %1").arg(M::date(q.date));
    w.para(intro + QLatin1Char('.'));

    if (!q.screening.empty()) {
        Table t;
        t.caption = QStringLiteral("QEIA screening questions");
        t.headers = {QStringLiteral("Question"), QStringLiteral("Answer"), QStringLiteral("Notes")};
        t.widths = {44, 12, 44};
        for (const ScreeningItem &s : q.screening)
            t.rows.push_back(
                {CaseCell::text(s.question), CaseCell::strong(enumLabel(s.answer)), CaseCell::text(s.notes)});
        w.table(std::move(t));
    }
    qualityImpacts(w, q);
    equalityImpacts(w, q);
    if (!q.conclusion.isEmpty())
        w.para(q.conclusion, QStringLiteral("Conclusion. "));
}

} // namespace

void EconomicCaseBuilder::write(CaseBlockWriter &w, const CaseContext &c)
{
    w.section(QStringLiteral("economic"), QStringLiteral("3. Economic case"));
    w.para(QStringLiteral("Which option gives the best value for money: the shortlisted options, including do nothing, "
                          "with their costs, benefits and risks, appraised as the HM Treasury Green Book asks."));
    w.heading(QStringLiteral("3.1 The options, including do nothing"));
    QString shortlist = QStringLiteral("The shortlist compares %1 options against do nothing (business as usual).")
                            .arg(c.bc.options.size() - 1);
    const QStringList gaps = c.bc.shortlistGaps();
    if (!gaps.isEmpty())
        shortlist += QStringLiteral(" The Green Book shortlist also asks for: %1.")
                         .arg(CaseText::joinAnd(CaseText::lowerFirst(gaps)));
    w.para(shortlist);
    for (std::size_t i = 0; i < c.bc.options.size(); ++i)
        optionDetail(w, c, i);
    CostAnalysisBuilder::write(w, c);
    qeia(w, c);
}

} // namespace ahplead
