#include "report/businesscase/StrategicCaseBuilder.h"

#include "core/assessment/CitationText.h"
#include "core/businesscase/MetricPeerComparison.h"
#include "core/businesscase/MetricRating.h"
#include "report/assessment/ReportModel.h"
#include "report/businesscase/CaseCell.h"
#include "report/businesscase/CaseText.h"

#include <algorithm>
#include <cmath>

namespace ahplead {

namespace {

using M = BusinessCaseModel;
using Cell = M::Cell;
using Table = M::Table;
using Tone = M::Tone;

// How far a metric is from its benchmark, in words ("17.4% worse than the benchmark").
QString comparisonText(const Metric &m, const MetricComparison &c)
{
    if (!m.benchmark || m.better == Direction::Neither)
        return {};
    if (c.difference == 0.0)
        return QStringLiteral("the same as the benchmark");
    const bool worse = m.better == Direction::LowerIsBetter ? c.difference > 0 : c.difference < 0;
    const QString how = worse ? QStringLiteral("worse") : QStringLiteral("better");
    if (c.relativePercent)
        return QStringLiteral("%1 %2 than the benchmark").arg(M::percent(*c.relativePercent), how);
    return QStringLiteral("%1 %2 than the benchmark").arg(CaseText::metricValue(std::fabs(c.difference), m.unit), how);
}

Cell ratingCell(const Metric &m)
{
    const MetricComparison c = MetricRating::compare(m);
    const QString how = comparisonText(m, c);
    switch (c.rating) {
    case Rating::Green:
        return CaseCell::toned(QStringLiteral("Green"), Tone::Green, CaseText::capitalised(how));
    case Rating::Amber:
        return CaseCell::toned(
            QStringLiteral("Amber"), Tone::Amber,
            QStringLiteral("%1 (tolerance %2)").arg(CaseText::capitalised(how), M::percent(c.tolerancePercent)));
    case Rating::Red:
        return CaseCell::toned(
            QStringLiteral("Red"), Tone::Red,
            QStringLiteral("%1 (tolerance %2)").arg(CaseText::capitalised(how), M::percent(c.tolerancePercent)));
    case Rating::NoBenchmark:
        return CaseCell::toned(QStringLiteral("Not benchmarked"), Tone::Grey);
    case Rating::NoDirection:
        break;
    }
    return CaseCell::toned(QStringLiteral("Not rated"), Tone::Grey,
                           QStringLiteral("Neither higher nor lower is better"));
}

Tone cqcTone(CqcRating r)
{
    switch (r) {
    case CqcRating::Outstanding:
    case CqcRating::Good:
        return Tone::Green;
    case CqcRating::RequiresImprovement:
        return Tone::Amber;
    case CqcRating::Inadequate:
        return Tone::Red;
    case CqcRating::NotRated:
        break;
    }
    return Tone::Grey;
}

void leadershipAndContext(CaseBlockWriter &w, const CaseContext &c)
{
    const BusinessCase &bc = c.bc;
    const LeadershipStructure &l = bc.leadership;
    w.heading(QStringLiteral("2.1 The organisation and its current AHP leadership structure"));
    if (!bc.organisation.description.isEmpty())
        w.para(bc.organisation.description);
    Table t;
    t.caption = QStringLiteral("Current AHP leadership structure");
    t.widths = {30, 70};
    t.rows = {
        {CaseCell::strong(QStringLiteral("Chief AHP in post")),
         CaseCell::text(l.hasChiefAhp ? QStringLiteral("Yes") : QStringLiteral("No"))},
        {CaseCell::strong(QStringLiteral("Title")), CaseCell::text(l.title)},
        {CaseCell::strong(QStringLiteral("Band")),
         CaseCell::text(l.band.isEmpty() ? QString() : QString(QStringLiteral("Band ") + l.band))},
        {CaseCell::strong(QStringLiteral("Chief AHP time")),
         CaseCell::text(l.hasChiefAhp ? QString(M::number(l.wte, 2) + QStringLiteral(" WTE"))
                                      : QStringLiteral("None"))},
        {CaseCell::strong(QStringLiteral("Division")),
         CaseCell::text(l.divisionName.isEmpty()
                            ? enumLabel(l.division)
                            : QStringLiteral("%1 (%2)").arg(enumLabel(l.division), l.divisionName))},
        {CaseCell::strong(QStringLiteral("Reports to")), CaseCell::text(l.reportingTo)},
        {CaseCell::strong(QStringLiteral("Description")), CaseCell::text(l.description)},
    };
    w.table(std::move(t));

    const StrategicContext &s = bc.strategicContext;
    w.heading(QStringLiteral("2.2 Strategic context"));
    w.heading(QStringLiteral("Impact on the trust's objectives, priorities and key issues"), 4);
    w.para(CaseText::orNotGiven(s.trustObjectives));
    w.heading(QStringLiteral("Accountability for the quality and safety of AHP services"), 4);
    w.para(CaseText::orNotGiven(s.qualityAndSafety));
    w.heading(QStringLiteral("The chief AHP's role in the wider business of the trust"), 4);
    w.para(CaseText::orNotGiven(s.widerTrustRole));
    w.heading(QStringLiteral("The link to quality improvement and transformation"), 4);
    w.para(CaseText::orNotGiven(s.qualityImprovement));
}

// The critical gaps quote the assessor's evidence; the other recommendations give the action
// only, so the case for change stays readable.
Table caseForChangeTable(const QString &caption, const std::vector<CaseForChangeItem> &items, bool withEvidence)
{
    Table t;
    t.caption = caption;
    t.headers = {QStringLiteral("Recommendation and what to do"), QStringLiteral("Status"), QStringLiteral("Sources")};
    t.widths = {53, 17, 30};
    for (const CaseForChangeItem &item : items) {
        QStringList detail{item.action};
        for (const EvidenceNote &e : item.evidence)
            if (withEvidence && !e.evidence.trimmed().isEmpty())
                detail << QStringLiteral("Evidence (%1): \u201C%2\u201D").arg(e.answer.toLower(), e.evidence);
        const Tone tone = item.status == RecommendationStatus::NotMet ? Tone::Red : Tone::Amber;
        t.rows.push_back(
            {CaseCell::strong(item.title, detail.join(QLatin1Char('\n'))),
             CaseCell::toned(QString(ReportModel::statusSymbol(item.status) + QLatin1Char(' ') + item.statusText),
                             tone),
             CaseCell::text(CitationText::citations(item.citations))});
    }
    return t;
}

void caseForChangeSection(CaseBlockWriter &w, const CaseContext &c)
{
    w.heading(QStringLiteral("2.3 The case for change: the board's self-assessment"));
    if (!c.caseForChange) {
        w.para(StrategicCaseBuilder::noCaseForChange());
        return;
    }
    const CaseForChange &cf = *c.caseForChange;
    QString intro = QStringLiteral("The board assessed its chief AHP arrangements against %1 (%2)")
                        .arg(cf.frameworkTitle, cf.framework);
    if (!cf.assessedOn.isEmpty())
        intro += QStringLiteral(" on %1").arg(M::date(cf.assessedOn));
    if (!cf.assessedBy.isEmpty())
        intro += QStringLiteral(", assessed by %1").arg(cf.assessedBy);
    intro += cf.provisional
                 ? QStringLiteral(". Overall maturity: not given yet (%1)").arg(cf.overallLevelName)
                 : QStringLiteral(". Overall maturity: level %1 (%2)").arg(cf.overallLevel).arg(cf.overallLevelName);
    if (cf.overallScore)
        intro += QStringLiteral(", a score of %1 out of 100").arg(std::lround(*cf.overallScore));
    intro += QLatin1Char('.');
    if (!cf.levelCapReason.isEmpty())
        intro += QStringLiteral(" The level is %1.").arg(cf.levelCapReason);
    w.para(intro);
    for (const QString &warning : cf.warnings)
        w.para(warning, QStringLiteral("Note: "));

    Table domains;
    domains.caption = QStringLiteral("Domain scores from the board's self-assessment");
    domains.headers = {QStringLiteral("Domain"), QStringLiteral("Score out of 100"), QStringLiteral("Maturity level")};
    domains.widths = {56, 18, 26};
    bool unscored = false;
    for (const DomainSummary &d : cf.domains) {
        unscored = unscored || !d.score;
        domains.rows.push_back(
            {CaseCell::strong(d.title),
             CaseCell::figure(d.score ? QString::number(std::lround(*d.score)) : CaseText::Dash),
             CaseCell::text(d.level >= 0 ? QStringLiteral("%1 %2").arg(d.level).arg(d.levelName) : d.levelName)});
    }
    if (unscored)
        domains.notes << QString(CaseText::Dash + QStringLiteral(" not scored: no applicable question was answered."));
    w.table(std::move(domains));

    if (cf.criticalGaps.empty()) {
        w.para(cf.provisional ? cf.noCriticalGapsText : QStringLiteral("Every critical recommendation is met."));
    } else {
        w.para(QStringLiteral("Critical recommendations not fully met hold the board's maturity down. They are the "
                              "heart of the case for change:"));
        w.table(caseForChangeTable(QStringLiteral("Critical gaps, in the order of the board's action plan"),
                                   cf.criticalGaps, true));
    }
    if (!cf.unmetRecommendations.empty())
        w.table(caseForChangeTable(QStringLiteral("Other recommendations not yet met, in the order of the action plan"),
                                   cf.unmetRecommendations, false));
}

void cqc(CaseBlockWriter &w, const CaseContext &c)
{
    w.heading(QStringLiteral("2.4 Care Quality Commission ratings, including well-led"));
    if (!c.bc.cqc) {
        w.para(QStringLiteral("The business case gives no CQC ratings, so the well-led rating cannot be shown."));
        return;
    }
    const CqcAssessment &q = *c.bc.cqc;
    Table t;
    t.caption = q.published.isEmpty() ? QStringLiteral("CQC ratings")
                                      : QStringLiteral("CQC ratings, published %1").arg(M::date(q.published));
    t.headers = {QStringLiteral("Key question"), QStringLiteral("Rating")};
    t.widths = {40, 60};
    const std::vector<std::pair<QString, CqcRating>> rows{
        {QStringLiteral("Overall"), q.overall},       {QStringLiteral("Safe"), q.safe},
        {QStringLiteral("Effective"), q.effective},   {QStringLiteral("Caring"), q.caring},
        {QStringLiteral("Responsive"), q.responsive}, {QStringLiteral("Well-led"), q.wellLed},
    };
    for (const auto &[name, rating] : rows)
        t.rows.push_back({CaseCell::strong(name), CaseCell::toned(enumLabel(rating), cqcTone(rating))});
    if (!q.source.isEmpty())
        t.notes << QStringLiteral("Source: %1").arg(CaseText::sentence(q.source));
    w.table(std::move(t));
    if (!q.findings.isEmpty())
        w.para(q.findings, QStringLiteral("What the CQC found: "));
}

void workforceProfile(CaseBlockWriter &w, const CaseContext &c)
{
    const Workforce &wf = c.bc.workforce;
    w.heading(QStringLiteral("2.5 Workforce profile by profession"));
    Table t;
    t.caption = QStringLiteral("AHP workforce by profession, %1").arg(CaseText::orDash(wf.period));
    t.headers = {QStringLiteral("Profession"),       QStringLiteral("Registered headcount"),
                 QStringLiteral("Registered WTE"),   QStringLiteral("Unregistered headcount"),
                 QStringLiteral("Unregistered WTE"), QStringLiteral("Advanced or non-traditional roles")};
    t.widths = {30, 14, 13, 15, 13, 15};
    QStringList notEmployed;
    for (AhpProfession p : enumValues<AhpProfession>()) {
        const ProfessionWorkforce *row = wf.profession(p);
        if (!row) {
            notEmployed << enumLabel(p).toLower();
            continue;
        }
        t.rows.push_back({CaseCell::strong(enumLabel(p)), CaseCell::figure(M::number(row->registeredHeadcount, 0)),
                          CaseCell::figure(M::number(row->registeredWte)),
                          CaseCell::figure(M::number(row->unregisteredHeadcount, 0)),
                          CaseCell::figure(M::number(row->unregisteredWte)),
                          CaseCell::figure(M::number(row->advancedRoles, 0))});
    }
    const WorkforceTotals total = wf.totals();
    t.rows.push_back({CaseCell::strong(QStringLiteral("All AHPs")),
                      CaseCell::figure(M::number(total.registeredHeadcount, 0), true),
                      CaseCell::figure(M::number(total.registeredWte), true),
                      CaseCell::figure(M::number(total.unregisteredHeadcount, 0), true),
                      CaseCell::figure(M::number(total.unregisteredWte), true),
                      CaseCell::figure(M::number(total.advancedRoles, 0), true)});
    if (!wf.source.isEmpty())
        t.notes << QStringLiteral("Source: %1").arg(CaseText::sentence(wf.source));
    t.notes << QStringLiteral("Unregistered staff are support workers and assistants aligned to a profession.");
    w.table(std::move(t));

    QStringList facts;
    facts << QStringLiteral("%1 AHP staff (%2 WTE): %3 registered and %4 unregistered.")
                 .arg(M::number(total.headcount(), 0), M::number(total.wte()), M::number(total.registeredHeadcount, 0),
                      M::number(total.unregisteredHeadcount, 0));
    if (const auto ratio = total.registeredPerUnregistered())
        facts << QStringLiteral("%1 registered AHPs for every unregistered member of staff, by headcount.")
                     .arg(M::number(*ratio));
    else
        facts << QStringLiteral("No unregistered AHP staff, so there is no ratio of registered to unregistered.");
    if (total.registeredHeadcount > 0)
        facts << QStringLiteral("%1 registered AHPs (%2) work in advanced or non-traditional roles.")
                     .arg(M::number(total.advancedRoles, 0))
                     .arg(M::percent(100.0 * total.advancedRoles / total.registeredHeadcount));
    if (!notEmployed.isEmpty())
        facts << QStringLiteral("The trust employs no %1.").arg(CaseText::joinAnd(notEmployed, QStringLiteral("or")));
    w.para(facts.join(QLatin1Char(' ')));
}

Table metricTable(const QString &caption, const std::vector<const Metric *> &metrics)
{
    Table t;
    t.caption = caption;
    t.headers = {QStringLiteral("Metric"), QStringLiteral("Value"), QStringLiteral("Benchmark"),
                 QStringLiteral("Rating against the benchmark")};
    t.widths = {42, 13, 19, 26};
    for (const Metric *m : metrics) {
        QStringList detail;
        if (m->better != Direction::Neither)
            detail << CaseText::sentence(enumLabel(m->better));
        detail << CaseText::sentence(m->period);
        if (!m->source.isEmpty())
            detail << QStringLiteral("Source: %1").arg(CaseText::sentence(m->source));
        if (m->benchmark && !m->benchmark->source.isEmpty())
            detail << QStringLiteral("Benchmark: %1").arg(CaseText::sentence(m->benchmark->source));
        if (!m->note.isEmpty())
            detail << CaseText::sentence(m->note);
        Cell benchmark = CaseCell::figure(CaseText::Dash);
        if (m->benchmark) {
            benchmark = CaseCell::figure(CaseText::metricValue(m->benchmark->value, m->unit));
            if (!m->benchmark->label.isEmpty())
                benchmark.text.push_back(M::detail(m->benchmark->label));
        }
        t.rows.push_back({CaseCell::strong(m->name, detail.join(QLatin1Char(' '))),
                          CaseCell::figure(CaseText::metricValue(m->value, m->unit)), benchmark, ratingCell(*m)});
    }
    t.notes << QStringLiteral("Green: at or better than the benchmark. Amber: worse, but within the tolerance (10% "
                              "of the benchmark unless the metric sets its own). Red: worse by more than the "
                              "tolerance. The rating is always written; the colour only repeats it.");
    const bool anyUnbenchmarked =
        std::any_of(metrics.cbegin(), metrics.cend(), [](const Metric *m) { return !m->benchmark; });
    if (anyUnbenchmarked)
        t.notes << QString(CaseText::Dash + QStringLiteral(" no benchmark is given for this metric."));
    return t;
}

// "Compared with the 7 acute trusts' figures": the group a metric was compared with.
QString comparedWith(const MetricPeerPosition &p)
{
    if (p.organisationType == QLatin1String("all"))
        return QStringLiteral("Compared with all %1 organisations in the benchmark that report it.")
            .arg(p.peers.organisations);
    return QStringLiteral("Compared with the %1 organisations of the same type (%2) that report it.")
        .arg(p.peers.organisations)
        .arg(ReportModel::organisationTypeLabel(p.organisationType));
}

// Where each metric sits among the region's peers, from the benchmark the trust imported.
void peerPositions(CaseBlockWriter &w, const CaseContext &c, const PeerBenchmark &benchmark)
{
    const std::vector<MetricPeerPosition> positions = MetricPeerComparison::compare(c.bc, benchmark);
    const QString source = MetricPeerComparison::source(benchmark);
    w.heading(QStringLiteral("Position among the region's peers"), 4);
    if (positions.empty()) {
        w.para(QStringLiteral("%1 gives no figures for any of these metrics: none of them was reported by at least %2 "
                              "organisations of the region under the same id and unit.")
                   .arg(source)
                   .arg(PeerBenchmark::MinimumGroup));
        return;
    }
    w.para(QStringLiteral("%1 gives the quartiles of %2 of these metrics across the organisations that sent them with "
                          "their assessments. These peers are like the trust in type but need not have a chief AHP, "
                          "as the handbook's comparison would; a metric with no benchmark of its own takes the peer "
                          "median as its benchmark in the tables above.")
               .arg(source)
               .arg(positions.size()));
    Table t;
    t.caption = QStringLiteral("Metrics compared with the region's peers");
    t.headers = {QStringLiteral("Metric"),      QStringLiteral("Value"),          QStringLiteral("Lower quartile"),
                 QStringLiteral("Peer median"), QStringLiteral("Upper quartile"), QStringLiteral("Position")};
    t.widths = {28, 11, 12, 11, 12, 26};
    for (const MetricPeerPosition &p : positions)
        t.rows.push_back({CaseCell::strong(p.metricName.isEmpty() ? p.metricId : p.metricName, comparedWith(p)),
                          CaseCell::figure(CaseText::metricValue(p.value, p.unit)),
                          CaseCell::figure(CaseText::metricValue(p.peers.q1, p.unit)),
                          CaseCell::figure(CaseText::metricValue(p.peers.median, p.unit)),
                          CaseCell::figure(CaseText::metricValue(p.peers.q3, p.unit)), CaseCell::text(p.position())});
    t.notes << QStringLiteral("The quartiles are of each organisation's latest submission. The benchmark names no "
                              "organisation, and gives no figures for a metric fewer than %1 organisations reported.")
                   .arg(PeerBenchmark::MinimumGroup);
    w.table(t);
}

void metrics(CaseBlockWriter &w, const CaseContext &c)
{
    w.heading(QStringLiteral("2.6 Benchmarked metrics: red, amber, green"));
    w.para(QStringLiteral("Each metric is compared with a benchmark: the handbook suggests similar organisations that "
                          "have a chief AHP (the Model Health System can give their figures), or else a national "
                          "figure. The rating is written in words as well as shown in colour."));
    std::vector<const Metric *> workforce;
    if (c.bc.workforce.costPerWau)
        workforce.push_back(&*c.bc.workforce.costPerWau);
    for (const Metric &m : c.bc.workforceMetrics)
        workforce.push_back(&m);
    if (!workforce.empty())
        w.table(metricTable(QStringLiteral("Workforce-related metrics"), workforce));
    std::vector<const Metric *> quality;
    for (const Metric &m : c.bc.qualityMetrics)
        quality.push_back(&m);
    if (!quality.empty())
        w.table(metricTable(QStringLiteral("Quality metrics"), quality));
    if (workforce.empty() && quality.empty())
        w.para(QStringLiteral("The business case gives no metrics."));
    if (c.peers)
        peerPositions(w, c, *c.peers);
}

void strategicLeads(CaseBlockWriter &w, const CaseContext &c)
{
    w.heading(QStringLiteral("2.7 Strategic-lead ratios: AHP strategic leads beside nursing and medical"));
    if (!c.bc.strategicLeads) {
        w.para(QStringLiteral("The business case gives no strategic-lead ratios."));
        return;
    }
    const StrategicLeads &s = *c.bc.strategicLeads;
    Table t;
    t.caption = QStringLiteral("Staff per strategic lead, %1").arg(CaseText::orDash(s.period));
    t.headers = {QStringLiteral("Staff group"), QStringLiteral("Strategic leads (WTE)"),
                 QStringLiteral("Workforce (WTE)"), QStringLiteral("Staff per strategic lead"),
                 QStringLiteral("Who the strategic leads are")};
    t.widths = {14, 13, 13, 14, 46};
    bool noLeads = false;
    const auto row = [&](const QString &name, const LeadGroup &g) {
        const auto per = g.staffPerLead();
        noLeads = noLeads || !per;
        t.rows.push_back({CaseCell::strong(name), CaseCell::figure(M::number(g.leadsWte, 2)),
                          CaseCell::figure(M::number(g.workforceWte)),
                          CaseCell::figure(per ? M::number(*per, 0) : CaseText::Dash), CaseCell::text(g.description)});
    };
    row(QStringLiteral("AHPs"), s.ahp);
    row(QStringLiteral("Nursing"), s.nursing);
    row(QStringLiteral("Medical"), s.medical);
    if (noLeads)
        t.notes << QString(CaseText::Dash +
                           QStringLiteral(" in staff per strategic lead: there are no strategic leads, so "
                                          "there is no ratio."));
    if (!s.source.isEmpty())
        t.notes << QStringLiteral("Source: %1").arg(CaseText::sentence(s.source));
    w.table(std::move(t));
    const auto ahp = s.ahp.staffPerLead();
    const auto nursing = s.nursing.staffPerLead();
    const auto medical = s.medical.staffPerLead();
    if (ahp && nursing && medical)
        w.para(QStringLiteral("Each WTE of AHP strategic leadership leads %1 WTE of AHPs, against %2 in nursing and "
                              "%3 in medicine.")
                   .arg(M::number(*ahp, 0), M::number(*nursing, 0), M::number(*medical, 0)));
}

QString divisionWord(Division d)
{
    switch (d) {
    case Division::Corporate:
        return QStringLiteral("Corporate");
    case Division::Operational:
        return QStringLiteral("Operational");
    case Division::None:
        return QStringLiteral("None");
    case Division::Unknown:
        break;
    }
    return QStringLiteral("Not known");
}

void regionalRoles(CaseBlockWriter &w, const CaseContext &c)
{
    w.heading(QStringLiteral("2.8 Chief AHP roles across the ICS and neighbouring ICSs"));
    const auto &roles = c.bc.regionalRoles;
    if (roles.empty()) {
        w.para(QStringLiteral("The business case lists no chief AHP roles in other organisations."));
        return;
    }
    const auto summary = [&](bool same) {
        int n = 0, chief = 0, fullTime = 0, corporate = 0;
        for (const RegionalRole &r : roles) {
            if (r.sameIcs != same)
                continue;
            ++n;
            if (!r.hasChiefAhp)
                continue;
            ++chief;
            fullTime += r.wte && *r.wte >= 1.0 ? 1 : 0;
            corporate += r.division == Division::Corporate ? 1 : 0;
        }
        if (n == 0)
            return QString();
        return QStringLiteral("%1 %2: %3 a chief AHP or equivalent, %4 full time and %5 in the corporate division.")
            .arg(same ? QStringLiteral("In this ICS,") : QStringLiteral("In neighbouring ICSs,"),
                 CaseText::plural(n, QStringLiteral("organisation is listed"),
                                  QStringLiteral("organisations are listed")))
            .arg(chief == n ? QStringLiteral("all have") : QStringLiteral("%1 of %2 have").arg(chief).arg(n))
            .arg(fullTime)
            .arg(corporate);
    };
    w.para(QStringList{summary(true), summary(false)}.join(QLatin1Char(' ')).trimmed());
    Table t;
    t.caption = QStringLiteral("Chief AHP roles in other organisations");
    t.headers = {QStringLiteral("Organisation"), QStringLiteral("Integrated care system"),
                 QStringLiteral("Role"),         QStringLiteral("Band"),
                 QStringLiteral("WTE"),          QStringLiteral("Division")};
    t.widths = {31, 20, 19, 8, 8, 14};
    bool unknownWte = false; // a WTE not given means not known
    for (const RegionalRole &r : roles) {
        const QString ics =
            QString(CaseText::orDash(r.ics) + QStringLiteral(" (") +
                    (r.sameIcs ? QStringLiteral("this ICS") : QStringLiteral("neighbouring")) + QLatin1Char(')'));
        if (!r.hasChiefAhp) {
            t.rows.push_back({CaseCell::strong(r.organisation, r.notes), CaseCell::text(ics),
                              CaseCell::text(QStringLiteral("No chief AHP")), CaseCell::figure(QStringLiteral("None")),
                              CaseCell::figure(QStringLiteral("None")), CaseCell::text(QStringLiteral("None"))});
            continue;
        }
        unknownWte = unknownWte || !r.wte;
        t.rows.push_back({CaseCell::strong(r.organisation, r.notes), CaseCell::text(ics), CaseCell::text(r.title),
                          CaseCell::figure(r.band), CaseCell::figure(r.wte ? M::number(*r.wte, 2) : CaseText::Dash),
                          CaseCell::text(divisionWord(r.division))});
    }
    if (unknownWte)
        t.notes << QString(CaseText::Dash + QStringLiteral(" not known."));
    w.table(std::move(t));
}

void modelsOfCare(CaseBlockWriter &w, const CaseContext &c)
{
    w.heading(QStringLiteral("2.9 New and transformational models of care"));
    if (c.bc.modelsOfCare.empty()) {
        w.para(QStringLiteral("The business case lists no new or transformational models of care."));
        return;
    }
    Table t;
    t.caption = QStringLiteral("New and transformational models of care in the trust, the ICS and the region");
    t.headers = {QStringLiteral("Model of care"), QStringLiteral("Where"), QStringLiteral("What AHPs contribute")};
    t.widths = {46, 16, 38};
    for (const CareModel &m : c.bc.modelsOfCare)
        t.rows.push_back({CaseCell::strong(m.title, m.description), CaseCell::text(enumLabel(m.scope)),
                          CaseCell::text(m.ahpContribution)});
    w.table(std::move(t));
}

} // namespace

QString StrategicCaseBuilder::noCaseForChange()
{
    return QStringLiteral("This paper does not draw on a board self-assessment of the organisation, so it gives no "
                          "case for change from one.");
}

void StrategicCaseBuilder::write(CaseBlockWriter &w, const CaseContext &c)
{
    w.section(QStringLiteral("strategic"), QStringLiteral("2. Strategic case"));
    w.para(QStringLiteral("Why the trust needs to change its AHP leadership: where it stands today, what the board's "
                          "self-assessment found, and how it compares with its peers."));
    leadershipAndContext(w, c);
    caseForChangeSection(w, c);
    cqc(w, c);
    workforceProfile(w, c);
    metrics(w, c);
    strategicLeads(w, c);
    regionalRoles(w, c);
    modelsOfCare(w, c);
}

} // namespace ahplead
