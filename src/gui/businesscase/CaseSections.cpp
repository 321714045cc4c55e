#include "gui/businesscase/CaseSections.h"

#include "core/assessment/Assessment.h"
#include "core/businesscase/BusinessRules.h"
#include "core/businesscase/MetricRating.h"
#include "gui/app/Texts.h"
#include "gui/businesscase/CaseBind.h"
#include "gui/businesscase/CaseForm.h"
#include "gui/businesscase/CasePage.h"
#include "gui/businesscase/CaseParts.h"
#include "gui/businesscase/CaseSession.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace ahplead {

namespace {

constexpr double MaxPostWte = BusinessRules::MaxPostWte;

const BusinessCase *wholeCase(const BusinessCase &bc)
{
    return &bc;
}

} // namespace

CasePage *CaseSections::make(const QString &id, CaseSession &session, QWidget *parent)
{
    if (id == QLatin1String("about"))
        return about(session, parent);
    if (id == QLatin1String("leadership"))
        return leadership(session, parent);
    if (id == QLatin1String("context"))
        return context(session, parent);
    if (id == QLatin1String("workforce"))
        return workforce(session, parent);
    if (id == QLatin1String("workforce-metrics"))
        return metrics(session, false, parent);
    if (id == QLatin1String("quality-metrics"))
        return metrics(session, true, parent);
    if (id == QLatin1String("leads"))
        return leads(session, parent);
    if (id == QLatin1String("ics"))
        return ics(session, parent);
    if (id == QLatin1String("care-models"))
        return careModels(session, parent);
    if (id == QLatin1String("cqc"))
        return cqc(session, parent);
    if (id == QLatin1String("qeia"))
        return qeia(session, parent);
    if (id == QLatin1String("risks"))
        return risks(session, parent);
    if (id == QLatin1String("options"))
        return options(session, parent);
    if (id == QLatin1String("delivery"))
        return delivery(session, parent);
    return nullptr;
}

// --- About the case --------------------------------------------------------------------

