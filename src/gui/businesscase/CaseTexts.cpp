#include "gui/businesscase/CaseTexts.h"

#include "core/assessment/Assessment.h"
#include "core/businesscase/BusinessRules.h"
#include "core/businesscase/PayScales.h"
#include "report/businesscase/BusinessCaseModel.h"

#include <QDate>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace ahplead {

std::vector<CaseTexts::StandardMetric> CaseTexts::workforceMetrics()
{
    return {
        {"sickness_absence", tr("Sickness absence (AHPs)"), MetricUnit::Percent, Direction::LowerIsBetter},
        {"vacancy_rate", tr("Vacancy rate (registered AHPs)"), MetricUnit::Percent, Direction::LowerIsBetter},
        {"time_to_recruit", tr("Time to recruit to an AHP vacancy (days)"), MetricUnit::Days, Direction::LowerIsBetter},
        {"turnover", tr("Turnover (registered AHPs)"), MetricUnit::Percent, Direction::LowerIsBetter},
        {"agency_spend", tr("Agency spend as a share of the AHP pay bill"), MetricUnit::Percent,
         Direction::LowerIsBetter},
        {"staff_engagement", tr("NHS Staff Survey engagement score (AHPs)"), MetricUnit::Score,
         Direction::HigherIsBetter},
        {"student_placements", tr("AHP student placements hosted"), MetricUnit::Count, Direction::HigherIsBetter},
        {"apprenticeships", tr("AHP apprentices in training"), MetricUnit::Count, Direction::HigherIsBetter},
    };
}

std::vector<CaseTexts::StandardMetric> CaseTexts::qualityMetrics()
{
    return {
        {"length_of_stay", tr("Average length of stay"), MetricUnit::Days, Direction::LowerIsBetter},
        {"long_length_of_stay", tr("Beds occupied by patients staying 21 days or more"), MetricUnit::Percent,
         Direction::LowerIsBetter},
        {"delayed_transfers", tr("Delayed transfers of care"), MetricUnit::Count, Direction::LowerIsBetter},
        {"admissions", tr("Emergency admissions"), MetricUnit::Count, Direction::LowerIsBetter},
        {"place_of_discharge", tr("Discharged to usual place of residence"), MetricUnit::Percent,
         Direction::HigherIsBetter},
        {"waiting_lists", tr("People waiting for AHP services"), MetricUnit::Count, Direction::LowerIsBetter},
        {"readmissions_28_days", tr("Emergency readmissions within 28 days of discharge"), MetricUnit::Percent,
         Direction::LowerIsBetter},
        {"failed_discharges", tr("Failed discharges"), MetricUnit::Percent, Direction::LowerIsBetter},
    };
}

Metric CaseTexts::metric(const StandardMetric &standard)
{
    Metric m;
    m.id = QString::fromLatin1(standard.id);
    m.name = standard.name;
    m.unit = standard.unit;
    m.better = standard.better;
    return m;
}

QString CaseTexts::freeMetricId(const BusinessCase &bc, const QString &base)
{
    QString id = base;
    for (int n = 2; bc.metric(id); ++n)
        id = QStringLiteral("%1_%2").arg(base).arg(n);
    return id;
}

QString CaseTexts::freeOptionId(const BusinessCase &bc, const QString &base)
{
    QString id = base;
    for (int n = 2; bc.option(id); ++n)
        id = QStringLiteral("%1_%2").arg(base).arg(n);
    return id;
}

