#include "core/businesscase/BusinessCaseReader.h"

#include "core/base/JsonFile.h"
#include "core/base/JsonReader.h"
#include "core/businesscase/BusinessCaseValidator.h"
#include "core/businesscase/BusinessRules.h"

namespace ahplead {

namespace {

QString bounded(const JsonReader &r, int maxLength)
{
    const QString text = r.string();
    if (text.size() > maxLength)
        r.fail(QStringLiteral("is %1 characters long; at most %2 are allowed").arg(text.size()).arg(maxLength));
    return text;
}

// Optional text: empty when absent.
QString shortText(const JsonReader &r, const char *key)
{
    return r.has(key) ? bounded(r.field(key), BusinessRules::MaxShortText) : QString();
}

QString longText(const JsonReader &r, const char *key)
{
    return r.has(key) ? bounded(r.field(key), BusinessRules::MaxLongText) : QString();
}

template <typename E> E enumValue(const JsonReader &r)
{
    const auto value = enumFromId<E>(r.node().is_string() ? r.string() : QString());
    if (!value)
        r.fail(QStringLiteral("%1 is not one of %2").arg(JsonReader::describe(r.node()), enumIds<E>()));
    return *value;
}

template <typename E> E enumField(const JsonReader &r, const char *key, E fallback)
{
    return r.has(key) ? enumValue<E>(r.field(key)) : fallback;
}

double numberField(const JsonReader &r, const char *key, double fallback)
{
    return r.has(key) ? r.field(key).number() : fallback;
}

int integerField(const JsonReader &r, const char *key, int fallback)
{
    return r.has(key) ? r.field(key).integer() : fallback;
}

std::optional<double> optionalNumber(const JsonReader &r, const char *key)
{
    if (!r.has(key))
        return std::nullopt;
    return r.field(key).number();
}

Person readPerson(const JsonReader &r)
{
    r.allowOnly({"name", "role"});
    return {shortText(r, "name"), shortText(r, "role")};
}

OrganisationProfile readProfile(const JsonReader &r)
{
    r.allowOnly({"name", "odsCode", "ics", "region", "type", "description"});
    OrganisationProfile o;
    o.name = bounded(r.field("name"), BusinessRules::MaxShortText);
    o.odsCode = r.has("odsCode") ? bounded(r.field("odsCode"), 20) : QString();
    o.ics = shortText(r, "ics");
    o.region = shortText(r, "region");
    o.type = shortText(r, "type");
    o.description = longText(r, "description");
    return o;
}

LeadershipStructure readLeadership(const JsonReader &r)
{
    r.allowOnly({"hasChiefAhp", "title", "band", "wte", "division", "divisionName", "reportingTo", "description"});
    LeadershipStructure l;
    l.hasChiefAhp = r.field("hasChiefAhp").boolean();
    l.title = shortText(r, "title");
    l.band = shortText(r, "band");
    l.wte = numberField(r, "wte", 0.0);
    l.division = enumField(r, "division", Division::None);
    l.divisionName = shortText(r, "divisionName");
    l.reportingTo = shortText(r, "reportingTo");
    l.description = longText(r, "description");
    return l;
}

StrategicContext readStrategicContext(const JsonReader &r)
{
    r.allowOnly({"trustObjectives", "qualityAndSafety", "widerTrustRole", "qualityImprovement"});
    return {longText(r, "trustObjectives"), longText(r, "qualityAndSafety"), longText(r, "widerTrustRole"),
            longText(r, "qualityImprovement")};
}

Metric readMetric(const JsonReader &r)
{
    r.allowOnly({"id", "name", "value", "unit", "period", "source", "better", "benchmark", "tolerancePercent", "note"});
    Metric m;
    m.id = bounded(r.field("id"), 100);
    m.name = shortText(r, "name");
    m.value = r.field("value").number();
    m.unit = enumValue<MetricUnit>(r.field("unit"));
    m.period = shortText(r, "period");
    m.source = shortText(r, "source");
    m.better = enumField(r, "better", Direction::Neither);
    if (r.has("benchmark")) {
        const JsonReader b = r.field("benchmark");
        b.allowOnly({"value", "label", "source"});
        m.benchmark = Benchmark{b.field("value").number(), shortText(b, "label"), shortText(b, "source")};
    }
    m.tolerancePercent = optionalNumber(r, "tolerancePercent");
    m.note = longText(r, "note");
    return m;
}

std::vector<Metric> readMetrics(const JsonReader &root, const char *key)
{
    std::vector<Metric> metrics;
    if (!root.has(key))
        return metrics;
    const JsonReader list = root.field(key);
    for (std::size_t i = 0; i < list.size(); ++i)
        metrics.push_back(readMetric(list.at(i)));
    return metrics;
}

Workforce readWorkforce(const JsonReader &r)
{
    r.allowOnly({"period", "source", "professions", "costPerWau"});
    Workforce w;
    w.period = shortText(r, "period");
    w.source = shortText(r, "source");
    if (r.has("professions")) {
        const JsonReader list = r.field("professions");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const JsonReader e = list.at(i);
            e.allowOnly({"profession", "registeredHeadcount", "registeredWte", "unregisteredHeadcount",
                         "unregisteredWte", "advancedRoles"});
            ProfessionWorkforce p;
            p.profession = enumValue<AhpProfession>(e.field("profession"));
            p.registeredHeadcount = e.field("registeredHeadcount").integer();
            p.registeredWte = e.field("registeredWte").number();
            p.unregisteredHeadcount = e.field("unregisteredHeadcount").integer();
            p.unregisteredWte = e.field("unregisteredWte").number();
            p.advancedRoles = e.field("advancedRoles").integer();
            w.professions.push_back(p);
        }
    }
    if (r.has("costPerWau"))
        w.costPerWau = readMetric(r.field("costPerWau"));
    return w;
}

LeadGroup readLeadGroup(const JsonReader &r)
{
    r.allowOnly({"leadsWte", "workforceWte", "description"});
    return {r.field("leadsWte").number(), r.field("workforceWte").number(), longText(r, "description")};
}

StrategicLeads readStrategicLeads(const JsonReader &r)
{
    r.allowOnly({"period", "source", "ahp", "nursing", "medical"});
    StrategicLeads s;
    s.period = shortText(r, "period");
    s.source = shortText(r, "source");
    s.ahp = readLeadGroup(r.field("ahp"));
    s.nursing = readLeadGroup(r.field("nursing"));
    s.medical = readLeadGroup(r.field("medical"));
    return s;
}

RegionalRole readRegionalRole(const JsonReader &r)
{
    r.allowOnly({"organisation", "ics", "sameIcs", "hasChiefAhp", "title", "band", "wte", "division", "notes"});
    RegionalRole role;
    role.organisation = shortText(r, "organisation");
    role.ics = shortText(r, "ics");
    role.sameIcs = r.optionalBool("sameIcs", true);
    role.hasChiefAhp = r.optionalBool("hasChiefAhp", true);
    role.title = shortText(r, "title");
    role.band = shortText(r, "band");
    role.wte = optionalNumber(r, "wte");
    role.division = enumField(r, "division", Division::Unknown);
    role.notes = longText(r, "notes");
    return role;
}

CareModel readCareModel(const JsonReader &r)
{
    r.allowOnly({"title", "description", "scope", "ahpContribution"});
    CareModel m;
    m.title = shortText(r, "title");
    m.description = longText(r, "description");
    m.scope = enumField(r, "scope", CareModelScope::Trust);
    m.ahpContribution = longText(r, "ahpContribution");
    return m;
}

CqcAssessment readCqc(const JsonReader &r)
{
    r.allowOnly({"published", "overall", "safe", "effective", "caring", "responsive", "wellLed", "findings", "source"});
    CqcAssessment c;
    c.published = shortText(r, "published");
    c.overall = enumValue<CqcRating>(r.field("overall"));
    c.safe = enumField(r, "safe", CqcRating::NotRated);
    c.effective = enumField(r, "effective", CqcRating::NotRated);
    c.caring = enumField(r, "caring", CqcRating::NotRated);
    c.responsive = enumField(r, "responsive", CqcRating::NotRated);
    c.wellLed = enumValue<CqcRating>(r.field("wellLed"));
    c.findings = longText(r, "findings");
    c.source = shortText(r, "source");
    return c;
}

Qeia readQeia(const JsonReader &r)
{
    r.allowOnly({"completedBy", "date", "screening", "quality", "equality", "conclusion"});
    Qeia q;
    q.completedBy = shortText(r, "completedBy");
    q.date = shortText(r, "date");
    if (r.has("screening")) {
        const JsonReader list = r.field("screening");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const JsonReader e = list.at(i);
            e.allowOnly({"question", "answer", "notes"});
            q.screening.push_back(
                {shortText(e, "question"), enumValue<ScreeningAnswer>(e.field("answer")), longText(e, "notes")});
        }
    }
    if (r.has("quality")) {
        const JsonReader list = r.field("quality");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const JsonReader e = list.at(i);
            e.allowOnly({"area", "impact", "description", "mitigation"});
            q.quality.push_back({enumValue<QualityArea>(e.field("area")), enumValue<Impact>(e.field("impact")),
                                 longText(e, "description"), longText(e, "mitigation")});
        }
    }
    if (r.has("equality")) {
        const JsonReader list = r.field("equality");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const JsonReader e = list.at(i);
            e.allowOnly({"characteristic", "impact", "description", "mitigation"});
            q.equality.push_back({enumValue<ProtectedCharacteristic>(e.field("characteristic")),
                                  enumValue<Impact>(e.field("impact")), longText(e, "description"),
                                  longText(e, "mitigation")});
        }
    }
    q.conclusion = longText(r, "conclusion");
    return q;
}