CasePage *CaseSections::about(CaseSession &session, QWidget *parent)
{
    auto *page = new CasePage(session, QStringLiteral("about"), tr("About this business case"),
                              tr("The paper's title and status, who is preparing it and who sponsors it, and the "
                                 "organisation it is for."),
                              {QStringLiteral("/title"), QStringLiteral("/status"), QStringLiteral("/date"),
                               QStringLiteral("/version"), QStringLiteral("/preparedBy"), QStringLiteral("/sponsor"),
                               QStringLiteral("/boardAssessment"), QStringLiteral("/organisation")},
                              parent);
    page->setBuilder(
        [](CasePage &p, QVBoxLayout *layout) {
            CaseForm &form = p.form();
            QWidget *body = layout->parentWidget();
            QVBoxLayout *v = nullptr;
            layout->addWidget(CasePage::card(body, tr("The paper"), &v));
            QWidget *paper = v->parentWidget();
            form.setContext(tr("The paper"));
            CaseBind<BusinessCase> c(form, paper, wholeCase, QString());
            v->addWidget(c.text(tr("Title"), "title", &BusinessCase::title,
                                {tr("The title the board will see on the paper."), {}, {}, false, {}, {}}));
            v->addWidget(CaseParts::grid(
                paper,
                {c.choice(tr("Status"), "status", &BusinessCase::status),
                 c.date(tr("Date"), "date", &BusinessCase::date, tr("20 November 2026")),
                 c.text(tr("Version"), "version", &BusinessCase::version, {{}, tr("such as 0.3"), {}, false, {}, {}})},
                3));
            CaseBind<Person> by(
                form, paper, [](const BusinessCase &bc) { return &bc.preparedBy; }, QStringLiteral("/preparedBy"));
            CaseBind<Person> sponsor(
                form, paper, [](const BusinessCase &bc) { return &bc.sponsor; }, QStringLiteral("/sponsor"));
            form.setContext(tr("Prepared by"));
            QWidget *byName = by.text(tr("Prepared by: name"), "name", &Person::name);
            QWidget *byRole = by.text(tr("Prepared by: role"), "role", &Person::role,
                                      {{}, tr("such as Head of AHPs"), {}, false, {}, {}});
            form.setContext(tr("Sponsor"));
            QWidget *spName = sponsor.text(tr("Executive sponsor: name"), "name", &Person::name);
            QWidget *spRole = sponsor.text(tr("Executive sponsor: role"), "role", &Person::role,
                                           {{}, tr("such as Chief nurse"), {}, false, {}, {}});
            v->addWidget(CaseParts::grid(paper, {byName, byRole, spName, spRole}, 2));

            layout->addWidget(CasePage::card(body, tr("The organisation"), &v));
            QWidget *org = v->parentWidget();
            form.setContext(tr("Organisation"));
            CaseBind<OrganisationProfile> o(
                form, org, [](const BusinessCase &bc) { return &bc.organisation; }, QStringLiteral("/organisation"));
            CaseForm::Choices types;
            for (const QString &type : Assessment::organisationTypes())
                types.emplace_back(type.isEmpty() ? tr("Not given") : Texts::organisationType(type), type);
            CaseForm::Choices regions{{tr("Not given"), QString()}};
            for (const QString &region : Texts::regions())
                regions.emplace_back(region, region);
            v->addWidget(o.text(tr("Name"), "name", &OrganisationProfile::name,
                                {tr("The organisation's full name."), {}, tr("Organisation name"), false, {}, {}}));
            v->addWidget(CaseParts::grid(
                org,
                {o.text(tr("ODS code"), "odsCode", &OrganisationProfile::odsCode,
                        {tr("The organisation's code in the NHS Organisation Data Service, used to find its board "
                            "assessment."),
                         tr("such as RXX"),
                         {},
                         false,
                         {},
                         {}},
                        20),
                 o.choiceText(tr("Type"), "type", &OrganisationProfile::type, types),
                 o.text(tr("Integrated care system"), "ics", &OrganisationProfile::ics),
                 o.choiceText(tr("Region"), "region", &OrganisationProfile::region, regions)},
                2));
            v->addWidget(o.longText(tr("About the organisation"), "description", &OrganisationProfile::description,
                                    {tr("Its size, sites, the people it serves, and the size of its AHP workforce."),
                                     {},
                                     {},
                                     false,
                                     {},
                                     {}}));
        },
        [](const BusinessCase &) { return QString(); });
    return page;
}

// --- Current AHP leadership --------------------------------------------------------------

CasePage *CaseSections::leadership(CaseSession &session, QWidget *parent)
{
    auto *page = new CasePage(session, QStringLiteral("leadership"), tr("Current AHP leadership"),
                              tr("How AHP leadership is arranged today: whether there is a chief AHP, at what band "
                                 "and time, where the post sits and whom it reports to."),
                              {QStringLiteral("/leadership")}, parent);
    page->setBuilder(
        [](CasePage &p, QVBoxLayout *layout) {
            CaseForm &form = p.form();
            QWidget *body = layout->parentWidget();
            QVBoxLayout *v = nullptr;
            layout->addWidget(CasePage::card(body, tr("Today's arrangement"), &v));
            QWidget *card = v->parentWidget();
            form.setContext(tr("Current leadership"));
            CaseBind<LeadershipStructure> l(
                form, card, [](const BusinessCase &bc) { return &bc.leadership; }, QStringLiteral("/leadership"));
            v->addWidget(l.check(tr("The trust has a chief AHP (or head of AHPs)"), "hasChiefAhp",
                                 &LeadershipStructure::hasChiefAhp));
            v->addWidget(l.text(tr("Title of the post"), "title", &LeadershipStructure::title,
                                {{}, tr("such as Head of AHPs / chief AHP"), {}, false, {}, {}}));
            v->addWidget(CaseParts::grid(
                card,
                {l.choiceText(tr("Band"), "band", &LeadershipStructure::band, CaseParts::bandChoices(true)),
                 l.number(tr("Time as chief AHP (WTE)"), "wte", &LeadershipStructure::wte, 0, MaxPostWte, 2, {}, {},
                          {tr("Whole-time equivalent of chief AHP time: 1 is full time, 0.6 is three days a week."),
                           {},
                           {},
                           false,
                           {},
                           {}}),
                 l.choice(tr("Division"), "division", &LeadershipStructure::division),
                 l.text(tr("Name of the division"), "divisionName", &LeadershipStructure::divisionName,
                        {{}, tr("such as Surgery and Planned Care"), {}, false, {}, {}}),
                 l.text(tr("Reports to"), "reportingTo", &LeadershipStructure::reportingTo,
                        {{}, tr("such as Chief nurse"), {}, false, {}, {}})},
                2));
            v->addWidget(l.longText(
                tr("How it works today"), "description", &LeadershipStructure::description,
                {tr("The post's other duties, support, and how the professions report."), {}, {}, false, {}, {}}));
        },
        [](const BusinessCase &) { return QString(); });
    return page;
}