Option CaseTexts::newOption(OptionKind kind, const BusinessCase &bc)
{
    Option o;
    o.kind = kind;
    auto post = [](const QString &title, const char *band, const char *point, double wte, bool support) {
        return Post{title, QString::fromLatin1(band), QString::fromLatin1(point), wte, support};
    };
    switch (kind) {
    case OptionKind::DoNothing:
        o.id = freeOptionId(bc, QStringLiteral("do_nothing"));
        // The title does not repeat the kind: headings in the app and the document name it.
        // The description is left for the author: the prompt to add today's posts is the
        // field's placeholder, never text that could reach the document.
        o.title = tr("Keep the current arrangement");
        break;
    case OptionKind::DoMinimum:
        o.id = freeOptionId(bc, QStringLiteral("do_minimum"));
        o.title = tr("A part-time chief AHP in an operational division");
        o.posts.push_back(post(tr("Chief AHP"), "8c", "intermediate", 0.5, false));
        break;
    case OptionKind::Preferred:
        o.id = freeOptionId(bc, QStringLiteral("preferred"));
        o.title = tr("A full-time band 8d chief AHP in the corporate division");
        o.posts.push_back(post(tr("Chief AHP"), "8d", "entry", 1.0, false));
        break;
    case OptionKind::Other:
        o.id = freeOptionId(bc, QStringLiteral("other"));
        o.title = tr("A band 9 chief AHP shared with a neighbouring trust");
        o.posts.push_back(post(tr("Chief AHP (this trust's half share)"), "9", "entry", 0.5, false));
        break;
    }
    return o;
}

BusinessCase CaseTexts::newCase(const OrganisationProfile &organisation, const Person &preparedBy,
                                const PayScales *scales, const QDate &today)
{
    BusinessCase bc;
    bc.title = tr("Business case for a chief allied health professional");
    bc.date = today.toString(Qt::ISODate);
    bc.version = QStringLiteral("0.1");
    bc.preparedBy = preparedBy;
    bc.organisation = organisation;
    if (!Assessment::organisationTypes().contains(bc.organisation.type))
        bc.organisation.type.clear();
    if (scales && scales->latest())
        bc.appraisal.payScaleYear = scales->latest()->year;
    // The new arrangement would start in the next financial year at the earliest.
    bc.appraisal.startYear = BusinessRules::financialYearAfter(BusinessRules::financialYearOf(today), 1);
    for (OptionKind kind : enumValues<OptionKind>())
        bc.options.push_back(newOption(kind, bc));
    return bc;
}

QString CaseTexts::optionName(const Option &option, int index)
{
    const QString title = option.titleWithoutKind();
    return title.isEmpty() ? tr("Option %1 (%2)").arg(index + 1).arg(label(option.kind))
                           : tr("Option %1: %2").arg(index + 1).arg(title);
}

QString CaseTexts::shortKind(OptionKind kind)
{
    switch (kind) {
    case OptionKind::DoNothing:
        return tr("do nothing");
    case OptionKind::DoMinimum:
        return tr("do minimum");
    case OptionKind::Preferred:
        return tr("preferred");
    case OptionKind::Other:
        break;
    }
    return tr("other");
}

QString CaseTexts::optionHeading(const Option &option, int index)
{
    const QString shown = option.titleWithoutKind();
    const QString title = shown.isEmpty() ? tr("no title yet") : shown;
    return tr("Option %1 (%2): %3").arg(index + 1).arg(shortKind(option.kind), title);
}

QString CaseTexts::metricName(const Metric &metric, int index)
{
    return metric.name.trimmed().isEmpty() ? tr("Metric %1").arg(index + 1) : metric.name.trimmed();
}

QString CaseTexts::money(double pounds)
{
    return BusinessCaseModel::money(pounds);
}

QString CaseTexts::number(double value, int decimals)
{
    return BusinessCaseModel::number(value, decimals);
}

