#include "report/businesscase/CaseSummaryBuilder.h"

#include "core/businesscase/MetricRating.h"
#include "report/assessment/ReportModel.h"
#include "report/businesscase/CaseCell.h"
#include "report/businesscase/CaseText.h"

namespace ahplead {

namespace {

using M = BusinessCaseModel;
using Table = M::Table;
using Bullet = M::Bullet;

QString leadershipSummary(const BusinessCase &bc)
{
    const LeadershipStructure &l = bc.leadership;
    if (!l.hasChiefAhp)
        return QStringLiteral("%1 has no chief AHP today.").arg(bc.organisation.name);
    QString post = l.title.isEmpty() ? QStringLiteral("chief AHP") : l.title;
    QString s = QStringLiteral("%1 has a %2 WTE").arg(bc.organisation.name, M::number(l.wte, 2));
    if (!l.band.isEmpty())
        s += QStringLiteral(" band %1").arg(l.band);
    s += QStringLiteral(" %1").arg(post);
    if (l.division == Division::Corporate || l.division == Division::Operational)
        s += QStringLiteral(" in the %1").arg(enumLabel(l.division).toLower());
    if (!l.divisionName.isEmpty())
        s += QStringLiteral(" (%1)").arg(l.divisionName);
    if (!l.reportingTo.isEmpty())
        s += QStringLiteral(", reporting to the %1").arg(l.reportingTo.toLower());
    return s + QLatin1Char('.');
}

struct RatingCounts {
    int red = 0, amber = 0, green = 0, other = 0;
};

RatingCounts countRatings(const CaseContext &c)
{
    RatingCounts n;
    for (const Metric *m : c.benchmarked()) {
        switch (MetricRating::compare(*m).rating) {
        case Rating::Red:
            ++n.red;
            break;
        case Rating::Amber:
            ++n.amber;
            break;
        case Rating::Green:
            ++n.green;
            break;
        default:
            ++n.other;
        }
    }
    return n;
}

void optionsAtAGlance(CaseBlockWriter &w, const CaseContext &c)
{
    Table t;
    t.caption = QStringLiteral("The options at a glance (economic basis, %1 pay scales)").arg(c.economic.payScaleYear);
    t.headers = {QStringLiteral("Option"), QStringLiteral("Annual cost"), QStringLiteral("A year more than do nothing"),
                 QStringLiteral("Risk-adjusted present value"), QStringLiteral("Net present social value")};
    t.widths = {40, 14, 15, 16, 15};
    for (std::size_t i = 0; i < c.bc.options.size(); ++i) {
        const Option &o = c.bc.options[i];
        const OptionCost *oc = c.economic.option(o.id);
        if (!oc)
            continue;
        const bool isBase = o.kind == OptionKind::DoNothing;
        t.rows.push_back(
            {CaseCell::strong(c.optionLabel(o.id), o.titleWithoutKind()), CaseCell::money(oc->annualCost),
             isBase ? CaseCell::figure(QStringLiteral("(baseline)")) : CaseCell::money(oc->annualCostDifference),
             CaseCell::money(oc->riskAdjustedPresentValue), CaseCell::money(oc->netPresentSocialValue)});
    }
    t.notes << c.costingStamp(c.economic) << c.discountStamp(c.economic)
            << QStringLiteral("Net present social value: the present value of all valued benefits less the "
                              "risk-adjusted present value of the costs; higher is better.");
    w.table(std::move(t));
}

// The preferred option's key figures on both bases, or why there are none.
void keyFigures(CaseBlockWriter &w, const CaseContext &c)
{
    const Option *preferred = c.bc.firstOption(OptionKind::Preferred);
    const OptionCost *pe = c.preferred(c.economic);
    const OptionCost *pa = c.preferred(c.affordability);
    if (preferred && pe && pa) {
        std::vector<M::Figure> figures{
            {QStringLiteral("Preferred option: annual cost (economic basis)"), M::money(pe->annualCost)},
            {QStringLiteral("A year more than doing nothing"), M::money(pe->annualCostDifference)},
            {QStringLiteral("Net present social value over %1")
                 .arg(CaseText::plural(c.economic.years, QStringLiteral("year"), QStringLiteral("years"))),
             M::money(pe->netPresentSocialValue)},
            {QStringLiteral("A year more to the trust's budget (affordability basis)"),
             M::money(pa->annualCostDifference)},
        };
        w.figures(std::move(figures));
    } else {
        w.para(QStringLiteral("No option is marked as preferred yet, so the case has no preferred option to cost."));
    }
}

// The board's maturity level and its critical gaps, in one sentence.
QString caseForChangeBrief(const CaseForChange &cf)
{
    QStringList gaps;
    for (const CaseForChangeItem &g : cf.criticalGaps)
        gaps << QStringLiteral("%1 (%2)").arg(CaseText::lowerFirst({g.title}).first(), g.statusText.toLower());
    QString s =
        cf.provisional
            ? QStringLiteral("The board's self-assessment gives no maturity level yet (%1)").arg(cf.overallLevelName)
            : QStringLiteral("The board's self-assessment puts AHP leadership at level %1 (%2)")
                  .arg(cf.overallLevel)
                  .arg(cf.overallLevelName);
    s += gaps.isEmpty()
             ? (cf.provisional ? QStringLiteral(", with no critical gap found so far.")
                               : QStringLiteral(" with no critical gap."))
             : QStringLiteral(", with %1: %2.")
                   .arg(CaseText::plural(gaps.size(), QStringLiteral("critical gap"), QStringLiteral("critical gaps")),
                        CaseText::joinAnd(gaps));
    return s;
}

// The preferred option's present value against do nothing and its net present social value.
QString valueForMoneyBrief(const CaseContext &c, const OptionCost &pe)
{
    return QStringLiteral("Over %1, after optimism bias and cash-releasing savings, the preferred option "
                          "costs %2 in present value terms against do nothing; its net present social "
                          "value is %3.")
        .arg(CaseText::plural(c.economic.years, QStringLiteral("year"), QStringLiteral("years")),
             pe.netPresentCostDifference >= 0
                 ? QString(M::money(pe.netPresentCostDifference) + QStringLiteral(" more"))
                 : QString(M::money(-pe.netPresentCostDifference) + QStringLiteral(" less")),
             M::money(pe.netPresentSocialValue));
}

// "The case in brief": one bullet for each part of the case the business case gives.
std::vector<Bullet> caseInBrief(const CaseContext &c)
{
    const BusinessCase &bc = c.bc;
    std::vector<Bullet> brief;
    brief.push_back({QStringLiteral("Today. "), leadershipSummary(bc)});
    if (c.caseForChange)
        brief.push_back({QStringLiteral("Case for change. "), caseForChangeBrief(*c.caseForChange)});
    const RatingCounts n = countRatings(c);
    if (n.red + n.amber + n.green > 0)
        brief.push_back({QStringLiteral("Benchmarks. "),
                         QStringLiteral("Of %1 benchmarked metrics, %2 rated red, %3 amber and %4 green.")
                             .arg(n.red + n.amber + n.green)
                             .arg(n.red)
                             .arg(n.amber)
                             .arg(n.green)});
    if (bc.cqc)
        brief.push_back(
            {QStringLiteral("CQC. "), QStringLiteral("Rated %1 overall and %2 for well-led (%3).")
                                          .arg(enumLabel(bc.cqc->overall).toLower(),
                                               enumLabel(bc.cqc->wellLed).toLower(), M::date(bc.cqc->published))});
    const Option *preferred = bc.firstOption(OptionKind::Preferred);
    const OptionCost *pe = c.preferred(c.economic);
    if (preferred && pe) {
        brief.push_back({QStringLiteral("Preferred option. "), CaseText::sentence(preferred->titleWithoutKind())});
        brief.push_back({QStringLiteral("Value for money. "), valueForMoneyBrief(c, *pe)});
    }
    return brief;
}

} // namespace

void CaseSummaryBuilder::cover(M &m, const CaseContext &c, const QStringList &warnings)
{
    const BusinessCase &bc = c.bc;
    m.organisation = bc.organisation.name.isEmpty() ? QStringLiteral("Organisation not named") : bc.organisation.name;
    m.title =
        bc.title.isEmpty() ? QString(QStringLiteral("Business case for a chief AHP: ") + m.organisation) : bc.title;
    m.kicker = QStringLiteral("Business case for the board");
    m.dateText = bc.date.isEmpty() ? QStringLiteral("Not dated") : M::date(bc.date);
    m.statusText = enumLabel(bc.status);
    m.draft = bc.status == CaseStatus::Draft;
    if (!bc.version.isEmpty())
        m.statusText += QStringLiteral(", version %1").arg(bc.version);
    m.headerRight = QStringLiteral("Business case: %1, %2").arg(m.statusText.toLower(), m.dateText);
    const auto orNone = [](const QString &s) { return s.isEmpty() ? QStringLiteral("Not given") : s; };
    QString assessment = QStringLiteral("None named");
    if (c.caseForChange) {
        assessment = c.caseForChange->frameworkTitle;
        if (!c.caseForChange->assessedOn.isEmpty())
            assessment += QStringLiteral(", %1").arg(M::date(c.caseForChange->assessedOn));
    } else if (!bc.boardAssessment.isEmpty()) {
        assessment = QStringLiteral("Not available (see the notes on this paper)");
    }
    m.details = {
        {QStringLiteral("Organisation"), m.organisation},
        {QStringLiteral("ODS code"), orNone(bc.organisation.odsCode)},
        {QStringLiteral("Integrated care system"), orNone(bc.organisation.ics)},
        {QStringLiteral("Region"), orNone(bc.organisation.region)},
        {QStringLiteral("Type of organisation"), orNone(ReportModel::organisationTypeLabel(bc.organisation.type))},
        {QStringLiteral("Prepared by"), orNone(CaseText::personText(bc.preparedBy))},
        {QStringLiteral("Executive sponsor"), orNone(CaseText::personText(bc.sponsor))},
        {QStringLiteral("Date"), m.dateText},
        {QStringLiteral("Status"), m.statusText},
        {QStringLiteral("Pay scales"), c.scalesBehind().isEmpty() ? orNone(c.economic.payScaleTitle)
                                                                  : QString(orNone(c.economic.payScaleTitle) +
                                                                            QStringLiteral(". ") + c.scalesBehind())},
        {QStringLiteral("Board self-assessment"), assessment},
    };
    m.purpose = bc.recommendation.trimmed().isEmpty()
                    ? QStringLiteral("The board is asked to consider the options for chief AHP leadership set out in "
                                     "this business case and to choose one.")
                    : bc.recommendation;
    m.documentTitle = QString(m.title + QStringLiteral(" (") + m.organisation + QLatin1Char(')'));
    m.author = bc.preparedBy.name;
    m.creator = QStringLiteral("ahplead " AHPLEAD_VERSION);
    m.headerLeft = m.organisation;
    m.footer = m.title;
    m.warnings = warnings;
}

void CaseSummaryBuilder::executiveSummary(CaseBlockWriter &w, const CaseContext &c, const QStringList &warnings)
{
    const BusinessCase &bc = c.bc;
    w.section(QStringLiteral("summary"), QStringLiteral("1. Executive summary"));
    w.callout(QStringLiteral("Recommendation"),
              bc.recommendation.trimmed().isEmpty()
                  ? QStringLiteral("The business case does not yet make a recommendation.")
                  : bc.recommendation);
    keyFigures(w, c);

    w.heading(QStringLiteral("The case in brief"));
    w.bullets(caseInBrief(c));
    optionsAtAGlance(w, c);

    if (!warnings.isEmpty()) {
        w.heading(QStringLiteral("Notes on this paper"));
        std::vector<Bullet> items;
        for (const QString &warning : warnings)
            items.push_back({{}, warning});
        w.bullets(std::move(items));
    }
}

} // namespace ahplead
