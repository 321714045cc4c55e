#include "core/businesscase/BusinessCaseWriter.h"

#include "core/base/JsonFile.h"
#include <cmath>

namespace ahplead {

namespace {

using Json = nlohmann::ordered_json;

// Whole numbers as integers, so a salary reads 91342 and survives a round trip byte for byte.
Json number(double value)
{
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9.0e15)
        return static_cast<std::int64_t>(value);
    return value;
}

template <typename E> std::string id(E value)
{
    return JsonFile::utf8(enumId(value));
}

void putText(Json &object, const char *key, const QString &text)
{
    if (!text.isEmpty())
        object[key] = JsonFile::utf8(text);
}

Json person(const Person &p)
{
    Json j = Json::object();
    putText(j, "name", p.name);
    putText(j, "role", p.role);
    return j;
}

Json metric(const Metric &m)
{
    Json j;
    j["id"] = JsonFile::utf8(m.id);
    putText(j, "name", m.name);
    j["value"] = number(m.value);
    j["unit"] = id(m.unit);
    putText(j, "period", m.period);
    putText(j, "source", m.source);
    j["better"] = id(m.better);
    if (m.benchmark) {
        Json b;
        b["value"] = number(m.benchmark->value);
        putText(b, "label", m.benchmark->label);
        putText(b, "source", m.benchmark->source);
        j["benchmark"] = b;
    }
    if (m.tolerancePercent)
        j["tolerancePercent"] = number(*m.tolerancePercent);
    putText(j, "note", m.note);
    return j;
}

Json metrics(const std::vector<Metric> &list)
{
    Json j = Json::array();
    for (const Metric &m : list)
        j.push_back(metric(m));
    return j;
}

Json risk(const Risk &r)
{
    Json j;
    j["description"] = JsonFile::utf8(r.description);
    j["likelihood"] = r.likelihood;
    j["impact"] = r.impact;
    j["mitigation"] = JsonFile::utf8(r.mitigation);
    putText(j, "owner", r.owner);
    return j;
}

Json risks(const std::vector<Risk> &list)
{
    Json j = Json::array();
    for (const Risk &r : list)
        j.push_back(risk(r));
    return j;
}

Json leadGroup(const LeadGroup &g)
{
    Json j;
    j["leadsWte"] = number(g.leadsWte);
    j["workforceWte"] = number(g.workforceWte);
    putText(j, "description", g.description);
    return j;
}

Json workforce(const Workforce &w)
{
    Json j = Json::object();
    putText(j, "period", w.period);
    putText(j, "source", w.source);
    Json professions = Json::array();
    for (const ProfessionWorkforce &p : w.professions) {
        Json e;
        e["profession"] = id(p.profession);
        e["registeredHeadcount"] = p.registeredHeadcount;
        e["registeredWte"] = number(p.registeredWte);
        e["unregisteredHeadcount"] = p.unregisteredHeadcount;
        e["unregisteredWte"] = number(p.unregisteredWte);
        e["advancedRoles"] = p.advancedRoles;
        professions.push_back(e);
    }
    j["professions"] = professions;
    if (w.costPerWau)
        j["costPerWau"] = metric(*w.costPerWau);
    return j;
}

Json qeia(const Qeia &q)
{
    Json j = Json::object();
    putText(j, "completedBy", q.completedBy);
    putText(j, "date", q.date);
    Json screening = Json::array();
    for (const ScreeningItem &s : q.screening) {
        Json e;
        e["question"] = JsonFile::utf8(s.question);
        e["answer"] = id(s.answer);
        putText(e, "notes", s.notes);
        screening.push_back(e);
    }
    j["screening"] = screening;
    Json quality = Json::array();
    for (const QualityImpact &s : q.quality) {
        Json e;
        e["area"] = id(s.area);
        e["impact"] = id(s.impact);
        putText(e, "description", s.description);
        putText(e, "mitigation", s.mitigation);
        quality.push_back(e);
    }
    j["quality"] = quality;
    Json equality = Json::array();
    for (const EqualityImpact &s : q.equality) {
        Json e;
        e["characteristic"] = id(s.characteristic);
        e["impact"] = id(s.impact);
        putText(e, "description", s.description);
        putText(e, "mitigation", s.mitigation);
        equality.push_back(e);
    }
    j["equality"] = equality;
    putText(j, "conclusion", q.conclusion);
    return j;
}

Json option(const Option &o)
{
    Json j;
    j["id"] = JsonFile::utf8(o.id);
    j["kind"] = id(o.kind);
    j["title"] = JsonFile::utf8(o.title);
    putText(j, "description", o.description);
    Json posts = Json::array();
    for (const Post &p : o.posts) {
        Json e;
        e["title"] = JsonFile::utf8(p.title);
        e["band"] = JsonFile::utf8(p.band);
        e["point"] = JsonFile::utf8(p.point);
        e["wte"] = number(p.wte);
        e["support"] = p.support;
        posts.push_back(e);
    }
    j["posts"] = posts;
    Json nonPay = Json::array();
    for (const NonPayCost &n : o.nonPay) {
        Json e;
        e["description"] = JsonFile::utf8(n.description);
        e["amount"] = number(n.amount);
        e["recurrence"] = id(n.recurrence);
        if (n.recurrence == Recurrence::OneOff)
            e["year"] = n.year;
        nonPay.push_back(e);
    }
    j["nonPay"] = nonPay;
    Json benefits = Json::array();
    for (const Benefit &b : o.benefits) {
        Json e;
        e["description"] = JsonFile::utf8(b.description);
        e["kind"] = id(b.kind);
        if (b.annualValue)
            e["annualValue"] = number(*b.annualValue);
        e["fromYear"] = b.fromYear;
        putText(e, "metric", b.metric);
        putText(e, "measure", b.measure);
        benefits.push_back(e);
    }
    j["benefits"] = benefits;
    j["risks"] = risks(o.risks);
    putText(j, "recommendation", o.recommendation);
    if (o.optimismBiasPercent)
        j["optimismBiasPercent"] = number(*o.optimismBiasPercent);
    return j;
}

Json organisation(const OrganisationProfile &o)
{
    Json org;
    org["name"] = JsonFile::utf8(o.name);
    putText(org, "odsCode", o.odsCode);
    putText(org, "ics", o.ics);
    putText(org, "region", o.region);
    putText(org, "type", o.type);
    putText(org, "description", o.description);
    return org;
}

Json leadership(const LeadershipStructure &l)
{
    Json j;
    j["hasChiefAhp"] = l.hasChiefAhp;
    putText(j, "title", l.title);
    putText(j, "band", l.band);
    j["wte"] = number(l.wte);
    j["division"] = id(l.division);
    putText(j, "divisionName", l.divisionName);
    putText(j, "reportingTo", l.reportingTo);
    putText(j, "description", l.description);
    return j;
}

Json strategicContext(const StrategicContext &c)
{
    Json context = Json::object();
    putText(context, "trustObjectives", c.trustObjectives);
    putText(context, "qualityAndSafety", c.qualityAndSafety);
    putText(context, "widerTrustRole", c.widerTrustRole);
    putText(context, "qualityImprovement", c.qualityImprovement);
    return context;
}

Json strategicLeads(const StrategicLeads &s)
{
    Json leads = Json::object();
    putText(leads, "period", s.period);
    putText(leads, "source", s.source);
    leads["ahp"] = leadGroup(s.ahp);
    leads["nursing"] = leadGroup(s.nursing);
    leads["medical"] = leadGroup(s.medical);
    return leads;
}

Json regionalRoles(const std::vector<RegionalRole> &list)
{
    Json roles = Json::array();
    for (const RegionalRole &r : list) {
        Json e;
        e["organisation"] = JsonFile::utf8(r.organisation);
        putText(e, "ics", r.ics);
        e["sameIcs"] = r.sameIcs;
        e["hasChiefAhp"] = r.hasChiefAhp;
        putText(e, "title", r.title);
        putText(e, "band", r.band);
        if (r.wte)
            e["wte"] = number(*r.wte);
        e["division"] = id(r.division);
        putText(e, "notes", r.notes);
        roles.push_back(e);
    }
    return roles;
}

Json modelsOfCare(const std::vector<CareModel> &list)
{
    Json models = Json::array();
    for (const CareModel &m : list) {
        Json e;
        e["title"] = JsonFile::utf8(m.title);
        putText(e, "description", m.description);
        e["scope"] = id(m.scope);
        putText(e, "ahpContribution", m.ahpContribution);
        models.push_back(e);
    }
    return models;
}

Json cqc(const CqcAssessment &c)
{
    Json j;
    putText(j, "published", c.published);
    j["overall"] = id(c.overall);
    j["safe"] = id(c.safe);
    j["effective"] = id(c.effective);
    j["caring"] = id(c.caring);
    j["responsive"] = id(c.responsive);
    j["wellLed"] = id(c.wellLed);
    putText(j, "findings", c.findings);
    putText(j, "source", c.source);
    return j;
}

Json appraisal(const Appraisal &a)
{
    Json j;
    putText(j, "payScaleYear", a.payScaleYear);
    putText(j, "startYear", a.startYear);
    j["years"] = a.years;
    j["discountRatePercent"] = number(a.discountRatePercent);
    j["optimismBiasPercent"] = number(a.optimismBiasPercent);
    putText(j, "optimismBiasRationale", a.optimismBiasRationale);
    j["payUpliftPercent"] = number(a.payUpliftPercent);
    return j;
}

Json management(const ManagementCase &m)
{
    Json j = Json::object();
    putText(j, "seniorResponsibleOwner", m.seniorResponsibleOwner);
    putText(j, "governance", m.governance);
    Json milestones = Json::array();
    for (const Milestone &ms : m.milestones) {
        Json e;
        e["description"] = JsonFile::utf8(ms.description);
        putText(e, "when", ms.when);
        milestones.push_back(e);
    }
    j["milestones"] = milestones;
    putText(j, "benefitsReview", m.benefitsReview);
    return j;
}

} // namespace