namespace {

QString fieldWords(const QString &key)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("CaseTexts", "title")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("CaseTexts", "date")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("CaseTexts", "name")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("CaseTexts", "type")},
        {QStringLiteral("band"), QT_TRANSLATE_NOOP("CaseTexts", "band")},
        {QStringLiteral("point"), QT_TRANSLATE_NOOP("CaseTexts", "pay point")},
        {QStringLiteral("wte"), QT_TRANSLATE_NOOP("CaseTexts", "WTE")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("CaseTexts", "value")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("CaseTexts", "period")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("CaseTexts", "source")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("CaseTexts", "what the benchmark is")},
        {QStringLiteral("benchmark"), QT_TRANSLATE_NOOP("CaseTexts", "benchmark")},
        {QStringLiteral("tolerancePercent"), QT_TRANSLATE_NOOP("CaseTexts", "tolerance")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("CaseTexts", "id")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("CaseTexts", "kind of option")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("CaseTexts", "description")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("CaseTexts", "amount")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("CaseTexts", "year")},
        {QStringLiteral("annualValue"), QT_TRANSLATE_NOOP("CaseTexts", "value a year")},
        {QStringLiteral("fromYear"), QT_TRANSLATE_NOOP("CaseTexts", "first year")},
        {QStringLiteral("metric"), QT_TRANSLATE_NOOP("CaseTexts", "metric")},
        {QStringLiteral("likelihood"), QT_TRANSLATE_NOOP("CaseTexts", "likelihood")},
        {QStringLiteral("impact"), QT_TRANSLATE_NOOP("CaseTexts", "impact")},
        {QStringLiteral("mitigation"), QT_TRANSLATE_NOOP("CaseTexts", "mitigation")},
        {QStringLiteral("registeredHeadcount"), QT_TRANSLATE_NOOP("CaseTexts", "registered headcount")},
        {QStringLiteral("registeredWte"), QT_TRANSLATE_NOOP("CaseTexts", "registered WTE")},
        {QStringLiteral("unregisteredHeadcount"), QT_TRANSLATE_NOOP("CaseTexts", "unregistered headcount")},
        {QStringLiteral("unregisteredWte"), QT_TRANSLATE_NOOP("CaseTexts", "unregistered WTE")},
        {QStringLiteral("advancedRoles"), QT_TRANSLATE_NOOP("CaseTexts", "advanced or non-traditional roles")},
        {QStringLiteral("profession"), QT_TRANSLATE_NOOP("CaseTexts", "profession")},
        {QStringLiteral("leadsWte"), QT_TRANSLATE_NOOP("CaseTexts", "strategic leads (WTE)")},
        {QStringLiteral("workforceWte"), QT_TRANSLATE_NOOP("CaseTexts", "workforce (WTE)")},
        {QStringLiteral("payScaleYear"), QT_TRANSLATE_NOOP("CaseTexts", "pay scales")},
        {QStringLiteral("startYear"), QT_TRANSLATE_NOOP("CaseTexts", "first year")},
        {QStringLiteral("years"), QT_TRANSLATE_NOOP("CaseTexts", "appraisal period")},
        {QStringLiteral("discountRatePercent"), QT_TRANSLATE_NOOP("CaseTexts", "discount rate")},
        {QStringLiteral("optimismBiasPercent"), QT_TRANSLATE_NOOP("CaseTexts", "optimism bias")},
        {QStringLiteral("payUpliftPercent"), QT_TRANSLATE_NOOP("CaseTexts", "yearly pay uplift")},
        {QStringLiteral("published"), QT_TRANSLATE_NOOP("CaseTexts", "date published")},
        {QStringLiteral("question"), QT_TRANSLATE_NOOP("CaseTexts", "question")},
        {QStringLiteral("area"), QT_TRANSLATE_NOOP("CaseTexts", "area")},
        {QStringLiteral("characteristic"), QT_TRANSLATE_NOOP("CaseTexts", "characteristic")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("CaseTexts", "organisation")},
        {QStringLiteral("costPerWau"), QT_TRANSLATE_NOOP("CaseTexts", "cost per weighted activity unit")},
        {QStringLiteral("ahp"), QT_TRANSLATE_NOOP("CaseTexts", "AHPs")},
        {QStringLiteral("nursing"), QT_TRANSLATE_NOOP("CaseTexts", "nursing")},
        {QStringLiteral("medical"), QT_TRANSLATE_NOOP("CaseTexts", "medical")},
        {QStringLiteral("options"), QT_TRANSLATE_NOOP("CaseTexts", "options")},
    };
    auto it = words.constFind(key);
    return it == words.constEnd() ? key : QCoreApplication::translate("CaseTexts", *it);
}