// --- Strategic context -------------------------------------------------------------------

CasePage *CaseSections::context(CaseSession &session, QWidget *parent)
{
    auto *page = new CasePage(session, QStringLiteral("context"), tr("Strategic context"),
                              tr("What the handbook (section 3.1) asks every case to explain, in your own words."),
                              {QStringLiteral("/strategicContext")}, parent);
    page->setBuilder(
        [](CasePage &p, QVBoxLayout *layout) {
            CaseForm &form = p.form();
            QWidget *body = layout->parentWidget();
            QVBoxLayout *v = nullptr;
            layout->addWidget(CasePage::card(body, QString(), &v));
            QWidget *card = v->parentWidget();
            form.setContext(tr("Strategic context"));
            CaseBind<StrategicContext> s(
                form, card, [](const BusinessCase &bc) { return &bc.strategicContext; },
                QStringLiteral("/strategicContext"));
            v->addWidget(s.longText(tr("Impact on the trust's objectives, priorities and key issues"),
                                    "trustObjectives", &StrategicContext::trustObjectives));
            v->addWidget(s.longText(tr("Accountability for the quality and safety of AHP services"), "qualityAndSafety",
                                    &StrategicContext::qualityAndSafety,
                                    {tr("Including AHP workforce planning and development."), {}, {}, false, {}, {}}));
            v->addWidget(s.longText(tr("The chief AHP's part in the wider business of the trust"), "widerTrustRole",
                                    &StrategicContext::widerTrustRole,
                                    {tr("Such as patient safety and the quality agenda."), {}, {}, false, {}, {}}));
            v->addWidget(s.longText(tr("The link to quality improvement and transformation"), "qualityImprovement",
                                    &StrategicContext::qualityImprovement));
        },
        [](const BusinessCase &) { return QString(); });
    return page;
}

// --- Workforce ---------------------------------------------------------------------------

CasePage *CaseSections::workforce(CaseSession &session, QWidget *parent)
{
    auto *page = new CasePage(session, QStringLiteral("workforce"), tr("Workforce"),
                              tr("AHP staff in post for each of the 14 professions: headcount and whole-time "
                                 "equivalent (WTE), registered and unregistered (support workers), and registered "
                                 "staff in advanced or non-traditional roles. Leave a profession at 0 if the trust "
                                 "does not employ it."),
                              {QStringLiteral("/workforce")}, parent);
    page->setBuilder([](CasePage &p, QVBoxLayout *layout) { CaseParts::workforceTable(p, layout); },
                     [](const BusinessCase &bc) {
                         return bc.workforce.costPerWau ? CaseParts::metricShape({*bc.workforce.costPerWau})
                                                        : QStringLiteral("none");
                     });
    return page;
}

// --- Metrics -----------------------------------------------------------------------------

CasePage *CaseSections::metrics(CaseSession &session, bool quality, QWidget *parent)
{
    const QString key = quality ? QStringLiteral("qualityMetrics") : QStringLiteral("workforceMetrics");
    auto *page = new CasePage(
        session, quality ? QStringLiteral("quality-metrics") : QStringLiteral("workforce-metrics"),
        quality ? tr("Quality metrics") : tr("Workforce metrics"),
        quality ? tr("Measures of the quality of care that AHP leadership can move: length of stay, long stays, "
                     "delayed transfers, admissions, place of discharge, waiting lists, readmissions and failed "
                     "discharges. Give each its value, the period it covers and its source, and a benchmark (a peer "
                     "or national figure) to compare it with.")
                : tr("Measures of the AHP workforce: sickness absence, vacancies, turnover, agency spend, staff "
                     "survey engagement, student placements and apprenticeships. Give each its value, the period it "
                     "covers and its source, and a benchmark (a peer or national figure) to compare it with."),
        {QLatin1Char('/') + key}, parent);
    page->setBuilder([quality](CasePage &p, QVBoxLayout *layout) { CaseParts::metricList(p, layout, quality); },
                     [quality](const BusinessCase &bc) {
                         return CaseParts::metricShape(quality ? bc.qualityMetrics : bc.workforceMetrics);
                     });
    return page;
}