Risk readRisk(const JsonReader &r)
{
    r.allowOnly({"description", "likelihood", "impact", "mitigation", "owner"});
    Risk risk;
    risk.description = longText(r, "description");
    risk.likelihood = r.field("likelihood").integer();
    risk.impact = r.field("impact").integer();
    risk.mitigation = longText(r, "mitigation");
    risk.owner = shortText(r, "owner");
    return risk;
}

std::vector<Risk> readRisks(const JsonReader &parent)
{
    std::vector<Risk> risks;
    if (!parent.has("risks"))
        return risks;
    const JsonReader list = parent.field("risks");
    for (std::size_t i = 0; i < list.size(); ++i)
        risks.push_back(readRisk(list.at(i)));
    return risks;
}

Appraisal readAppraisal(const JsonReader &r)
{
    r.allowOnly({"payScaleYear", "startYear", "years", "discountRatePercent", "optimismBiasPercent",
                 "optimismBiasRationale", "payUpliftPercent"});
    Appraisal a;
    a.payScaleYear = shortText(r, "payScaleYear");
    a.startYear = shortText(r, "startYear");
    a.years = integerField(r, "years", a.years);
    a.discountRatePercent = numberField(r, "discountRatePercent", a.discountRatePercent);
    a.optimismBiasPercent = numberField(r, "optimismBiasPercent", a.optimismBiasPercent);
    a.optimismBiasRationale = longText(r, "optimismBiasRationale");
    a.payUpliftPercent = numberField(r, "payUpliftPercent", a.payUpliftPercent);
    return a;
}