QString sectionWords(const QString &key)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("CaseTexts", "Organisation")},
        {QStringLiteral("leadership"), QT_TRANSLATE_NOOP("CaseTexts", "Current AHP leadership")},
        {QStringLiteral("workforce"), QT_TRANSLATE_NOOP("CaseTexts", "Workforce")},
        {QStringLiteral("workforceMetrics"), QT_TRANSLATE_NOOP("CaseTexts", "Workforce metrics")},
        {QStringLiteral("qualityMetrics"), QT_TRANSLATE_NOOP("CaseTexts", "Quality metrics")},
        {QStringLiteral("strategicLeads"), QT_TRANSLATE_NOOP("CaseTexts", "Strategic leads")},
        {QStringLiteral("regionalRoles"), QT_TRANSLATE_NOOP("CaseTexts", "Chief AHP roles across the ICS")},
        {QStringLiteral("modelsOfCare"), QT_TRANSLATE_NOOP("CaseTexts", "Models of care")},
        {QStringLiteral("cqc"), QT_TRANSLATE_NOOP("CaseTexts", "CQC ratings")},
        {QStringLiteral("qeia"), QT_TRANSLATE_NOOP("CaseTexts", "Quality and equality impact assessment")},
        {QStringLiteral("risks"), QT_TRANSLATE_NOOP("CaseTexts", "Risks")},
        {QStringLiteral("appraisal"), QT_TRANSLATE_NOOP("CaseTexts", "How the options are costed")},
        {QStringLiteral("options"), QT_TRANSLATE_NOOP("CaseTexts", "Options")},
        {QStringLiteral("management"), QT_TRANSLATE_NOOP("CaseTexts", "Management case")},
        {QStringLiteral("commercial"), QT_TRANSLATE_NOOP("CaseTexts", "Commercial case")},
        {QStringLiteral("professions"), QT_TRANSLATE_NOOP("CaseTexts", "Professions")},
        {QStringLiteral("posts"), QT_TRANSLATE_NOOP("CaseTexts", "post")},
        {QStringLiteral("nonPay"), QT_TRANSLATE_NOOP("CaseTexts", "non-pay cost")},
        {QStringLiteral("benefits"), QT_TRANSLATE_NOOP("CaseTexts", "benefit")},
        {QStringLiteral("screening"), QT_TRANSLATE_NOOP("CaseTexts", "screening question")},
        {QStringLiteral("milestones"), QT_TRANSLATE_NOOP("CaseTexts", "milestone")},
    };
    auto it = words.constFind(key);
    return it == words.constEnd() ? QString() : QCoreApplication::translate("CaseTexts", *it);
}

} // namespace