// --- Strategic leads ---------------------------------------------------------------------

CasePage *CaseSections::leads(CaseSession &session, QWidget *parent)
{
    auto *page = new CasePage(session, QStringLiteral("leads"), tr("Strategic leads"),
                              tr("How many staff each strategic lead leads: AHPs, set beside nursing and medicine. "
                                 "Give the whole-time equivalent (WTE) of strategic leads and of the workforce they "
                                 "lead."),
                              {QStringLiteral("/strategicLeads")}, parent);
    page->setBuilder(
        [](CasePage &p, QVBoxLayout *layout) {
            CaseForm &form = p.form();
            QWidget *body = layout->parentWidget();
            form.setContext(tr("Strategic leads"));
            layout->addWidget(form.check(
                body, tr("Include the ratios of strategic leads in the case"), QStringLiteral("/strategicLeads"),
                [](const BusinessCase &bc) { return bc.strategicLeads.has_value(); },
                [](BusinessCase &bc, bool on) {
                    if (on && !bc.strategicLeads)
                        bc.strategicLeads = StrategicLeads{};
                    else if (!on)
                        bc.strategicLeads.reset();
                }));
            if (!p.session().businessCase().strategicLeads)
                return;
            auto leads = [](const BusinessCase &bc) -> const StrategicLeads * {
                return bc.strategicLeads ? &*bc.strategicLeads : nullptr;
            };
            QVBoxLayout *v = nullptr;
            layout->addWidget(CasePage::card(body, QString(), &v));
            QWidget *card = v->parentWidget();
            CaseBind<StrategicLeads> s(form, card, leads, QStringLiteral("/strategicLeads"));
            v->addWidget(CaseParts::grid(card,
                                         {s.text(tr("Period"), "period", &StrategicLeads::period,
                                                 {{}, tr("such as September 2026"), {}, false, {}, {}}),
                                          s.text(tr("Source"), "source", &StrategicLeads::source,
                                                 {{}, tr("such as ESR and structure charts"), {}, false, {}, {}})},
                                         2));
            const std::pair<const char *, QString> groups[] = {
                {"ahp", tr("Allied health professions")}, {"nursing", tr("Nursing")}, {"medical", tr("Medical")}};
            for (const auto &[key, title] : groups) {
                const QString k = QString::fromLatin1(key);
                LeadGroup StrategicLeads::*member = k == QLatin1String("ahp")       ? &StrategicLeads::ahp
                                                    : k == QLatin1String("nursing") ? &StrategicLeads::nursing
                                                                                    : &StrategicLeads::medical;
                auto find = [leads, member](const BusinessCase &bc) -> const LeadGroup * {
                    const StrategicLeads *l = leads(bc);
                    return l ? &(l->*member) : nullptr;
                };
                QVBoxLayout *g = nullptr;
                layout->addWidget(CasePage::card(body, title, &g));
                QWidget *groupCard = g->parentWidget();
                form.setContext(title);
                CaseBind<LeadGroup> b(form, groupCard, find, QStringLiteral("/strategicLeads/") + k);
                g->addWidget(CaseParts::grid(groupCard,
                                             {b.number(tr("Strategic leads (WTE)"), "leadsWte", &LeadGroup::leadsWte, 0,
                                                       BusinessRules::MaxWte, 2),
                                              b.number(tr("Workforce they lead (WTE)"), "workforceWte",
                                                       &LeadGroup::workforceWte, 0, BusinessRules::MaxWte, 2)},
                                             2));
                g->addWidget(form.computed(
                    groupCard, tr("%1: staff per strategic lead").arg(title), [find](const BusinessCase &bc) {
                        const LeadGroup *group = find(bc);
                        const auto ratio = group ? group->staffPerLead() : std::nullopt;
                        return ratio ? tr("%1 staff (WTE) for each strategic lead").arg(CaseTexts::number(*ratio, 0))
                                     : tr("No strategic leads, so no ratio");
                    }));
                g->addWidget(b.longText(tr("Who the strategic leads are"), "description", &LeadGroup::description));
            }
        },
        [](const BusinessCase &bc) { return bc.strategicLeads ? QStringLiteral("on") : QStringLiteral("off"); });
    return page;
}