Option readOption(const JsonReader &r)
{
    r.allowOnly({"id", "kind", "title", "description", "posts", "nonPay", "benefits", "risks", "recommendation",
                 "optimismBiasPercent"});
    Option o;
    o.id = bounded(r.field("id"), 100);
    o.kind = enumValue<OptionKind>(r.field("kind"));
    o.title = shortText(r, "title");
    o.description = longText(r, "description");
    if (r.has("posts")) {
        const JsonReader list = r.field("posts");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const JsonReader e = list.at(i);
            e.allowOnly({"title", "band", "point", "wte", "support"});
            Post p;
            p.title = shortText(e, "title");
            p.band = bounded(e.field("band"), 10);
            p.point = bounded(e.field("point"), 20);
            p.wte = e.field("wte").number();
            p.support = e.optionalBool("support", false);
            o.posts.push_back(p);
        }
    }
    if (r.has("nonPay")) {
        const JsonReader list = r.field("nonPay");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const JsonReader e = list.at(i);
            e.allowOnly({"description", "amount", "recurrence", "year"});
            NonPayCost n;
            n.description = shortText(e, "description");
            n.amount = e.field("amount").number();
            n.recurrence = enumValue<Recurrence>(e.field("recurrence"));
            n.year = integerField(e, "year", 0);
            if (n.recurrence == Recurrence::Annual && e.has("year"))
                e.field("year").fail(QStringLiteral("an annual cost falls in every year; \"year\" is only for a "
                                                    "one_off cost"));
            o.nonPay.push_back(n);
        }
    }
    if (r.has("benefits")) {
        const JsonReader list = r.field("benefits");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const JsonReader e = list.at(i);
            e.allowOnly({"description", "kind", "annualValue", "fromYear", "metric", "measure"});
            Benefit b;
            b.description = longText(e, "description");
            b.kind = enumValue<BenefitKind>(e.field("kind"));
            b.annualValue = optionalNumber(e, "annualValue");
            b.fromYear = integerField(e, "fromYear", 0);
            b.metric = shortText(e, "metric");
            b.measure = longText(e, "measure");
            o.benefits.push_back(b);
        }
    }
    o.risks = readRisks(r);
    o.recommendation = longText(r, "recommendation");
    o.optimismBiasPercent = optionalNumber(r, "optimismBiasPercent");
    return o;
}