QString CaseTexts::place(const BusinessCase &bc, const QString &pointer)
{
    const QStringList keys = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (keys.isEmpty())
        return tr("The business case");
    QStringList parts;
    QString field;
    for (int i = 0; i < keys.size(); ++i) {
        const QString &key = keys[i];
        bool isIndex = false;
        const int n = key.toInt(&isIndex);
        const QString parent = i > 0 ? keys[i - 1] : QString();
        if (isIndex) {
            const auto index = static_cast<std::size_t>(n);
            if (i == 1 && parent == QLatin1String("options") && index < bc.options.size())
                parts << optionName(bc.options[index], n);
            else if (i == 1 && parent == QLatin1String("workforceMetrics") && index < bc.workforceMetrics.size())
                parts << metricName(bc.workforceMetrics[index], n);
            else if (i == 1 && parent == QLatin1String("qualityMetrics") && index < bc.qualityMetrics.size())
                parts << metricName(bc.qualityMetrics[index], n);
            else if (parent == QLatin1String("professions") && index < bc.workforce.professions.size())
                parts << label(bc.workforce.professions[index].profession);
            else if (parent == QLatin1String("quality") && index < bc.qeia.quality.size())
                parts << label(bc.qeia.quality[index].area);
            else if (parent == QLatin1String("equality") && index < bc.qeia.equality.size())
                parts << label(bc.qeia.equality[index].characteristic);
            else if (parent == QLatin1String("risks"))
                parts << tr("risk %1").arg(n + 1);
            else if (parent == QLatin1String("regionalRoles"))
                parts << tr("role %1").arg(n + 1);
            else if (parent == QLatin1String("modelsOfCare"))
                parts << tr("model of care %1").arg(n + 1);
            else if (const QString words = sectionWords(parent); !words.isEmpty())
                parts << tr("%1 %2").arg(words).arg(n + 1);
            else
                parts << tr("item %1").arg(n + 1);
            field.clear();
            continue;
        }
        const bool last = i == keys.size() - 1;
        bool nextIsIndex = false;
        if (!last)
            keys[i + 1].toInt(&nextIsIndex);
        if (nextIsIndex && !sectionWords(key).isEmpty() && i == 0) {
            parts << sectionWords(key);
        } else if (nextIsIndex) {
            // The item that follows names itself ("post 2"); a list name adds nothing.
        } else if (last) {
            field = fieldWords(key);
        } else if (i == 0 && !sectionWords(key).isEmpty()) {
            parts << sectionWords(key);
        } else {
            parts << fieldWords(key);
        }
    }
    const QString where = parts.join(QStringLiteral(", "));
    if (field.isEmpty())
        return where;
    if (where.isEmpty()) {
        QString f = field;
        f[0] = f[0].toUpper();
        return f;
    }
    return tr("%1: %2").arg(where, field);
}

QString CaseTexts::greenBookTerm(const QString &term)
{
    // Plain words first; the guide's section for whoever wants the sums.
    const QString costs = tr("The business case guide (docs/business-case.md), section 5, \"Over the appraisal "
                             "period\", shows the sums.");
    const QString bases = tr("The business case guide (docs/business-case.md), section 3, \"Pay scales and on-cost "
                             "parameters\", says more.");
    if (term == QLatin1String("presentValue"))
        return tr("Present value: every year's cost added up after making later years count for less, because "
                  "money spent later costs less today (HM Treasury's Green Book). ") +
               costs;
    if (term == QLatin1String("discountRate"))
        return tr("Discount rate: how much less each later year counts; the Green Book uses 3.5% a year. ") + costs;
    if (term == QLatin1String("optimismBias"))
        return tr("Optimism bias: an amount added to the costs because plans tend to underestimate them; the "
                  "Green Book asks for it, with the reason written down. ") +
               costs;
    if (term == QLatin1String("riskAdjustedPresentValue"))
        return tr("Risk-adjusted present value: the present value with optimism bias added. ") + costs;
    if (term == QLatin1String("netPresentCost"))
        return tr("Net present cost: the risk-adjusted present value less the benefits that release cash. ") + costs;
    if (term == QLatin1String("netPresentSocialValue"))
        return tr("Net present social value: all the benefits, in money, less all the costs, over the period and "
                  "at present value; the higher, the better the option is for society. ") +
               costs;
    if (term == QLatin1String("economicBasis"))
        return tr("Economic basis: the full cost to the public sector, as the Green Book's economic case counts "
                  "it (employer pension at the full rate). ") +
               bases;
    if (term == QLatin1String("affordabilityBasis"))
        return tr("Affordability basis: what the trust's own budget pays, as the financial case counts it "
                  "(employer pension at the local rate). ") +
               bases;
    return {};
}

} // namespace ahplead