// --- Chief AHP roles across the ICS ------------------------------------------------------

CasePage *CaseSections::ics(CaseSession &session, QWidget *parent)
{
    auto *page = new CasePage(session, QStringLiteral("ics"), tr("Across the ICS"),
                              tr("Chief AHP roles (or their equivalent) in the other organisations of your "
                                 "integrated care system, and in neighbouring ones."),
                              {QStringLiteral("/regionalRoles")}, parent);
    page->setBuilder(
        [](CasePage &p, QVBoxLayout *layout) {
            CaseForm &form = p.form();
            QWidget *body = layout->parentWidget();
            const auto &roles = p.session().businessCase().regionalRoles;
            for (std::size_t i = 0; i < roles.size(); ++i) {
                const QString at = QStringLiteral("/regionalRoles/%1").arg(i);
                QVBoxLayout *v = nullptr;
                layout->addWidget(CasePage::card(body, tr("Role %1").arg(i + 1), &v));
                QWidget *card = v->parentWidget();
                form.setContext(tr("Role %1").arg(i + 1));
                CaseBind<RegionalRole> r(
                    form, card, [i](const BusinessCase &bc) { return itemAt(bc.regionalRoles, i); }, at);
                v->addWidget(CaseParts::grid(
                    card,
                    {r.text(tr("Organisation"), "organisation", &RegionalRole::organisation),
                     r.text(tr("Integrated care system"), "ics", &RegionalRole::ics),
                     r.check(tr("In the same ICS as this trust"), "sameIcs", &RegionalRole::sameIcs),
                     r.check(tr("It has a chief AHP (or equivalent)"), "hasChiefAhp", &RegionalRole::hasChiefAhp),
                     r.text(tr("Title of the post"), "title", &RegionalRole::title),
                     r.choiceText(tr("Band"), "band", &RegionalRole::band, CaseParts::bandChoices(true)),
                     r.optional(tr("Time (WTE)"), "wte", &RegionalRole::wte, 0, MaxPostWte, 2, {}, {}, tr("Not known")),
                     r.choice(tr("Division"), "division", &RegionalRole::division)},
                    2));
                v->addWidget(r.text(tr("Notes"), "notes", &RegionalRole::notes));
                CaseParts::removeRow(p, v, card, at, tr("Remove role %1").arg(i + 1),
                                     [i](BusinessCase &bc) { CaseParts::eraseAt(bc.regionalRoles, i); });
            }
            CaseParts::addRow(
                p, layout, body, QStringLiteral("/regionalRoles"), tr("Add a role…"),
                tr("Add a chief AHP role in another organisation"),
                [](BusinessCase &bc) { bc.regionalRoles.push_back({}); },
                [](const BusinessCase &bc) {
                    return QStringLiteral("/regionalRoles/%1/organisation").arg(bc.regionalRoles.size() - 1);
                });
        },
        [](const BusinessCase &bc) { return QString::number(bc.regionalRoles.size()); });
    return page;
}

// --- Models of care ----------------------------------------------------------------------