ManagementCase readManagement(const JsonReader &r)
{
    r.allowOnly({"seniorResponsibleOwner", "governance", "milestones", "benefitsReview"});
    ManagementCase m;
    m.seniorResponsibleOwner = shortText(r, "seniorResponsibleOwner");
    m.governance = longText(r, "governance");
    if (r.has("milestones")) {
        const JsonReader list = r.field("milestones");
        for (std::size_t i = 0; i < list.size(); ++i) {
            const JsonReader e = list.at(i);
            e.allowOnly({"description", "when"});
            m.milestones.push_back({shortText(e, "description"), shortText(e, "when")});
        }
    }
    m.benefitsReview = longText(r, "benefitsReview");
    return m;
}

template <typename T, typename F> std::vector<T> readList(const JsonReader &root, const char *key, F readOne)
{
    std::vector<T> items;
    if (!root.has(key))
        return items;
    const JsonReader list = root.field(key);
    for (std::size_t i = 0; i < list.size(); ++i)
        items.push_back(readOne(list.at(i)));
    return items;
}

void checkFormat(const JsonReader &root)
{
    root.requireObject();
    const JsonReader format = root.field("format");
    if (!format.node().is_string() || format.string() != QLatin1String("ahplead.businesscase"))
        format.fail(QStringLiteral("%1 is not \"ahplead.businesscase\"; is this a business case file?")
                        .arg(JsonReader::describe(format.node())));
    const JsonReader versionField = root.field("formatVersion");
    const int version = versionField.integer();
    if (version > BusinessCaseReader::CurrentFormatVersion)
        versionField.fail(QStringLiteral("the file is format version %1, written by a newer ahplead; this version "
                                         "reads versions up to %2. Update ahplead to open it.")
                              .arg(version)
                              .arg(BusinessCaseReader::CurrentFormatVersion));
    if (version < 1)
        versionField.fail(QStringLiteral("%1 is not a format version; expected 1").arg(version));
}

} // namespace

Result<BusinessCase> BusinessCaseReader::read(const QString &path)
{
    auto doc = JsonFile::read(path);
    if (!doc)
        return doc.error();
    return fromJson(doc.value(), JsonFile::displayName(path));
}

