#include "core/businesscase/BusinessCaseValidator.h"

#include "core/assessment/Assessment.h"
#include "core/businesscase/BusinessRules.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <set>

namespace ahplead {

namespace {

QString num(double value)
{
    return BusinessRules::number(value);
}

// Collects problems under a JSON pointer prefix.
class Checker {
public:
    std::vector<FieldProblem> problems;

    void add(const QString &pointer, const QString &message) { problems.push_back({pointer, message}); }

    void required(const QString &pointer, const QString &text, const QString &why)
    {
        if (text.trimmed().isEmpty())
            add(pointer, QStringLiteral("is missing; ") + why);
    }

    // A quantity that cannot be negative and has a sane upper limit.
    bool nonNegative(const QString &pointer, double value, double max)
    {
        if (!std::isfinite(value)) {
            add(pointer, QStringLiteral("is not a number"));
            return false;
        }
        if (value < 0) {
            add(pointer, QStringLiteral("%1 must not be negative").arg(num(value)));
            return false;
        }
        if (value > max) {
            add(pointer, QStringLiteral("%1 is too large; at most %2 is allowed").arg(num(value), num(max)));
            return false;
        }
        return true;
    }

    bool percent(const QString &pointer, double value)
    {
        if (!nonNegative(pointer, value, BusinessRules::MaxMetricValue))
            return false;
        if (value > 100) {
            add(pointer, QStringLiteral("%1 is above 100; a percentage must be between 0 and 100").arg(num(value)));
            return false;
        }
        return true;
    }

    void between(const QString &pointer, double value, double low, double high, const QString &what)
    {
        if (!std::isfinite(value) || value < low || value > high)
            add(pointer, QStringLiteral("%1 is outside %2 to %3; %4").arg(num(value), num(low), num(high), what));
    }

    void date(const QString &pointer, const QString &text)
    {
        if (!text.isEmpty() && !BusinessRules::isIsoDate(text))
            add(pointer, QStringLiteral("\"%1\" is not a date such as 2026-11-20").arg(text));
    }

    void band(const QString &pointer, const QString &text, bool required)
    {
        if (text.isEmpty() && !required)
            return;
        if (!BusinessRules::isBand(text))
            add(pointer, QStringLiteral("\"%1\" is not an Agenda for Change band; expected one of %2")
                             .arg(text, BusinessRules::bands().join(QStringLiteral(", "))));
    }

    void postWte(const QString &pointer, double wte)
    {
        if (!std::isfinite(wte) || wte <= 0)
            add(pointer, wte < 0 ? QStringLiteral("%1 must not be negative").arg(num(wte))
                                 : QStringLiteral("%1 WTE is not a post; expected more than 0").arg(num(wte)));
        else if (wte > BusinessRules::MaxPostWte)
            add(pointer, QStringLiteral("%1 WTE is too large; at most %2 is allowed")
                             .arg(num(wte), num(BusinessRules::MaxPostWte)));
    }

    void headcount(const QString &pointer, int value)
    {
        if (value < 0)
            add(pointer, QStringLiteral("%1 must not be negative").arg(value));
        else if (value > BusinessRules::MaxHeadcount)
            add(pointer,
                QStringLiteral("%1 is too large; at most %2 is allowed").arg(value).arg(BusinessRules::MaxHeadcount));
    }