CasePage *CaseSections::careModels(CaseSession &session, QWidget *parent)
{
    auto *page = new CasePage(session, QStringLiteral("care-models"), tr("Models of care"),
                              tr("New or transformational models of care that AHPs lead or take part in, in the trust, "
                                 "the ICS or the region."),
                              {QStringLiteral("/modelsOfCare")}, parent);
    page->setBuilder(
        [](CasePage &p, QVBoxLayout *layout) {
            CaseForm &form = p.form();
            QWidget *body = layout->parentWidget();
            const auto &models = p.session().businessCase().modelsOfCare;
            for (std::size_t i = 0; i < models.size(); ++i) {
                const QString at = QStringLiteral("/modelsOfCare/%1").arg(i);
                QVBoxLayout *v = nullptr;
                layout->addWidget(CasePage::card(body, tr("Model of care %1").arg(i + 1), &v));
                QWidget *card = v->parentWidget();
                form.setContext(tr("Model of care %1").arg(i + 1));
                CaseBind<CareModel> m(
                    form, card, [i](const BusinessCase &bc) { return itemAt(bc.modelsOfCare, i); }, at);
                v->addWidget(CaseParts::grid(
                    card,
                    {m.text(tr("Name"), "title", &CareModel::title), m.choice(tr("Where"), "scope", &CareModel::scope)},
                    2));
                v->addWidget(m.longText(tr("What it is"), "description", &CareModel::description));
                v->addWidget(m.longText(tr("What AHPs contribute"), "ahpContribution", &CareModel::ahpContribution));
                CaseParts::removeRow(p, v, card, at, tr("Remove model of care %1").arg(i + 1),
                                     [i](BusinessCase &bc) { CaseParts::eraseAt(bc.modelsOfCare, i); });
            }
            CaseParts::addRow(
                p, layout, body, QStringLiteral("/modelsOfCare"), tr("Add a model of care…"), tr("Add a model of care"),
                [](BusinessCase &bc) { bc.modelsOfCare.push_back({}); },
                [](const BusinessCase &bc) {
                    return QStringLiteral("/modelsOfCare/%1/title").arg(bc.modelsOfCare.size() - 1);
                });
        },
        [](const BusinessCase &bc) { return QString::number(bc.modelsOfCare.size()); });
    return page;
}

// --- CQC ---------------------------------------------------------------------------------

CasePage *CaseSections::cqc(CaseSession &session, QWidget *parent)
{
    auto *page = new CasePage(session, QStringLiteral("cqc"), tr("CQC ratings"),
                              tr("The Care Quality Commission's latest ratings of the trust, including well-led, and "
                                 "what its report says about AHP services and leadership."),
                              {QStringLiteral("/cqc")}, parent);
    page->setBuilder(
        [](CasePage &p, QVBoxLayout *layout) {
            CaseForm &form = p.form();
            QWidget *body = layout->parentWidget();
            form.setContext(tr("CQC ratings"));
            layout->addWidget(form.check(
                body, tr("The trust has been rated by the CQC"), QStringLiteral("/cqc"),
                [](const BusinessCase &bc) { return bc.cqc.has_value(); },
                [](BusinessCase &bc, bool on) {
                    if (on && !bc.cqc)
                        bc.cqc = CqcAssessment{};
                    else if (!on)
                        bc.cqc.reset();
                }));
            if (!p.session().businessCase().cqc)
                return;
            QVBoxLayout *v = nullptr;
            layout->addWidget(CasePage::card(body, QString(), &v));
            QWidget *card = v->parentWidget();
            CaseBind<CqcAssessment> c(
                form, card, [](const BusinessCase &bc) { return bc.cqc ? &*bc.cqc : nullptr; }, QStringLiteral("/cqc"));
            v->addWidget(CaseParts::grid(
                card,
                {c.date(tr("Report published"), "published", &CqcAssessment::published, tr("12 September 2025")),
                 c.text(tr("Source"), "source", &CqcAssessment::source)},
                2));
            v->addWidget(CaseParts::grid(card,
                                         {c.choice(tr("Overall"), "overall", &CqcAssessment::overall),
                                          c.choice(tr("Well-led"), "wellLed", &CqcAssessment::wellLed),
                                          c.choice(tr("Safe"), "safe", &CqcAssessment::safe),
                                          c.choice(tr("Effective"), "effective", &CqcAssessment::effective),
                                          c.choice(tr("Caring"), "caring", &CqcAssessment::caring),
                                          c.choice(tr("Responsive"), "responsive", &CqcAssessment::responsive)},
                                         2));
            v->addWidget(
                c.longText(tr("What the report says about AHPs and leadership"), "findings", &CqcAssessment::findings));
        },
        [](const BusinessCase &bc) { return bc.cqc ? QStringLiteral("on") : QStringLiteral("off"); });
    return page;
}

// --- QEIA --------------------------------------------------------------------------------