Result<BusinessCase> BusinessCaseReader::parse(const QByteArray &bytes, const QString &fileName)
{
    auto doc = JsonFile::parse(bytes, fileName);
    if (!doc)
        return doc.error();
    return fromJson(doc.value(), fileName);
}

Result<BusinessCase> BusinessCaseReader::fromJson(const nlohmann::json &doc, const QString &fileName)
{
    auto bc = draftFromJson(doc, fileName);
    if (!bc)
        return bc;
    const Status valid = BusinessCaseValidator::check(bc.value(), fileName);
    if (!valid)
        return valid.error();
    return bc;
}

Result<BusinessCase> BusinessCaseReader::parseDraft(const QByteArray &bytes, const QString &fileName)
{
    auto doc = JsonFile::parse(bytes, fileName);
    if (!doc)
        return doc.error();
    return draftFromJson(doc.value(), fileName);
}

Result<BusinessCase> BusinessCaseReader::readDraft(const QString &path)
{
    auto doc = JsonFile::read(path);
    if (!doc)
        return doc.error();
    return draftFromJson(doc.value(), JsonFile::displayName(path));
}

Result<BusinessCase> BusinessCaseReader::draftFromJson(const nlohmann::json &doc, const QString &fileName)
{
    BusinessCase bc;
    try {
        const JsonReader root(doc, fileName);
        checkFormat(root);
        root.allowOnly({"$schema",        "format",         "formatVersion",    "title",        "status",
                        "date",           "version",        "preparedBy",       "sponsor",      "boardAssessment",
                        "organisation",   "leadership",     "strategicContext", "workforce",    "workforceMetrics",
                        "qualityMetrics", "strategicLeads", "regionalRoles",    "modelsOfCare", "cqc",
                        "qeia",           "risks",          "appraisal",        "options",      "commercial",
                        "management",     "recommendation"});
        bc.title = bounded(root.field("title"), BusinessRules::MaxShortText);
        bc.status = enumField(root, "status", CaseStatus::Draft);
        bc.date = shortText(root, "date");
        bc.version = shortText(root, "version");
        if (root.has("preparedBy"))
            bc.preparedBy = readPerson(root.field("preparedBy"));
        if (root.has("sponsor"))
            bc.sponsor = readPerson(root.field("sponsor"));
        bc.boardAssessment = shortText(root, "boardAssessment");
        bc.organisation = readProfile(root.field("organisation"));
        bc.leadership = readLeadership(root.field("leadership"));
        if (root.has("strategicContext"))
            bc.strategicContext = readStrategicContext(root.field("strategicContext"));
        if (root.has("workforce"))
            bc.workforce = readWorkforce(root.field("workforce"));
        bc.workforceMetrics = readMetrics(root, "workforceMetrics");
        bc.qualityMetrics = readMetrics(root, "qualityMetrics");
        if (root.has("strategicLeads"))
            bc.strategicLeads = readStrategicLeads(root.field("strategicLeads"));
        bc.regionalRoles = readList<RegionalRole>(root, "regionalRoles", readRegionalRole);
        bc.modelsOfCare = readList<CareModel>(root, "modelsOfCare", readCareModel);
        if (root.has("cqc"))
            bc.cqc = readCqc(root.field("cqc"));
        if (root.has("qeia"))
            bc.qeia = readQeia(root.field("qeia"));
        bc.risks = readRisks(root);
        if (root.has("appraisal"))
            bc.appraisal = readAppraisal(root.field("appraisal"));
        bc.options = readList<Option>(root, "options", readOption);
        if (!root.has("options"))
            root.field("options"); // reports the missing list in the usual words
        if (root.has("commercial")) {
            const JsonReader commercial = root.field("commercial");
            commercial.allowOnly({"approach"});
            bc.commercial.approach = longText(commercial, "approach");
        }
        if (root.has("management"))
            bc.management = readManagement(root.field("management"));
        bc.recommendation = longText(root, "recommendation");
    } catch (const JsonReadError &e) {
        return fail(e.message());
    }
    return bc;
}

} // namespace ahplead