    // WTE for HEADCOUNT people: one person works at most 1 WTE.
    void wteOfPeople(const QString &pointer, double wte, int people)
    {
        if (!nonNegative(pointer, wte, BusinessRules::MaxWte))
            return;
        if (people >= 0 && wte > double(people) + 1e-9)
            add(pointer, QStringLiteral("%1 WTE is more than the headcount of %2; one person works at most 1 WTE")
                             .arg(num(wte))
                             .arg(people));
    }
};

void checkMetric(Checker &c, const QString &at, const Metric &m, QSet<QString> &ids)
{
    if (!BusinessRules::isId(m.id))
        c.add(at + QStringLiteral("/id"),
              QStringLiteral("\"%1\" is not an id; use lower-case words joined by underscores, such as "
                             "sickness_absence")
                  .arg(m.id));
    else if (ids.contains(m.id))
        c.add(at + QStringLiteral("/id"),
              QStringLiteral("\"%1\" is the id of another metric; ids must be unique").arg(m.id));
    ids.insert(m.id);
    c.required(at + QStringLiteral("/name"), m.name, QStringLiteral("name the metric"));
    if (m.unit == MetricUnit::Percent)
        c.percent(at + QStringLiteral("/value"), m.value);
    else
        c.nonNegative(at + QStringLiteral("/value"), m.value, BusinessRules::MaxMetricValue);
    c.required(at + QStringLiteral("/period"), m.period,
               QStringLiteral("give the period the figure covers, such as \"12 months to September 2026\""));
    c.required(at + QStringLiteral("/source"), m.source,
               QStringLiteral("name where the figure comes from, such as ESR or the Model Health System"));
    if (m.benchmark) {
        const QString b = at + QStringLiteral("/benchmark");
        if (m.unit == MetricUnit::Percent)
            c.percent(b + QStringLiteral("/value"), m.benchmark->value);
        else
            c.nonNegative(b + QStringLiteral("/value"), m.benchmark->value, BusinessRules::MaxMetricValue);
        c.required(b + QStringLiteral("/label"), m.benchmark->label,
                   QStringLiteral("say what the benchmark is, such as \"peer median\" or \"national\""));
    }
    if (m.tolerancePercent)
        c.percent(at + QStringLiteral("/tolerancePercent"), *m.tolerancePercent);
}

void checkRisk(Checker &c, const QString &at, const Risk &r)
{
    c.required(at + QStringLiteral("/description"), r.description, QStringLiteral("describe the risk"));
    if (r.likelihood < 1 || r.likelihood > 5)
        c.add(at + QStringLiteral("/likelihood"),
              QStringLiteral("%1 is not a likelihood; expected 1 (rare) to 5 (almost certain)").arg(r.likelihood));
    if (r.impact < 1 || r.impact > 5)
        c.add(at + QStringLiteral("/impact"),
              QStringLiteral("%1 is not an impact; expected 1 (negligible) to 5 (catastrophic)").arg(r.impact));
    c.required(at + QStringLiteral("/mitigation"), r.mitigation, QStringLiteral("say how the risk will be reduced"));
}

void checkOrganisation(Checker &c, const BusinessCase &bc)
{
    c.required(QStringLiteral("/title"), bc.title, QStringLiteral("give the business case a title"));
    c.date(QStringLiteral("/date"), bc.date);
    c.required(QStringLiteral("/organisation/name"), bc.organisation.name, QStringLiteral("name the organisation"));
    if (!Assessment::organisationTypes().contains(bc.organisation.type))
        c.add(QStringLiteral("/organisation/type"),
              QStringLiteral("\"%1\" is not one of %2")
                  .arg(bc.organisation.type, Assessment::organisationTypes().mid(1).join(QStringLiteral(", "))));

    const LeadershipStructure &l = bc.leadership;
    c.band(QStringLiteral("/leadership/band"), l.band, false);
    if (c.nonNegative(QStringLiteral("/leadership/wte"), l.wte, BusinessRules::MaxPostWte) && l.hasChiefAhp &&
        l.wte <= 0)
        c.add(QStringLiteral("/leadership/wte"),
              QStringLiteral("is 0, but the trust has a chief AHP; give the WTE of chief AHP time"));
}

void checkWorkforce(Checker &c, const BusinessCase &bc, QSet<QString> &metricIds)
{
    std::set<AhpProfession> seen;
    for (std::size_t i = 0; i < bc.workforce.professions.size(); ++i) {
        const ProfessionWorkforce &p = bc.workforce.professions[i];
        const QString at = QStringLiteral("/workforce/professions/%1").arg(i);
        if (seen.count(p.profession))
            c.add(at + QStringLiteral("/profession"),
                  QStringLiteral("%1 are listed twice").arg(enumLabel(p.profession)));
        seen.insert(p.profession);
        c.headcount(at + QStringLiteral("/registeredHeadcount"), p.registeredHeadcount);
        c.wteOfPeople(at + QStringLiteral("/registeredWte"), p.registeredWte, p.registeredHeadcount);
        c.headcount(at + QStringLiteral("/unregisteredHeadcount"), p.unregisteredHeadcount);
        c.wteOfPeople(at + QStringLiteral("/unregisteredWte"), p.unregisteredWte, p.unregisteredHeadcount);
        c.headcount(at + QStringLiteral("/advancedRoles"), p.advancedRoles);
        if (p.advancedRoles > p.registeredHeadcount && p.registeredHeadcount >= 0)
            c.add(at + QStringLiteral("/advancedRoles"),
                  QStringLiteral("%1 is more than the %2 registered staff; advanced and non-traditional roles are "
                                 "counted among the registered")
                      .arg(p.advancedRoles)
                      .arg(p.registeredHeadcount));
    }
    if (bc.workforce.costPerWau)
        checkMetric(c, QStringLiteral("/workforce/costPerWau"), *bc.workforce.costPerWau, metricIds);
    for (std::size_t i = 0; i < bc.workforceMetrics.size(); ++i)
        checkMetric(c, QStringLiteral("/workforceMetrics/%1").arg(i), bc.workforceMetrics[i], metricIds);
    for (std::size_t i = 0; i < bc.qualityMetrics.size(); ++i)
        checkMetric(c, QStringLiteral("/qualityMetrics/%1").arg(i), bc.qualityMetrics[i], metricIds);

    if (bc.strategicLeads) {
        const std::pair<const char *, const LeadGroup *> groups[] = {{"ahp", &bc.strategicLeads->ahp},
                                                                     {"nursing", &bc.strategicLeads->nursing},
                                                                     {"medical", &bc.strategicLeads->medical}};
        for (const auto &[key, group] : groups) {
            const QString at = QStringLiteral("/strategicLeads/") + QLatin1String(key);
            c.nonNegative(at + QStringLiteral("/leadsWte"), group->leadsWte, BusinessRules::MaxWte);
            c.nonNegative(at + QStringLiteral("/workforceWte"), group->workforceWte, BusinessRules::MaxWte);
        }
    }
}

void checkContext(Checker &c, const BusinessCase &bc)
{
    for (std::size_t i = 0; i < bc.regionalRoles.size(); ++i) {
        const RegionalRole &r = bc.regionalRoles[i];
        const QString at = QStringLiteral("/regionalRoles/%1").arg(i);
        c.required(at + QStringLiteral("/organisation"), r.organisation, QStringLiteral("name the organisation"));
        c.band(at + QStringLiteral("/band"), r.band, false);
        if (r.wte)
            c.nonNegative(at + QStringLiteral("/wte"), *r.wte, BusinessRules::MaxPostWte);
    }
    for (std::size_t i = 0; i < bc.modelsOfCare.size(); ++i)
        c.required(QStringLiteral("/modelsOfCare/%1/title").arg(i), bc.modelsOfCare[i].title,
                   QStringLiteral("name the model of care"));
    if (bc.cqc)
        c.date(QStringLiteral("/cqc/published"), bc.cqc->published);

    c.date(QStringLiteral("/qeia/date"), bc.qeia.date);
    for (std::size_t i = 0; i < bc.qeia.screening.size(); ++i)
        c.required(QStringLiteral("/qeia/screening/%1/question").arg(i), bc.qeia.screening[i].question,
                   QStringLiteral("write the screening question"));
    std::set<QualityArea> areas;
    for (std::size_t i = 0; i < bc.qeia.quality.size(); ++i) {
        const QualityImpact &q = bc.qeia.quality[i];
        const QString at = QStringLiteral("/qeia/quality/%1").arg(i);
        if (areas.count(q.area))
            c.add(at + QStringLiteral("/area"), QStringLiteral("%1 is assessed twice").arg(enumLabel(q.area)));
        areas.insert(q.area);
        if (q.impact == Impact::Negative)
            c.required(at + QStringLiteral("/mitigation"), q.mitigation,
                       QStringLiteral("a negative impact needs a mitigation"));
    }
    std::set<ProtectedCharacteristic> characteristics;
    for (std::size_t i = 0; i < bc.qeia.equality.size(); ++i) {
        const EqualityImpact &e = bc.qeia.equality[i];
        const QString at = QStringLiteral("/qeia/equality/%1").arg(i);
        if (characteristics.count(e.characteristic))
            c.add(at + QStringLiteral("/characteristic"),
                  QStringLiteral("%1 is assessed twice").arg(enumLabel(e.characteristic)));
        characteristics.insert(e.characteristic);
        if (e.impact == Impact::Negative)
            c.required(at + QStringLiteral("/mitigation"), e.mitigation,
                       QStringLiteral("a negative impact needs a mitigation"));
    }
    for (std::size_t i = 0; i < bc.risks.size(); ++i)
        checkRisk(c, QStringLiteral("/risks/%1").arg(i), bc.risks[i]);
}

void checkAppraisal(Checker &c, const Appraisal &a)
{
    if (!a.payScaleYear.isEmpty() && !BusinessRules::isFinancialYear(a.payScaleYear))
        c.add(QStringLiteral("/appraisal/payScaleYear"),
              QStringLiteral("\"%1\" is not a financial year such as 2025/26").arg(a.payScaleYear));
    if (!a.startYear.isEmpty() && !BusinessRules::isFinancialYear(a.startYear))
        c.add(QStringLiteral("/appraisal/startYear"),
              QStringLiteral("\"%1\" is not a financial year such as 2027/28").arg(a.startYear));
    if (a.years < 1 || a.years > BusinessRules::MaxAppraisalYears)
        c.add(QStringLiteral("/appraisal/years"),
              QStringLiteral("%1 is not an appraisal period; expected 1 to %2 years")
                  .arg(a.years)
                  .arg(BusinessRules::MaxAppraisalYears));
    c.percent(QStringLiteral("/appraisal/discountRatePercent"), a.discountRatePercent);
    c.percent(QStringLiteral("/appraisal/optimismBiasPercent"), a.optimismBiasPercent);
    c.between(QStringLiteral("/appraisal/payUpliftPercent"), a.payUpliftPercent, BusinessRules::MinPayUpliftPercent,
              BusinessRules::MaxPayUpliftPercent,
              QStringLiteral("a yearly pay uplift is a percentage such as 0 or 1.5"));
}

void checkOption(Checker &c, const QString &at, const Option &o, const BusinessCase &bc)
{
    const int lastYear = bc.appraisal.years - 1;
    c.required(at + QStringLiteral("/title"), o.title, QStringLiteral("give the option a title"));
    for (std::size_t i = 0; i < o.posts.size(); ++i) {
        const Post &p = o.posts[i];
        const QString pa = at + QStringLiteral("/posts/%1").arg(i);
        c.required(pa + QStringLiteral("/title"), p.title, QStringLiteral("name the post"));
        c.band(pa + QStringLiteral("/band"), p.band, true);
        if (!BusinessRules::payPoints().contains(p.point))
            c.add(pa + QStringLiteral("/point"),
                  QStringLiteral("\"%1\" is not a pay point; expected one of %2")
                      .arg(p.point, BusinessRules::payPoints().join(QStringLiteral(", "))));
        c.postWte(pa + QStringLiteral("/wte"), p.wte);
    }
    for (std::size_t i = 0; i < o.nonPay.size(); ++i) {
        const NonPayCost &n = o.nonPay[i];
        const QString na = at + QStringLiteral("/nonPay/%1").arg(i);
        c.required(na + QStringLiteral("/description"), n.description, QStringLiteral("describe the cost"));
        c.nonNegative(na + QStringLiteral("/amount"), n.amount, BusinessRules::MaxMoney);
        if (n.recurrence == Recurrence::OneOff && (n.year < 0 || n.year > lastYear))
            c.add(na + QStringLiteral("/year"),
                  QStringLiteral("%1 is outside the appraisal (years 0 to %2)").arg(n.year).arg(lastYear));
    }
    for (std::size_t i = 0; i < o.benefits.size(); ++i) {
        const Benefit &b = o.benefits[i];
        const QString ba = at + QStringLiteral("/benefits/%1").arg(i);
        c.required(ba + QStringLiteral("/description"), b.description, QStringLiteral("describe the benefit"));
        if (b.kind == BenefitKind::CashReleasing && !b.annualValue)
            c.add(ba + QStringLiteral("/annualValue"),
                  QStringLiteral("is missing; a cash-releasing benefit needs its value in pounds a year"));
        if (b.kind == BenefitKind::Qualitative && b.annualValue)
            c.add(ba + QStringLiteral("/annualValue"),
                  QStringLiteral("a qualitative benefit has no value in pounds; make it non_cash_releasing or remove "
                                 "the value"));
        if (b.annualValue)
            c.nonNegative(ba + QStringLiteral("/annualValue"), *b.annualValue, BusinessRules::MaxMoney);
        if (b.fromYear < 0 || b.fromYear > lastYear)
            c.add(ba + QStringLiteral("/fromYear"),
                  QStringLiteral("%1 is outside the appraisal (years 0 to %2)").arg(b.fromYear).arg(lastYear));
        if (!b.metric.isEmpty() && !bc.metric(b.metric))
            c.add(ba + QStringLiteral("/metric"),
                  QStringLiteral("\"%1\" is not the id of a metric in this business case").arg(b.metric));
    }
    for (std::size_t i = 0; i < o.risks.size(); ++i)
        checkRisk(c, at + QStringLiteral("/risks/%1").arg(i), o.risks[i]);
    if (o.optimismBiasPercent)
        c.percent(at + QStringLiteral("/optimismBiasPercent"), *o.optimismBiasPercent);
}

void checkOptions(Checker &c, const BusinessCase &bc)
{
    int doNothing = -1;
    int preferred = -1;
    QHash<QString, std::size_t> ids;
    for (std::size_t i = 0; i < bc.options.size(); ++i) {
        const Option &o = bc.options[i];
        const QString at = QStringLiteral("/options/%1").arg(i);
        if (!BusinessRules::isId(o.id))
            c.add(at + QStringLiteral("/id"),
                  QStringLiteral("\"%1\" is not an id; use lower-case words joined by underscores, such as "
                                 "do_nothing")
                      .arg(o.id));
        else if (ids.contains(o.id))
            c.add(at + QStringLiteral("/id"),
                  QStringLiteral("\"%1\" is also the id of /options/%2; ids must be unique").arg(o.id).arg(ids[o.id]));
        ids.insert(o.id, i);
        if (o.kind == OptionKind::DoNothing) {
            if (doNothing >= 0)
                c.add(at + QStringLiteral("/kind"),
                      QStringLiteral("a second do-nothing option; there must be exactly one (the first is "
                                     "/options/%1)")
                          .arg(doNothing));
            else
                doNothing = int(i);
        }
        if (o.kind == OptionKind::Preferred) {
            if (preferred >= 0)
                c.add(at + QStringLiteral("/kind"),
                      QStringLiteral("a second preferred option; at most one option can be preferred (the first is "
                                     "/options/%1)")
                          .arg(preferred));
            else
                preferred = int(i);
        }
        checkOption(c, at, o, bc);
    }
    if (doNothing < 0)
        c.add(
            QStringLiteral("/options"),
            QStringLiteral("there is no do-nothing option; add one with \"kind\": \"do_nothing\" (business as usual), "
                           "which the Green Book asks every options appraisal to compare against"));
}

} // namespace

std::vector<FieldProblem> BusinessCaseValidator::problems(const BusinessCase &bc)
{
    Checker c;
    QSet<QString> metricIds;
    checkOrganisation(c, bc);
    checkWorkforce(c, bc, metricIds);
    checkContext(c, bc);
    checkAppraisal(c, bc.appraisal);
    checkOptions(c, bc);
    return c.problems;
}

Status BusinessCaseValidator::check(const BusinessCase &bc, const QString &fileName)
{
    const auto found = problems(bc);
    if (found.empty())
        return success();
    const QString text = found.front().text();
    return fail(fileName.isEmpty() ? text : fileName + QStringLiteral(": ") + text);
}

} // namespace ahplead