nlohmann::ordered_json BusinessCaseWriter::toJson(const BusinessCase &bc)
{
    Json doc;
    doc["format"] = "ahplead.businesscase";
    doc["formatVersion"] = 1;
    doc["title"] = JsonFile::utf8(bc.title);
    doc["status"] = id(bc.status);
    putText(doc, "date", bc.date);
    putText(doc, "version", bc.version);
    doc["preparedBy"] = person(bc.preparedBy);
    doc["sponsor"] = person(bc.sponsor);
    putText(doc, "boardAssessment", bc.boardAssessment);
    doc["organisation"] = organisation(bc.organisation);
    doc["leadership"] = leadership(bc.leadership);
    doc["strategicContext"] = strategicContext(bc.strategicContext);
    doc["workforce"] = workforce(bc.workforce);
    doc["workforceMetrics"] = metrics(bc.workforceMetrics);
    doc["qualityMetrics"] = metrics(bc.qualityMetrics);
    if (bc.strategicLeads)
        doc["strategicLeads"] = strategicLeads(*bc.strategicLeads);
    doc["regionalRoles"] = regionalRoles(bc.regionalRoles);
    doc["modelsOfCare"] = modelsOfCare(bc.modelsOfCare);
    if (bc.cqc)
        doc["cqc"] = cqc(*bc.cqc);
    doc["qeia"] = qeia(bc.qeia);
    doc["risks"] = risks(bc.risks);
    doc["appraisal"] = appraisal(bc.appraisal);

    Json options = Json::array();
    for (const Option &o : bc.options)
        options.push_back(option(o));
    doc["options"] = options;

    Json commercial = Json::object();
    putText(commercial, "approach", bc.commercial.approach);
    doc["commercial"] = commercial;

    doc["management"] = management(bc.management);
    putText(doc, "recommendation", bc.recommendation);
    return doc;
}

QByteArray BusinessCaseWriter::toBytes(const BusinessCase &bc)
{
    return QByteArray::fromStdString(toJson(bc).dump(2)) + '\n';
}

} // namespace ahplead