CasePage *CaseSections::qeia(CaseSession &session, QWidget *parent)
{
    auto *page = new CasePage(session, QStringLiteral("qeia"), tr("Quality and equality impact"),
                              tr("The quality and equality impact assessment (QEIA): screening questions, the impact "
                                 "on quality, the impact on each of the nine protected characteristics of the "
                                 "Equality Act 2010, and how any negative impact will be reduced."),
                              {QStringLiteral("/qeia")}, parent);
    page->setBuilder([](CasePage &p, QVBoxLayout *layout) { CaseParts::qeiaForm(p, layout); },
                     [](const BusinessCase &bc) { return QString::number(bc.qeia.screening.size()); });
    return page;
}

// --- Risks -------------------------------------------------------------------------------

CasePage *CaseSections::risks(CaseSession &session, QWidget *parent)
{
    auto *page = new CasePage(session, QStringLiteral("risks"), tr("Risks"),
                              tr("The risks to delivering the case, each rated on the NHS 5 by 5 matrix (likelihood "
                                 "times impact), with how it will be reduced and who owns it. Each option's own risks "
                                 "go with the option."),
                              {QStringLiteral("/risks")}, parent);
    page->setBuilder(
        [](CasePage &p, QVBoxLayout *layout) {
            CaseParts::riskList(p, layout, layout->parentWidget(), QStringLiteral("/risks"), QString(),
                                [](const BusinessCase &bc) -> const std::vector<Risk> * { return &bc.risks; });
        },
        [](const BusinessCase &bc) { return QString::number(bc.risks.size()); });
    return page;
}

// --- Commercial and management case ------------------------------------------------------

CasePage *CaseSections::delivery(CaseSession &session, QWidget *parent)
{
    auto *page = new CasePage(
        session, QStringLiteral("delivery"), tr("Delivery and recommendation"),
        tr("How the post will be recruited (the commercial case), who is responsible for "
           "delivering it and when (the management case), and what the board is asked to "
           "decide."),
        {QStringLiteral("/commercial"), QStringLiteral("/management"), QStringLiteral("/recommendation")}, parent);
    page->setBuilder(
        [](CasePage &p, QVBoxLayout *layout) {
            CaseForm &form = p.form();
            QWidget *body = layout->parentWidget();
            QVBoxLayout *v = nullptr;
            layout->addWidget(CasePage::card(body, tr("Commercial case"), &v));
            QWidget *card = v->parentWidget();
            form.setContext(tr("Commercial case"));
            CaseBind<CommercialCase> c(
                form, card, [](const BusinessCase &bc) { return &bc.commercial; }, QStringLiteral("/commercial"));
            v->addWidget(c.longText(tr("How the post will be filled"), "approach", &CommercialCase::approach,
                                    {tr("Recruitment, job evaluation, and any hosting or shared-post arrangement."),
                                     {},
                                     {},
                                     false,
                                     {},
                                     {}}));

            layout->addWidget(CasePage::card(body, tr("Management case"), &v));
            card = v->parentWidget();
            form.setContext(tr("Management case"));
            CaseBind<ManagementCase> m(
                form, card, [](const BusinessCase &bc) { return &bc.management; }, QStringLiteral("/management"));
            v->addWidget(m.text(tr("Senior responsible owner"), "seniorResponsibleOwner",
                                &ManagementCase::seniorResponsibleOwner,
                                {{}, tr("such as Helen Okafor, chief nurse"), {}, false, {}, {}}));
            v->addWidget(m.longText(tr("Governance"), "governance", &ManagementCase::governance));
            v->addWidget(
                m.longText(tr("How the benefits will be reviewed"), "benefitsReview", &ManagementCase::benefitsReview));
            CaseParts::milestones(p, v, card);

            layout->addWidget(CasePage::card(body, tr("Recommendation"), &v));
            card = v->parentWidget();
            form.setContext(QString());
            CaseBind<BusinessCase> r(form, card, wholeCase, QString());
            v->addWidget(
                r.longText(tr("What the board is asked to decide"), "recommendation", &BusinessCase::recommendation));
        },
        [](const BusinessCase &bc) { return QString::number(bc.management.milestones.size()); });
    return page;
}

} // namespace ahplead
