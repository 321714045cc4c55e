#include "BusinessCaseModel.h"

#include "AssessmentReader.h"
#include "MetricPeerComparison.h"
#include "ReportModel.h"
#include "Scorer.h"
#include "business/BusinessCaseReader.h"
#include "business/CostModel.h"
#include "business/MetricRating.h"

#include <QDate>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ahplead {

namespace {

using M = BusinessCaseModel;
using Cell = M::Cell;
using Table = M::Table;
using Tone = M::Tone;
using Bullet = M::Bullet;

// Documents read the same on every machine: UK English, whatever the system locale.
QLocale uk()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

const QString Dash = QStringLiteral("\u2013");

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? Dash : text;
}

QString orNotGiven(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("Not given in this business case.") : text;
}

QString sentence(const QString &text)
{
    QString t = text.trimmed();
    if (!t.isEmpty() && !t.endsWith(QLatin1Char('.')) && !t.endsWith(QLatin1Char('?')) &&
        !t.endsWith(QLatin1Char('!')))
        t += QLatin1Char('.');
    return t;
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : QString(text.left(1).toUpper() + text.mid(1));
}

// "a, b and c" (or "a, b or c").
QString joinAnd(const QStringList &items, const QString &conjunction = QStringLiteral("and"))
{
    if (items.size() <= 1)
        return items.join(QString());
    return QString(items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QLatin1Char(' ') + conjunction +
                   QLatin1Char(' ') + items.last());
}

QStringList lowerFirst(QStringList items)
{
    // "Appoint a chief AHP" reads "appoint a chief AHP" mid-sentence; "AHP workforce" stays.
    for (QString &item : items)
        if (item.size() > 1 && item[1].isLower())
            item[0] = item[0].toLower();
    return items;
}

QString plural(qsizetype n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

Cell text(const QString &t, const QString &detail = {})
{
    return {t, detail, false, false, Tone::None};
}
Cell strong(const QString &t, const QString &detail = {})
{
    return {t, detail, false, true, Tone::None};
}
Cell figure(const QString &t, bool isStrong = false)
{
    return {t, {}, true, isStrong, Tone::None};
}
Cell money(double pounds, bool isStrong = false)
{
    return figure(M::money(pounds), isStrong);
}
Cell toned(const QString &t, Tone tone, const QString &detail = {})
{
    return {t, detail, false, false, tone};
}

// ---- words for enums and values -------------------------------------------------------

QString shortKind(OptionKind kind)
{
    switch (kind) {
    case OptionKind::DoNothing:
        return QStringLiteral("Do nothing");
    case OptionKind::DoMinimum:
        return QStringLiteral("Do minimum");
    case OptionKind::Preferred:
        return QStringLiteral("Preferred");
    case OptionKind::Other:
        break;
    }
    return QStringLiteral("Other");
}

QString metricValue(double v, MetricUnit unit)
{
    if (!std::isfinite(v))
        return Dash;
    switch (unit) {
    case MetricUnit::Percent:
        return M::percent(v);
    case MetricUnit::Days:
        return QString(M::number(v) + (v == 1.0 ? QStringLiteral(" day") : QStringLiteral(" days")));
    case MetricUnit::Weeks:
        return QString(M::number(v) + (v == 1.0 ? QStringLiteral(" week") : QStringLiteral(" weeks")));
    case MetricUnit::Pounds:
        // Small sums (a cost per unit) keep their pence; larger ones are whole pounds.
        if (std::fabs(v) < 1000 && v != std::round(v))
            return QString((v < 0 ? QStringLiteral("-£") : QStringLiteral("£")) + uk().toString(std::fabs(v), 'f', 2));
        return M::money(v);
    case MetricUnit::Score:
    case MetricUnit::Ratio:
        return M::number(v, 2);
    case MetricUnit::Count:
        break;
    }
    return M::number(v);
}

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
    return QStringLiteral("%1 %2 than the benchmark").arg(metricValue(std::fabs(c.difference), m.unit), how);
}

Cell ratingCell(const Metric &m)
{
    const MetricComparison c = MetricRating::compare(m);
    const QString how = comparisonText(m, c);
    switch (c.rating) {
    case Rating::Green:
        return toned(QStringLiteral("Green"), Tone::Green, capitalised(how));
    case Rating::Amber:
        return toned(QStringLiteral("Amber"), Tone::Amber,
                     QStringLiteral("%1 (tolerance %2)").arg(capitalised(how), M::percent(c.tolerancePercent)));
    case Rating::Red:
        return toned(QStringLiteral("Red"), Tone::Red,
                     QStringLiteral("%1 (tolerance %2)").arg(capitalised(how), M::percent(c.tolerancePercent)));
    case Rating::NoBenchmark:
        return toned(QStringLiteral("Not benchmarked"), Tone::Grey);
    case Rating::NoDirection:
        break;
    }
    return toned(QStringLiteral("Not rated"), Tone::Grey, QStringLiteral("Neither higher nor lower is better"));
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

QString likelihoodText(int n)
{
    static const QStringList words{QStringLiteral("Rare"), QStringLiteral("Unlikely"), QStringLiteral("Possible"),
                                   QStringLiteral("Likely"), QStringLiteral("Almost certain")};
    return n >= 1 && n <= 5 ? QStringLiteral("%1 %2").arg(n).arg(words[n - 1]) : QString::number(n);
}

QString impactText(int n)
{
    static const QStringList words{QStringLiteral("Negligible"), QStringLiteral("Minor"), QStringLiteral("Moderate"),
                                   QStringLiteral("Major"), QStringLiteral("Catastrophic")};
    return n >= 1 && n <= 5 ? QStringLiteral("%1 %2").arg(n).arg(words[n - 1]) : QString::number(n);
}

Cell riskRatingCell(const Risk &r)
{
    const RiskLevel level = r.level();
    Tone tone = Tone::Green;
    if (level == RiskLevel::Moderate)
        tone = Tone::Amber;
    else if (level == RiskLevel::High || level == RiskLevel::Extreme)
        tone = Tone::Red;
    return toned(QStringLiteral("%1 %2").arg(r.score()).arg(enumLabel(level)), tone);
}

QString citationsText(const std::vector<Citation> &citations)
{
    QStringList parts;
    for (const Citation &c : citations)
        parts << QString(c.document + QStringLiteral(", ") + c.section);
    return parts.join(QStringLiteral("; "));
}

QString personText(const Person &p)
{
    if (p.name.isEmpty())
        return p.role;
    return p.role.isEmpty() ? p.name : QString(p.name + QStringLiteral(", ") + p.role);
}

// ---- the document being written --------------------------------------------------------

class Writer {
public:
    explicit Writer(M &m) : m_m(m) {}

    void section(const QString &id, const QString &title) { m_m.sections.push_back({id, title, {}}); }
    void heading(const QString &t, int level = 3)
    {
        M::Block b;
        b.kind = M::Block::Kind::Heading;
        b.level = level;
        b.text = t;
        add(std::move(b));
    }
    void para(const QString &t, const QString &lead = {})
    {
        M::Block b;
        b.kind = M::Block::Kind::Paragraph;
        b.text = t;
        b.label = lead;
        add(std::move(b));
    }
    void bullets(std::vector<Bullet> items)
    {
        if (items.empty())
            return;
        M::Block b;
        b.kind = M::Block::Kind::Bullets;
        b.bullets = std::move(items);
        add(std::move(b));
    }
    void callout(const QString &label, const QString &t)
    {
        M::Block b;
        b.kind = M::Block::Kind::Callout;
        b.label = label;
        b.text = t;
        add(std::move(b));
    }
    void figures(std::vector<M::Figure> items)
    {
        M::Block b;
        b.kind = M::Block::Kind::Figures;
        b.figures = std::move(items);
        add(std::move(b));
    }
    // Numbers the table, puts "–" in every empty cell (saying so in its notes), and adds it.
    void table(Table t)
    {
        t.caption = QStringLiteral("Table %1. %2").arg(++m_tables).arg(t.caption);
        bool dash = false;
        const std::size_t columns = t.widths.size();
        for (auto &row : t.rows) {
            row.resize(columns);
            for (Cell &c : row) {
                if (c.text.trimmed().isEmpty())
                    c.text = Dash;
                dash = dash || c.text == Dash;
            }
        }
        // A note on what "–" stands for only where a "–" is shown; a generic one if none says.
        if (!dash)
            t.notes.removeIf([](const QString &n) { return n.startsWith(Dash); });
        const bool explained =
            std::any_of(t.notes.cbegin(), t.notes.cend(), [](const QString &n) { return n.startsWith(Dash); });
        if (dash && !explained)
            t.notes.prepend(QString(Dash + QStringLiteral(" not given in the business case.")));
        M::Block b;
        b.kind = M::Block::Kind::Table;
        b.table = std::move(t);
        add(std::move(b));
    }

private:
    void add(M::Block b) { m_m.sections.back().blocks.push_back(std::move(b)); }
    M &m_m;
    int m_tables = 0;
};

// ---- context shared by the sections ----------------------------------------------------

struct Context {
    const BusinessCase &bc;
    const CostTable &economic;
    const CostTable &affordability;
    const PayScaleYear &scales;
    const std::optional<CaseForChange> &caseForChange;
    const PeerBenchmark *peers = nullptr; // the region's peer benchmark, when the document has one

    // "Option 3: Preferred", the name an option has in every table.
    QString optionLabel(const QString &id) const
    {
        for (std::size_t i = 0; i < bc.options.size(); ++i)
            if (bc.options[i].id == id)
                return QStringLiteral("Option %1: %2").arg(i + 1).arg(shortKind(bc.options[i].kind));
        return id;
    }
    QString yearLabel(int index) const
    {
        if (index >= 0 && index < economic.yearLabels.size())
            return economic.yearLabels[index];
        return QStringLiteral("Year %1").arg(index);
    }
    // The stamp every costed table carries: basis, pay-scale year and source.
    QString costingStamp(const CostTable &t) const
    {
        return QStringLiteral("%1 (employer pension %2 of pay). Pay scales %3, effective %4; source: %5")
            .arg(enumLabel(t.basis), M::rate(t.pensionRatePercent), t.payScaleYear, M::date(scales.effectiveFrom),
                 sentence(t.payScaleSource.isEmpty() ? QStringLiteral("not recorded") : t.payScaleSource));
    }
    QString discountStamp(const CostTable &t) const
    {
        return QStringLiteral("Discounted at %1 a year (HM Treasury Green Book) over %2 from %3; optimism bias %4 on "
                              "every option except do nothing.")
            .arg(M::rate(t.discountRatePercent), plural(t.years, QStringLiteral("year"), QStringLiteral("years")),
                 yearLabel(0), M::rate(t.optimismBiasPercent));
    }
    const OptionCost *preferred(const CostTable &t) const
    {
        const Option *o = bc.firstOption(OptionKind::Preferred);
        return o ? t.option(o->id) : nullptr;
    }
    std::vector<const Metric *> benchmarked() const
    {
        std::vector<const Metric *> all;
        if (bc.workforce.costPerWau)
            all.push_back(&*bc.workforce.costPerWau);
        for (const Metric &m : bc.workforceMetrics)
            all.push_back(&m);
        for (const Metric &m : bc.qualityMetrics)
            all.push_back(&m);
        return all;
    }
};

// ---- cover ---------------------------------------------------------------------------

void cover(M &m, const Context &c, const QStringList &warnings)
{
    const BusinessCase &bc = c.bc;
    m.organisation = bc.organisation.name.isEmpty() ? QStringLiteral("Organisation not named") : bc.organisation.name;
    m.title = bc.title.isEmpty() ? QString(QStringLiteral("Business case for a chief AHP: ") + m.organisation)
                                 : bc.title;
    m.kicker = QStringLiteral("Business case for the board");
    m.dateText = bc.date.isEmpty() ? QStringLiteral("Not dated") : M::date(bc.date);
    m.statusText = enumLabel(bc.status);
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
        assessment = QStringLiteral("%1 (not available: see the notes on this paper)").arg(bc.boardAssessment);
    }
    m.details = {
        {QStringLiteral("Organisation"), m.organisation},
        {QStringLiteral("ODS code"), orNone(bc.organisation.odsCode)},
        {QStringLiteral("Integrated care system"), orNone(bc.organisation.ics)},
        {QStringLiteral("Region"), orNone(bc.organisation.region)},
        {QStringLiteral("Type of organisation"), orNone(ReportModel::organisationTypeLabel(bc.organisation.type))},
        {QStringLiteral("Prepared by"), orNone(personText(bc.preparedBy))},
        {QStringLiteral("Executive sponsor"), orNone(personText(bc.sponsor))},
        {QStringLiteral("Date"), m.dateText},
        {QStringLiteral("Status"), m.statusText},
        {QStringLiteral("Pay scales"), orNone(c.economic.payScaleTitle)},
        {QStringLiteral("Board self-assessment"), assessment},
    };
    m.purpose = bc.recommendation.trimmed().isEmpty()
                    ? QStringLiteral("The board is asked to consider the options for chief AHP leadership set out in "
                                     "this business case and to choose one.")
                    : bc.recommendation;
    m.documentTitle = QString(m.title + QStringLiteral(" (") + m.organisation + QLatin1Char(')'));
    m.author = bc.preparedBy.name;
    m.creator = QStringLiteral("ahplead " AHPLEAD_VERSION);
    m.warnings = warnings;
}

// ---- 1. executive summary ---------------------------------------------------------------

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

RatingCounts countRatings(const Context &c)
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

void optionsAtAGlance(Writer &w, const Context &c)
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
        t.rows.push_back({strong(c.optionLabel(o.id), o.title), money(oc->annualCost),
                          isBase ? figure(QStringLiteral("(baseline)")) : money(oc->annualCostDifference),
                          money(oc->riskAdjustedPresentValue), money(oc->netPresentSocialValue)});
    }
    t.notes << c.costingStamp(c.economic) << c.discountStamp(c.economic)
            << QStringLiteral("Net present social value: the present value of all valued benefits less the "
                              "risk-adjusted present value of the costs; higher is better.");
    w.table(std::move(t));
}

void executiveSummary(Writer &w, const Context &c, const QStringList &warnings)
{
    const BusinessCase &bc = c.bc;
    w.section(QStringLiteral("summary"), QStringLiteral("1. Executive summary"));
    w.callout(QStringLiteral("Recommendation"),
              bc.recommendation.trimmed().isEmpty()
                  ? QStringLiteral("The business case does not yet make a recommendation.")
                  : bc.recommendation);

    const Option *preferred = bc.firstOption(OptionKind::Preferred);
    const OptionCost *pe = c.preferred(c.economic);
    const OptionCost *pa = c.preferred(c.affordability);
    if (preferred && pe && pa) {
        std::vector<M::Figure> figures{
            {QStringLiteral("Preferred option: annual cost (economic basis)"), M::money(pe->annualCost)},
            {QStringLiteral("A year more than doing nothing"), M::money(pe->annualCostDifference)},
            {QStringLiteral("Net present social value over %1").arg(plural(c.economic.years, QStringLiteral("year"),
                                                                           QStringLiteral("years"))),
             M::money(pe->netPresentSocialValue)},
            {QStringLiteral("A year more to the trust's budget (affordability basis)"),
             M::money(pa->annualCostDifference)},
        };
        w.figures(std::move(figures));
    } else {
        w.para(QStringLiteral("No option is marked as preferred yet, so the case has no preferred option to cost."));
    }

    w.heading(QStringLiteral("The case in brief"));
    std::vector<Bullet> brief;
    brief.push_back({QStringLiteral("Today. "), leadershipSummary(bc)});
    if (c.caseForChange) {
        const CaseForChange &cf = *c.caseForChange;
        QStringList gaps;
        for (const CaseForChangeItem &g : cf.criticalGaps)
            gaps << QStringLiteral("%1 (%2)").arg(lowerFirst({g.title}).first(), g.statusText.toLower());
        QString s = QStringLiteral("The board's self-assessment puts AHP leadership at level %1 (%2)")
                        .arg(cf.overallLevel)
                        .arg(cf.overallLevelName);
        s += gaps.isEmpty() ? QStringLiteral(" with no critical gap.")
                            : QStringLiteral(", with %1: %2.")
                                  .arg(plural(gaps.size(), QStringLiteral("critical gap"),
                                              QStringLiteral("critical gaps")),
                                       joinAnd(gaps));
        brief.push_back({QStringLiteral("Case for change. "), s});
    }
    const RatingCounts n = countRatings(c);
    if (n.red + n.amber + n.green > 0)
        brief.push_back({QStringLiteral("Benchmarks. "),
                         QStringLiteral("Of %1 benchmarked metrics, %2 rated red, %3 amber and %4 green.")
                             .arg(n.red + n.amber + n.green)
                             .arg(n.red)
                             .arg(n.amber)
                             .arg(n.green)});
    if (bc.cqc)
        brief.push_back({QStringLiteral("CQC. "), QStringLiteral("Rated %1 overall and %2 for well-led (%3).")
                                                      .arg(enumLabel(bc.cqc->overall).toLower(),
                                                           enumLabel(bc.cqc->wellLed).toLower(),
                                                           M::date(bc.cqc->published))});
    if (preferred && pe) {
        brief.push_back({QStringLiteral("Preferred option. "), sentence(preferred->title)});
        brief.push_back({QStringLiteral("Value for money. "),
                         QStringLiteral("Over %1, after optimism bias and cash-releasing savings, the preferred option "
                                        "costs %2 in present value terms against do nothing; its net present social "
                                        "value is %3.")
                             .arg(plural(c.economic.years, QStringLiteral("year"), QStringLiteral("years")),
                                  pe->netPresentCostDifference >= 0
                                      ? QString(M::money(pe->netPresentCostDifference) + QStringLiteral(" more"))
                                      : QString(M::money(-pe->netPresentCostDifference) + QStringLiteral(" less")),
                                  M::money(pe->netPresentSocialValue))});
    }
    w.bullets(std::move(brief));
    optionsAtAGlance(w, c);

    if (!warnings.isEmpty()) {
        w.heading(QStringLiteral("Notes on this paper"));
        std::vector<Bullet> items;
        for (const QString &warning : warnings)
            items.push_back({{}, warning});
        w.bullets(std::move(items));
    }
}

// ---- 2. strategic case -------------------------------------------------------------------

void leadershipAndContext(Writer &w, const Context &c)
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
        {strong(QStringLiteral("Chief AHP in post")), text(l.hasChiefAhp ? QStringLiteral("Yes") : QStringLiteral("No"))},
        {strong(QStringLiteral("Title")), text(l.title)},
        {strong(QStringLiteral("Band")), text(l.band.isEmpty() ? QString() : QString(QStringLiteral("Band ") + l.band))},
        {strong(QStringLiteral("Chief AHP time")),
         text(l.hasChiefAhp ? QString(M::number(l.wte, 2) + QStringLiteral(" WTE")) : QStringLiteral("None"))},
        {strong(QStringLiteral("Division")),
         text(l.divisionName.isEmpty() ? enumLabel(l.division)
                                       : QStringLiteral("%1 (%2)").arg(enumLabel(l.division), l.divisionName))},
        {strong(QStringLiteral("Reports to")), text(l.reportingTo)},
        {strong(QStringLiteral("Description")), text(l.description)},
    };
    w.table(std::move(t));

    const StrategicContext &s = bc.strategicContext;
    w.heading(QStringLiteral("2.2 Strategic context"));
    w.heading(QStringLiteral("Impact on the trust's objectives, priorities and key issues"), 4);
    w.para(orNotGiven(s.trustObjectives));
    w.heading(QStringLiteral("Accountability for the quality and safety of AHP services"), 4);
    w.para(orNotGiven(s.qualityAndSafety));
    w.heading(QStringLiteral("The chief AHP's role in the wider business of the trust"), 4);
    w.para(orNotGiven(s.widerTrustRole));
    w.heading(QStringLiteral("The link to quality improvement and transformation"), 4);
    w.para(orNotGiven(s.qualityImprovement));
}

// The critical gaps quote the assessor's evidence; the other recommendations give the action
// only, so the case for change stays readable.
Table caseForChangeTable(const QString &caption, const std::vector<CaseForChangeItem> &items, bool withEvidence)
{
    Table t;
    t.caption = caption;
    t.headers = {QStringLiteral("Recommendation and what to do"), QStringLiteral("Status"),
                 QStringLiteral("Sources")};
    t.widths = {53, 17, 30};
    for (const CaseForChangeItem &item : items) {
        QStringList detail{item.action};
        for (const EvidenceNote &e : item.evidence)
            if (withEvidence && !e.evidence.trimmed().isEmpty())
                detail << QStringLiteral("Evidence (%1): \u201C%2\u201D").arg(e.answer.toLower(), e.evidence);
        const Tone tone = item.status == RecommendationStatus::NotMet ? Tone::Red : Tone::Amber;
        t.rows.push_back({strong(item.title, detail.join(QLatin1Char('\n'))),
                          toned(QString(ReportModel::statusSymbol(item.status) + QLatin1Char(' ') + item.statusText),
                                tone),
                          text(citationsText(item.citations))});
    }
    return t;
}

void caseForChangeSection(Writer &w, const Context &c, const QStringList &warnings)
{
    w.heading(QStringLiteral("2.3 The case for change: the board's self-assessment"));
    if (!c.caseForChange) {
        w.para(QStringLiteral("The case for change could not be drawn from a board self-assessment: %1")
                   .arg(warnings.isEmpty() ? QStringLiteral("the business case names none.")
                                           : warnings.first()));
        return;
    }
    const CaseForChange &cf = *c.caseForChange;
    QString intro = QStringLiteral("The board assessed its chief AHP arrangements against %1 (%2)")
                        .arg(cf.frameworkTitle, cf.framework);
    if (!cf.assessedOn.isEmpty())
        intro += QStringLiteral(" on %1").arg(M::date(cf.assessedOn));
    if (!cf.assessedBy.isEmpty())
        intro += QStringLiteral(", assessed by %1").arg(cf.assessedBy);
    intro += QStringLiteral(". Overall maturity: level %1 (%2)").arg(cf.overallLevel).arg(cf.overallLevelName);
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
        domains.rows.push_back({strong(d.title), figure(d.score ? QString::number(std::lround(*d.score)) : Dash),
                                text(d.level >= 0 ? QStringLiteral("%1 %2").arg(d.level).arg(d.levelName)
                                                  : d.levelName)});
    }
    if (unscored)
        domains.notes << QString(Dash + QStringLiteral(" not scored: no applicable question was answered."));
    w.table(std::move(domains));

    if (cf.criticalGaps.empty()) {
        w.para(QStringLiteral("Every critical recommendation is met."));
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

void cqc(Writer &w, const Context &c)
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
        t.rows.push_back({strong(name), toned(enumLabel(rating), cqcTone(rating))});
    if (!q.source.isEmpty())
        t.notes << QStringLiteral("Source: %1").arg(sentence(q.source));
    w.table(std::move(t));
    if (!q.findings.isEmpty())
        w.para(q.findings, QStringLiteral("What the CQC found: "));
}

void workforceProfile(Writer &w, const Context &c)
{
    const Workforce &wf = c.bc.workforce;
    w.heading(QStringLiteral("2.5 Workforce profile by profession"));
    Table t;
    t.caption = QStringLiteral("AHP workforce by profession, %1").arg(orDash(wf.period));
    t.headers = {QStringLiteral("Profession"), QStringLiteral("Registered headcount"), QStringLiteral("Registered WTE"),
                 QStringLiteral("Unregistered headcount"), QStringLiteral("Unregistered WTE"),
                 QStringLiteral("Advanced or non-traditional roles")};
    t.widths = {30, 14, 13, 15, 13, 15};
    QStringList notEmployed;
    for (AhpProfession p : enumValues<AhpProfession>()) {
        const ProfessionWorkforce *row = wf.profession(p);
        if (!row) {
            notEmployed << enumLabel(p).toLower();
            continue;
        }
        t.rows.push_back({strong(enumLabel(p)), figure(M::number(row->registeredHeadcount, 0)),
                          figure(M::number(row->registeredWte)), figure(M::number(row->unregisteredHeadcount, 0)),
                          figure(M::number(row->unregisteredWte)), figure(M::number(row->advancedRoles, 0))});
    }
    const WorkforceTotals total = wf.totals();
    t.rows.push_back({strong(QStringLiteral("All AHPs")), figure(M::number(total.registeredHeadcount, 0), true),
                      figure(M::number(total.registeredWte), true), figure(M::number(total.unregisteredHeadcount, 0), true),
                      figure(M::number(total.unregisteredWte), true), figure(M::number(total.advancedRoles, 0), true)});
    if (!wf.source.isEmpty())
        t.notes << QStringLiteral("Source: %1").arg(sentence(wf.source));
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
        facts << QStringLiteral("The trust employs no %1.").arg(joinAnd(notEmployed, QStringLiteral("or")));
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
            detail << sentence(enumLabel(m->better));
        detail << sentence(m->period);
        if (!m->source.isEmpty())
            detail << QStringLiteral("Source: %1").arg(sentence(m->source));
        if (m->benchmark && !m->benchmark->source.isEmpty())
            detail << QStringLiteral("Benchmark: %1").arg(sentence(m->benchmark->source));
        if (!m->note.isEmpty())
            detail << sentence(m->note);
        Cell benchmark = figure(Dash);
        if (m->benchmark) {
            benchmark = figure(metricValue(m->benchmark->value, m->unit));
            benchmark.detail = m->benchmark->label;
        }
        t.rows.push_back({strong(m->name, detail.join(QLatin1Char(' '))), figure(metricValue(m->value, m->unit)),
                          benchmark, ratingCell(*m)});
    }
    t.notes << QStringLiteral("Green: at or better than the benchmark. Amber: worse, but within the tolerance (10% "
                              "of the benchmark unless the metric sets its own). Red: worse by more than the "
                              "tolerance. The rating is always written; the colour only repeats it.");
    const bool anyUnbenchmarked = std::any_of(metrics.cbegin(), metrics.cend(), [](const Metric *m) {
        return !m->benchmark;
    });
    if (anyUnbenchmarked)
        t.notes << QString(Dash + QStringLiteral(" no benchmark is given for this metric."));
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
void peerPositions(Writer &w, const Context &c, const PeerBenchmark &benchmark)
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
                          "their assessments. A metric with no benchmark of its own takes the peer median as its "
                          "benchmark in the tables above.")
               .arg(source)
               .arg(positions.size()));
    Table t;
    t.caption = QStringLiteral("Metrics compared with the region's peers");
    t.headers = {QStringLiteral("Metric"), QStringLiteral("Value"), QStringLiteral("Lower quartile"),
                 QStringLiteral("Peer median"), QStringLiteral("Upper quartile"), QStringLiteral("Position")};
    t.widths = {28, 11, 12, 11, 12, 26};
    for (const MetricPeerPosition &p : positions)
        t.rows.push_back({strong(p.metricName.isEmpty() ? p.metricId : p.metricName, comparedWith(p)),
                          figure(metricValue(p.value, p.unit)), figure(metricValue(p.peers.q1, p.unit)),
                          figure(metricValue(p.peers.median, p.unit)), figure(metricValue(p.peers.q3, p.unit)),
                          text(p.position())});
    t.notes << QStringLiteral("The quartiles are of each organisation's latest submission. The benchmark names no "
                              "organisation, and gives no figures for a metric fewer than %1 organisations reported.")
                   .arg(PeerBenchmark::MinimumGroup);
    w.table(t);
}

void metrics(Writer &w, const Context &c)
{
    w.heading(QStringLiteral("2.6 Benchmarked metrics: red, amber, green"));
    w.para(QStringLiteral("Each metric is compared with a benchmark from similar organisations or a national figure "
                          "(the handbook suggests the Model Health System). The rating is written in words as well as "
                          "shown in colour."));
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

void strategicLeads(Writer &w, const Context &c)
{
    w.heading(QStringLiteral("2.7 Strategic-lead ratios: AHP strategic leads beside nursing and medical"));
    if (!c.bc.strategicLeads) {
        w.para(QStringLiteral("The business case gives no strategic-lead ratios."));
        return;
    }
    const StrategicLeads &s = *c.bc.strategicLeads;
    Table t;
    t.caption = QStringLiteral("Staff per strategic lead, %1").arg(orDash(s.period));
    t.headers = {QStringLiteral("Staff group"), QStringLiteral("Strategic leads (WTE)"),
                 QStringLiteral("Workforce (WTE)"), QStringLiteral("Staff per strategic lead"),
                 QStringLiteral("Who the strategic leads are")};
    t.widths = {14, 13, 13, 14, 46};
    bool noLeads = false;
    const auto row = [&](const QString &name, const LeadGroup &g) {
        const auto per = g.staffPerLead();
        noLeads = noLeads || !per;
        t.rows.push_back({strong(name), figure(M::number(g.leadsWte, 2)), figure(M::number(g.workforceWte)),
                          figure(per ? M::number(*per, 0) : Dash), text(g.description)});
    };
    row(QStringLiteral("AHPs"), s.ahp);
    row(QStringLiteral("Nursing"), s.nursing);
    row(QStringLiteral("Medical"), s.medical);
    if (noLeads)
        t.notes << QString(Dash + QStringLiteral(" in staff per strategic lead: there are no strategic leads, so "
                                                  "there is no ratio."));
    if (!s.source.isEmpty())
        t.notes << QStringLiteral("Source: %1").arg(sentence(s.source));
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

void regionalRoles(Writer &w, const Context &c)
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
                 plural(n, QStringLiteral("organisation is listed"), QStringLiteral("organisations are listed")))
            .arg(chief == n ? QStringLiteral("all have") : QStringLiteral("%1 of %2 have").arg(chief).arg(n))
            .arg(fullTime)
            .arg(corporate);
    };
    w.para(QStringList{summary(true), summary(false)}.join(QLatin1Char(' ')).trimmed());
    Table t;
    t.caption = QStringLiteral("Chief AHP roles in other organisations");
    t.headers = {QStringLiteral("Organisation"), QStringLiteral("Integrated care system"), QStringLiteral("Role"),
                 QStringLiteral("Band"), QStringLiteral("WTE"), QStringLiteral("Division")};
    t.widths = {31, 20, 19, 8, 8, 14};
    bool unknownWte = false; // a WTE not given means not known
    for (const RegionalRole &r : roles) {
        const QString ics = QString(orDash(r.ics) + QStringLiteral(" (") +
                                    (r.sameIcs ? QStringLiteral("this ICS") : QStringLiteral("neighbouring")) +
                                    QLatin1Char(')'));
        if (!r.hasChiefAhp) {
            t.rows.push_back({strong(r.organisation, r.notes), text(ics), text(QStringLiteral("No chief AHP")),
                              figure(QStringLiteral("None")), figure(QStringLiteral("None")),
                              text(QStringLiteral("None"))});
            continue;
        }
        unknownWte = unknownWte || !r.wte;
        t.rows.push_back({strong(r.organisation, r.notes), text(ics), text(r.title), figure(r.band),
                          figure(r.wte ? M::number(*r.wte, 2) : Dash),
                          text(divisionWord(r.division))});
    }
    if (unknownWte)
        t.notes << QString(Dash + QStringLiteral(" not known."));
    w.table(std::move(t));
}

void modelsOfCare(Writer &w, const Context &c)
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
        t.rows.push_back({strong(m.title, m.description), text(enumLabel(m.scope)), text(m.ahpContribution)});
    w.table(std::move(t));
}

void strategicCase(Writer &w, const Context &c, const QStringList &warnings)
{
    w.section(QStringLiteral("strategic"), QStringLiteral("2. Strategic case"));
    w.para(QStringLiteral("Why the trust needs to change its AHP leadership: where it stands today, what the board's "
                          "self-assessment found, and how it compares with its peers."));
    leadershipAndContext(w, c);
    caseForChangeSection(w, c, warnings);
    cqc(w, c);
    workforceProfile(w, c);
    metrics(w, c);
    strategicLeads(w, c);
    regionalRoles(w, c);
    modelsOfCare(w, c);
}

// ---- 3. economic case ----------------------------------------------------------------------

Table risksTable(const QString &caption, const std::vector<Risk> &risks)
{
    Table t;
    t.caption = caption;
    t.headers = {QStringLiteral("Risk"), QStringLiteral("Likelihood"), QStringLiteral("Impact"),
                 QStringLiteral("Rating"), QStringLiteral("Mitigation"), QStringLiteral("Owner")};
    t.widths = {27, 12, 12, 13, 24, 12};
    for (const Risk &r : risks)
        t.rows.push_back({text(r.description), text(likelihoodText(r.likelihood)), text(impactText(r.impact)),
                          riskRatingCell(r), text(r.mitigation), text(r.owner)});
    t.notes << QStringLiteral("Rating = likelihood \u00D7 impact on the NHS 5 \u00D7 5 matrix: 1\u20133 low, 4\u20136 "
                              "moderate, 8\u201312 high, 15\u201325 extreme.");
    return t;
}

void optionDetail(Writer &w, const Context &c, std::size_t index)
{
    const Option &o = c.bc.options[index];
    const OptionCost *oc = c.economic.option(o.id);
    w.heading(QStringLiteral("Option %1: %2").arg(index + 1).arg(enumLabel(o.kind)), 4);
    w.para(o.description, QString(sentence(o.title) + QLatin1Char(' ')));
    if (!oc)
        return;

    Table posts;
    posts.caption = QStringLiteral("Option %1: posts and their annual cost (economic basis, %2 pay scales)")
                        .arg(index + 1)
                        .arg(c.economic.payScaleYear);
    posts.headers = {QStringLiteral("Post"),  QStringLiteral("Band, point"), QStringLiteral("WTE"),
                     QStringLiteral("Full-time salary"), QStringLiteral("Pay"), QStringLiteral("Employer NI"),
                     QStringLiteral("Pension"), QStringLiteral("Levy"),       QStringLiteral("Annual cost")};
    posts.widths = {20, 13, 6, 11, 10, 10, 10, 7, 13};
    double total = 0;
    for (const PostCost &p : oc->posts) {
        total += p.total();
        posts.rows.push_back({text(p.title), text(QStringLiteral("%1 %2").arg(p.band, p.point)),
                              figure(M::number(p.wte, 2)), money(p.salary), money(p.pay), money(p.employerNi),
                              money(p.pension), money(p.levy), money(p.total())});
    }
    for (const NonPayCost &n : o.nonPay)
        if (n.recurrence == Recurrence::Annual)
            posts.rows.push_back({text(QStringLiteral("Non-pay: %1").arg(n.description)),
                                  text(QStringLiteral("a year")), figure(Dash), figure(Dash), figure(Dash),
                                  figure(Dash), figure(Dash), figure(Dash), money(n.amount)});
    posts.rows.push_back({strong(QStringLiteral("Annual cost")), text(QString()), figure(Dash), figure(Dash),
                          money(oc->annualPay, true), money(oc->annualEmployerNi, true),
                          money(oc->annualPension, true), money(oc->annualLevy, true), money(oc->annualCost, true)});
    posts.rows.back()[1] = text(Dash);
    posts.notes << QString(Dash + QStringLiteral(" does not apply to the row."));
    posts.notes << c.costingStamp(c.economic);
    w.table(std::move(posts));

    std::vector<Bullet> oneOff;
    for (const NonPayCost &n : o.nonPay)
        if (n.recurrence == Recurrence::OneOff)
            oneOff.push_back({QStringLiteral("One-off, %1: ").arg(c.yearLabel(n.year)),
                              QStringLiteral("%1, %2.").arg(n.description, M::money(n.amount))});
    w.bullets(std::move(oneOff));

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
                {text(benefit.description, benefit.measure), text(enumLabel(benefit.kind)),
                 benefit.annualValue ? money(*benefit.annualValue) : figure(QStringLiteral("Not valued")),
                 text(c.yearLabel(benefit.fromYear)),
                 metric ? text(metric->name, QStringLiteral("Now %1").arg(metricValue(metric->value, metric->unit)))
                        : text(Dash)});
        }
        if (untied)
            b.notes << QString(Dash + QStringLiteral(" not tied to a metric."));
        w.table(std::move(b));
    }
    if (!o.risks.empty())
        w.table(risksTable(QStringLiteral("Option %1: risks").arg(index + 1), o.risks));
    w.para(orNotGiven(o.recommendation), QStringLiteral("Assessment. "));
}

// Splits the years of an appraisal into tables of at most this many, so a 30-year
// appraisal stays readable on A4 portrait.
constexpr int YearsPerTable = 6;

void costByYear(Writer &w, const Context &c, const CostTable &table, const QString &basis)
{
    const int years = table.years;
    for (int first = 0; first < years; first += YearsPerTable) {
        const int last = std::min(years, first + YearsPerTable) - 1;
        const bool withTotal = last == years - 1;
        Table t;
        t.caption = years <= YearsPerTable
                        ? QStringLiteral("Cost of each option year by year (%1)").arg(basis)
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
            std::vector<Cell> row{strong(c.optionLabel(oc.optionId))};
            for (int y = first; y <= last; ++y)
                row.push_back(money(y < static_cast<int>(oc.years.size()) ? oc.years[y].total : NAN));
            if (withTotal)
                row.push_back(money(oc.totalCost, true));
            t.rows.push_back(std::move(row));
        }
        t.notes << QStringLiteral("Undiscounted, in real terms. One-off costs fall in the year they name.")
                << c.costingStamp(table);
        w.table(std::move(t));
    }
}

void costAnalysis(Writer &w, const Context &c)
{
    const CostTable &e = c.economic;
    w.heading(QStringLiteral("3.2 Cost analysis (economic basis)"));
    w.para(QStringLiteral("The economic case counts the full cost to the public sector, including the part of the "
                          "employer pension contribution paid centrally. %1.")
               .arg(e.basisDescription));

    Table annual;
    annual.caption = QStringLiteral("Annual cost of each option (economic basis)");
    annual.headers = {QStringLiteral("Option"),  QStringLiteral("Pay"),         QStringLiteral("Employer NI"),
                      QStringLiteral("Pension"), QStringLiteral("Levy"),        QStringLiteral("Non-pay a year"),
                      QStringLiteral("Annual cost"), QStringLiteral("One-off costs")};
    annual.widths = {22, 11, 11, 11, 9, 11, 13, 12};
    for (const OptionCost &oc : e.options)
        annual.rows.push_back({strong(c.optionLabel(oc.optionId)), money(oc.annualPay), money(oc.annualEmployerNi),
                               money(oc.annualPension), money(oc.annualLevy), money(oc.annualNonPay),
                               money(oc.annualCost, true), money(oc.oneOffNonPay)});
    annual.notes << QStringLiteral("A full year's cost: one-off costs are not part of it.") << c.costingStamp(e);
    w.table(std::move(annual));

    costByYear(w, c, e, QStringLiteral("economic basis"));

    Table pv;
    pv.caption = QStringLiteral("Present value of the costs and optimism bias (economic basis)");
    pv.headers = {QStringLiteral("Option"), QStringLiteral("Total cost"), QStringLiteral("Present value"),
                  QStringLiteral("Optimism bias rate"), QStringLiteral("Optimism bias"),
                  QStringLiteral("Risk-adjusted present value")};
    pv.widths = {24, 15, 15, 13, 15, 18};
    for (const OptionCost &oc : e.options)
        pv.rows.push_back({strong(c.optionLabel(oc.optionId)), money(oc.totalCost), money(oc.presentValue),
                           figure(M::percent(oc.optimismBiasPercent)), money(oc.optimismBias),
                           money(oc.riskAdjustedPresentValue, true)});
    pv.notes << c.discountStamp(e) << c.costingStamp(e);
    w.table(std::move(pv));

    Table net;
    net.caption = QStringLiteral("Benefits and net present value (economic basis)");
    net.headers = {QStringLiteral("Option"), QStringLiteral("Risk-adjusted present value of costs"),
                   QStringLiteral("Cash-releasing benefits, present value"), QStringLiteral("Net present cost"),
                   QStringLiteral("Non-cash-releasing benefits, present value"),
                   QStringLiteral("Net present social value")};
    net.widths = {22, 16, 16, 14, 17, 15};
    for (const OptionCost &oc : e.options)
        net.rows.push_back({strong(c.optionLabel(oc.optionId)), money(oc.riskAdjustedPresentValue),
                            money(oc.cashReleasingPresentValue), money(oc.netPresentCost, true),
                            money(oc.nonCashReleasingPresentValue), money(oc.netPresentSocialValue, true)});
    net.notes << QStringLiteral("Net present cost = risk-adjusted present value of the costs less the present value of "
                                "the cash-releasing benefits (lower is better). Net present social value = the present "
                                "value of all valued benefits less the risk-adjusted costs (higher is better).")
              << c.discountStamp(e) << c.costingStamp(e);
    w.table(std::move(net));

    Table diff;
    diff.caption = QStringLiteral("Difference from do nothing: each option less do nothing (economic basis)");
    diff.headers = {QStringLiteral("Option"),        QStringLiteral("Annual cost"),
                    QStringLiteral("Total cost"),    QStringLiteral("Present value"),
                    QStringLiteral("Risk-adjusted present value"), QStringLiteral("Net present cost"),
                    QStringLiteral("Net present social value")};
    diff.widths = {22, 12, 13, 13, 14, 13, 13};
    for (const OptionCost &oc : e.options) {
        if (oc.kind == OptionKind::DoNothing)
            continue;
        diff.rows.push_back({strong(c.optionLabel(oc.optionId)), money(oc.annualCostDifference),
                             money(oc.totalCostDifference), money(oc.presentValueDifference),
                             money(oc.riskAdjustedPresentValueDifference), money(oc.netPresentCostDifference, true),
                             money(oc.netPresentSocialValueDifference, true)});
    }
    diff.notes << QStringLiteral("A positive cost difference costs more than doing nothing; a positive net present "
                                 "social value difference is better than doing nothing.")
               << c.discountStamp(e) << c.costingStamp(e);
    if (!diff.rows.empty())
        w.table(std::move(diff));

    if (const OptionCost *p = c.preferred(e)) {
        const OptionCost *best = nullptr;
        for (const OptionCost &oc : e.options)
            if (!best || oc.netPresentSocialValue > best->netPresentSocialValue)
                best = &oc;
        QString s = QStringLiteral("The preferred option costs %1 a year more than doing nothing. Over %2, after "
                                   "optimism bias and its cash-releasing savings, its net present cost is %3 %4 than "
                                   "doing nothing")
                        .arg(M::money(p->annualCostDifference),
                             plural(e.years, QStringLiteral("year"), QStringLiteral("years")),
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

    w.heading(QStringLiteral("Optimism bias"), 4);
    w.para(QStringLiteral("The costs of every option except do nothing are increased by %1 of their present value. %2")
               .arg(M::rate(c.bc.appraisal.optimismBiasPercent),
                    c.bc.appraisal.optimismBiasRationale.isEmpty()
                        ? QStringLiteral("The business case gives no reason for this percentage; the Green Book asks "
                                         "for one based on the organisation's own evidence.")
                        : c.bc.appraisal.optimismBiasRationale));
}

void qeia(Writer &w, const Context &c)
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
            t.rows.push_back({text(s.question), strong(enumLabel(s.answer)), text(s.notes)});
        w.table(std::move(t));
    }
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
            quality.rows.push_back({strong(enumLabel(area)), toned(QStringLiteral("Not assessed"), Tone::Grey),
                                    text(QString()), text(QString())});
            continue;
        }
        quality.rows.push_back({strong(enumLabel(area)), toned(enumLabel(found->impact), impactTone(found->impact)),
                                text(found->description),
                                text(found->mitigation.isEmpty() && found->impact != Impact::Negative
                                         ? QStringLiteral("None needed")
                                         : found->mitigation)});
    }
    w.table(std::move(quality));

    Table equality;
    equality.caption = QStringLiteral("Impact on people with each protected characteristic (Equality Act 2010)");
    equality.headers = {QStringLiteral("Protected characteristic"), QStringLiteral("Impact"),
                        QStringLiteral("Description"), QStringLiteral("Mitigation")};
    equality.widths = {20, 12, 40, 28};
    for (ProtectedCharacteristic pc : enumValues<ProtectedCharacteristic>()) {
        const EqualityImpact *e = q.impactFor(pc);
        if (!e) {
            equality.rows.push_back({strong(enumLabel(pc)), toned(QStringLiteral("Not assessed"), Tone::Grey),
                                     text(QString()), text(QString())});
            continue;
        }
        equality.rows.push_back({strong(enumLabel(pc)), toned(enumLabel(e->impact), impactTone(e->impact)),
                                 text(e->description),
                                 text(e->mitigation.isEmpty() && e->impact != Impact::Negative
                                          ? QStringLiteral("None needed")
                                          : e->mitigation)});
    }
    equality.notes << QString(Dash + QStringLiteral(" not recorded in the assessment."));
    w.table(std::move(equality));
    if (!q.conclusion.isEmpty())
        w.para(q.conclusion, QStringLiteral("Conclusion. "));
}

void economicCase(Writer &w, const Context &c)
{
    w.section(QStringLiteral("economic"), QStringLiteral("3. Economic case"));
    w.para(QStringLiteral("Which option gives the best value for money: the shortlisted options, including do nothing, "
                          "with their costs, benefits and risks, appraised as the HM Treasury Green Book asks."));
    w.heading(QStringLiteral("3.1 The options, including do nothing"));
    QString shortlist = QStringLiteral("The shortlist compares %1 options against do nothing (business as usual).")
                            .arg(c.bc.options.size() - 1);
    const QStringList gaps = c.bc.shortlistGaps();
    if (!gaps.isEmpty())
        shortlist += QStringLiteral(" The Green Book shortlist also asks for: %1.").arg(joinAnd(lowerFirst(gaps)));
    w.para(shortlist);
    for (std::size_t i = 0; i < c.bc.options.size(); ++i)
        optionDetail(w, c, i);
    costAnalysis(w, c);
    qeia(w, c);
}

// ---- 4. commercial case --------------------------------------------------------------------

void commercialCase(Writer &w, const Context &c)
{
    w.section(QStringLiteral("commercial"), QStringLiteral("4. Commercial case"));
    w.para(QStringLiteral("How the preferred option will be secured: recruitment, job evaluation and any agreement "
                          "with another organisation."));
    w.para(orNotGiven(c.bc.commercial.approach));
    const Option *preferred = c.bc.firstOption(OptionKind::Preferred);
    const OptionCost *pe = c.preferred(c.economic);
    if (preferred && pe) {
        w.heading(QStringLiteral("Posts the preferred option needs"));
        std::vector<Bullet> posts;
        for (const PostCost &p : pe->posts)
            posts.push_back({QString(p.title + QStringLiteral(": ")),
                             QStringLiteral("band %1, %2 pay point (%3 full time), %4 WTE.")
                                 .arg(p.band, p.point, M::money(p.salary), M::number(p.wte, 2))});
        w.bullets(std::move(posts));
        w.para(QStringLiteral("Salaries from %1 (%2), effective %3. Source: %4")
                   .arg(c.scales.year, c.scales.title, M::date(c.scales.effectiveFrom), sentence(c.scales.source)));
    }
}

// ---- 5. financial case ---------------------------------------------------------------------

void financialCase(Writer &w, const Context &c)
{
    const CostTable &a = c.affordability;
    w.section(QStringLiteral("financial"), QStringLiteral("5. Financial case"));
    w.para(QStringLiteral("Whether the trust can afford the options: what each costs the trust's own budget. %1. "
                          "The economic case's figures are higher because they include the pension contributions "
                          "paid centrally.")
               .arg(a.basisDescription));

    Table annual;
    annual.caption = QStringLiteral("Annual cost to the trust's budget (affordability basis)");
    annual.headers = {QStringLiteral("Option"), QStringLiteral("Pay"), QStringLiteral("On-costs"),
                      QStringLiteral("Non-pay a year"), QStringLiteral("Annual cost"),
                      QStringLiteral("A year more than do nothing"), QStringLiteral("One-off costs")};
    annual.widths = {24, 12, 12, 12, 13, 15, 12};
    for (const OptionCost &oc : a.options)
        annual.rows.push_back({strong(c.optionLabel(oc.optionId)), money(oc.annualPay), money(oc.annualOnCosts),
                               money(oc.annualNonPay), money(oc.annualCost, true),
                               oc.kind == OptionKind::DoNothing ? figure(QStringLiteral("(baseline)"))
                                                                : money(oc.annualCostDifference),
                               money(oc.oneOffNonPay)});
    annual.notes << QStringLiteral("On-costs: employer National Insurance, pension and the apprenticeship levy.")
                 << c.costingStamp(a);
    w.table(std::move(annual));

    if (const OptionCost *p = c.preferred(a)) {
        w.para(QStringLiteral("On this basis the preferred option adds %1 a year to the trust's budget before savings.")
                   .arg(M::money(p->annualCostDifference)));
        const OptionCost *base = a.doNothing();
        Table year;
        year.caption = QStringLiteral("The preferred option year by year, against do nothing (affordability basis)");
        year.headers = {QStringLiteral("Year"), QStringLiteral("Cost of the preferred option"),
                        QStringLiteral("Cash-releasing savings"), QStringLiteral("Net cost"),
                        QStringLiteral("Cost of doing nothing"), QStringLiteral("Net change to the budget")};
        year.widths = {14, 18, 17, 16, 17, 18};
        double cost = 0, savings = 0, baseTotal = 0;
        for (std::size_t y = 0; y < p->years.size(); ++y) {
            const YearCost &yc = p->years[y];
            const double baseCost = base && y < base->years.size() ? base->years[y].total : 0.0;
            cost += yc.total;
            savings += yc.cashReleasingBenefits;
            baseTotal += baseCost;
            year.rows.push_back({strong(yc.label), money(yc.total), money(yc.cashReleasingBenefits),
                                 money(yc.total - yc.cashReleasingBenefits), money(baseCost),
                                 money(yc.total - yc.cashReleasingBenefits - baseCost, true)});
        }
        year.rows.push_back({strong(QStringLiteral("Total")), money(cost, true), money(savings, true),
                             money(cost - savings, true), money(baseTotal, true),
                             money(cost - savings - baseTotal, true)});
        year.notes << QStringLiteral("Undiscounted. A negative net change is a saving to the budget.")
                   << c.costingStamp(a);
        w.table(std::move(year));
    }

    costByYear(w, c, a, QStringLiteral("affordability basis"));

    Table pv;
    pv.caption = QStringLiteral("Present values (affordability basis)");
    pv.headers = {QStringLiteral("Option"), QStringLiteral("Total cost"), QStringLiteral("Present value"),
                  QStringLiteral("Risk-adjusted present value"), QStringLiteral("Cash-releasing benefits, present value"),
                  QStringLiteral("Net present cost")};
    pv.widths = {24, 14, 14, 16, 17, 15};
    for (const OptionCost &oc : a.options)
        pv.rows.push_back({strong(c.optionLabel(oc.optionId)), money(oc.totalCost), money(oc.presentValue),
                           money(oc.riskAdjustedPresentValue), money(oc.cashReleasingPresentValue),
                           money(oc.netPresentCost, true)});
    pv.notes << c.discountStamp(a) << c.costingStamp(a);
    w.table(std::move(pv));
}

// ---- 6. management case --------------------------------------------------------------------

void managementCase(Writer &w, const Context &c)
{
    const ManagementCase &mc = c.bc.management;
    w.section(QStringLiteral("management"), QStringLiteral("6. Management case"));
    w.para(QStringLiteral("How the change will be delivered, governed and reviewed, and the risks to it."));
    Table gov;
    gov.caption = QStringLiteral("Ownership and governance");
    gov.widths = {30, 70};
    gov.rows = {
        {strong(QStringLiteral("Senior responsible owner")), text(mc.seniorResponsibleOwner)},
        {strong(QStringLiteral("Executive sponsor")), text(personText(c.bc.sponsor))},
        {strong(QStringLiteral("Prepared by")), text(personText(c.bc.preparedBy))},
        {strong(QStringLiteral("Governance")), text(mc.governance)},
    };
    w.table(std::move(gov));

    w.heading(QStringLiteral("Milestones"));
    if (mc.milestones.empty()) {
        w.para(QStringLiteral("The business case gives no milestones yet."));
    } else {
        Table t;
        t.caption = QStringLiteral("Milestones");
        t.headers = {QStringLiteral("Milestone"), QStringLiteral("When")};
        t.widths = {70, 30};
        for (const Milestone &m : mc.milestones)
            t.rows.push_back({text(m.description), text(m.when)});
        w.table(std::move(t));
    }

    w.heading(QStringLiteral("Benefits realisation"));
    const Option *preferred = c.bc.firstOption(OptionKind::Preferred);
    if (preferred && !preferred->benefits.empty()) {
        Table t;
        t.caption = QStringLiteral("How the preferred option's benefits will be measured");
        t.headers = {QStringLiteral("Benefit"), QStringLiteral("Measure"), QStringLiteral("Baseline")};
        t.widths = {38, 37, 25};
        bool noBaseline = false;
        for (const Benefit &b : preferred->benefits) {
            const Metric *m = b.metric.isEmpty() ? nullptr : c.bc.metric(b.metric);
            noBaseline = noBaseline || !m;
            t.rows.push_back({text(b.description), text(b.measure),
                              m ? text(metricValue(m->value, m->unit), QStringLiteral("%1, %2").arg(m->name, m->period))
                                : text(Dash)});
        }
        if (noBaseline)
            t.notes << QString(Dash + QStringLiteral(" the benefit is not tied to a metric in this case."));
        w.table(std::move(t));
    }
    w.para(orNotGiven(mc.benefitsReview), QStringLiteral("Benefits review. "));

    w.heading(QStringLiteral("Risks to delivery"));
    if (c.bc.risks.empty())
        w.para(QStringLiteral("The business case records no risks to delivery yet."));
    else
        w.table(risksTable(QStringLiteral("Risks to delivering the case, with likelihood, impact and mitigation"),
                           c.bc.risks));
}

// ---- appendices ----------------------------------------------------------------------------

void appendixCoverage(Writer &w)
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
        {"Benchmarking with similar organisations (the Model Health System)", "2.6 Benchmarked metrics"},
    };
    for (const auto &[asks, where] : rows)
        t.rows.push_back({text(QString::fromUtf8(asks)), text(QString::fromUtf8(where))});
    t.notes << QStringLiteral("The handbook's own words are paraphrased; risks with their likelihood, impact and "
                              "mitigation are in 3.1 (each option) and 6. Management case.");
    w.table(std::move(t));
}

QString parameterValue(double value, const QString &unit)
{
    if (unit == QLatin1String("percent"))
        return M::rate(value);
    if (unit == QLatin1String("pounds_per_year"))
        return QString(M::money(value) + QStringLiteral(" a year"));
    if (unit == QLatin1String("years"))
        return plural(std::lround(value), QStringLiteral("year"), QStringLiteral("years"));
    return M::number(value, 2);
}

void appendixMethod(Writer &w, const Context &c)
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

    Table df;
    df.caption = QStringLiteral("Discount factors at %1").arg(M::rate(c.economic.discountRatePercent));
    df.headers = {QStringLiteral("Appraisal year"), QStringLiteral("Financial year"),
                  QStringLiteral("Discount factor")};
    df.widths = {30, 35, 35};
    for (std::size_t i = 0; i < c.economic.discountFactors.size(); ++i)
        df.rows.push_back({figure(QString::number(i)), text(c.yearLabel(static_cast<int>(i))),
                           figure(std::isfinite(c.economic.discountFactors[i])
                                      ? QString::number(c.economic.discountFactors[i], 'f', 4)
                                      : Dash)});
    w.table(std::move(df));

    Table t;
    t.caption = QStringLiteral("Parameters of the costing, with their dates and sources");
    t.headers = {QStringLiteral("Parameter"), QStringLiteral("Value"), QStringLiteral("From"),
                 QStringLiteral("Source")};
    t.widths = {30, 14, 16, 40};
    for (const DatedParameter *p : c.scales.parameters())
        t.rows.push_back({strong(p->name), figure(parameterValue(p->value, p->unit)), text(M::date(p->effectiveFrom)),
                          text(p->source)});
    for (const CostParameter &p : c.economic.parameters)
        if (p.effectiveFrom.isEmpty())
            t.rows.push_back({strong(p.name), figure(parameterValue(p.value, p.unit)),
                              text(QStringLiteral("This case")), text(p.source)});
    t.notes << QStringLiteral("Pay scales: %1, effective %2. Source: %3")
                   .arg(c.scales.title, M::date(c.scales.effectiveFrom), sentence(c.scales.source));
    w.table(std::move(t));

    w.heading(QStringLiteral("Assumptions"));
    std::vector<Bullet> notes;
    for (const QString &n : c.economic.notes)
        notes.push_back({{}, sentence(n)});
    notes.push_back({{}, sentence(c.affordability.basisDescription)});
    w.bullets(std::move(notes));
}

QString plainTable(const Table &t)
{
    QStringList lines{t.caption, t.headers.join(QLatin1Char('\t'))};
    for (const auto &row : t.rows) {
        QStringList cells;
        for (const Cell &c : row)
            cells << (c.detail.isEmpty() ? c.text : QString(c.text + QLatin1Char(' ') + c.detail));
        lines << cells.join(QLatin1Char('\t'));
    }
    lines << t.notes;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

BusinessCaseModel BusinessCaseModel::build(const BusinessCase &businessCase, const CostTable &economic,
                                           const CostTable &affordability, const PayScaleYear &scales,
                                           const std::optional<CaseForChange> &caseForChange,
                                           const QStringList &warnings, const PeerBenchmark *peers)
{
    BusinessCaseModel m;
    const BusinessCase withPeers = peers ? MetricPeerComparison::withPeerMedians(businessCase, *peers) : businessCase;
    const Context c{withPeers, economic, affordability, scales, caseForChange, peers};
    QStringList notes = warnings;
    if (caseForChange)
        notes << caseForChange->warnings;
    const QStringList gaps = businessCase.shortlistGaps();
    if (!gaps.isEmpty())
        notes << QStringLiteral("The options lack part of the Green Book shortlist: %1.")
                     .arg(joinAnd(lowerFirst(gaps)));
    cover(m, c, notes);
    Writer w(m);
    executiveSummary(w, c, notes);
    strategicCase(w, c, warnings);
    economicCase(w, c);
    commercialCase(w, c);
    financialCase(w, c);
    managementCase(w, c);
    appendixCoverage(w);
    appendixMethod(w, c);
    return m;
}

Result<BusinessCaseModel> BusinessCaseModel::build(const BusinessCase &businessCase, const PayScales &scales,
                                                   const std::optional<CaseForChange> &caseForChange,
                                                   const QStringList &warnings, const PeerBenchmark *peers)
{
    const PayScaleYear *year = scales.findOrLatest(businessCase.appraisal.payScaleYear);
    if (!year)
        return fail(QStringLiteral("there are no %1 pay scales; the pay scales available are %2")
                        .arg(businessCase.appraisal.payScaleYear, scales.describeAvailable()));
    auto economic = CostModel::compute(businessCase, *year, PensionBasis::Economic);
    if (!economic)
        return economic.error();
    auto affordability = CostModel::compute(businessCase, *year, PensionBasis::Affordability);
    if (!affordability)
        return affordability.error();
    return build(businessCase, economic.value(), affordability.value(), *year, caseForChange, warnings, peers);
}

Result<BusinessCaseModel> BusinessCaseModel::fromFile(const QString &path, const FrameworkLibrary &frameworks,
                                                      const PayScales &scales, const PeerBenchmark *peers)
{
    auto read = BusinessCaseReader::read(path);
    if (!read)
        return read.error();
    const BusinessCase &bc = read.value();
    QStringList warnings;
    std::optional<CaseForChange> caseForChange;
    const QString assessmentPath = BusinessCaseLink::assessmentPath(path, bc);
    const QString leftOut = QStringLiteral("the strategic case has no case for change from the board's "
                                           "self-assessment");
    if (assessmentPath.isEmpty()) {
        warnings << QStringLiteral("The business case names no board self-assessment (boardAssessment), so %1.")
                        .arg(leftOut);
    } else if (!QFileInfo(assessmentPath).isFile()) {
        warnings << QStringLiteral("%1: the board self-assessment the business case names was not found, so %2.")
                        .arg(assessmentPath, leftOut);
    } else if (auto assessment = AssessmentReader::read(assessmentPath, frameworks); !assessment) {
        warnings << QStringLiteral("%1; so %2.").arg(assessment.message(), leftOut);
    } else if (const Framework *fw =
                   frameworks.find(assessment->frameworkId, assessment->frameworkVersion);
               !fw) {
        warnings << QStringLiteral("%1: framework %2 %3 is not installed, so %4.")
                        .arg(assessmentPath, assessment->frameworkId, assessment->frameworkVersion, leftOut);
    } else {
        auto linked = BusinessCaseLink::caseForChange(bc, assessment.value(), Scorer::score(*fw, assessment.value()),
                                                      *fw);
        if (linked)
            caseForChange = std::move(linked).value();
        else
            warnings << QStringLiteral("%1: %2, so %3.").arg(assessmentPath, linked.message(), leftOut);
    }
    auto model = build(bc, scales, caseForChange, warnings, peers);
    if (!model)
        return fail(QStringLiteral("%1: %2").arg(path, model.message()));
    return model;
}

QString BusinessCaseModel::money(double pounds)
{
    if (!std::isfinite(pounds))
        return Dash;
    const long long whole = std::llround(pounds);
    const QString digits = uk().toString(static_cast<qlonglong>(whole < 0 ? -whole : whole));
    return QString((whole < 0 ? QStringLiteral("-£") : QStringLiteral("£")) + digits);
}

QString BusinessCaseModel::percent(double value)
{
    if (!std::isfinite(value))
        return Dash;
    return QString(uk().toString(value, 'f', 1) + QLatin1Char('%'));
}

QString BusinessCaseModel::rate(double percent)
{
    if (!std::isfinite(percent))
        return Dash;
    return QString(number(percent, 4) + QLatin1Char('%'));
}

QString BusinessCaseModel::number(double value, int maxDecimals)
{
    if (!std::isfinite(value))
        return Dash;
    const double scale = std::pow(10.0, maxDecimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // no "-0"
    QString s = uk().toString(rounded, 'f', maxDecimals);
    if (maxDecimals > 0) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

QString BusinessCaseModel::date(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid())
        return isoDate.isEmpty() ? QStringLiteral("Not dated") : isoDate;
    return uk().toString(d, QStringLiteral("d MMMM yyyy"));
}

QString BusinessCaseModel::plainText() const
{
    QStringList parts{kicker, title, organisation};
    for (const Detail &d : details)
        parts << QString(d.label + QLatin1Char('\t') + d.value);
    parts << purpose;
    for (const Section &s : sections) {
        parts << s.title;
        for (const Block &b : s.blocks) {
            switch (b.kind) {
            case Block::Kind::Heading:
            case Block::Kind::Paragraph:
            case Block::Kind::Callout:
                parts << (b.label.isEmpty() ? b.text : QString(b.label + QLatin1Char(' ') + b.text));
                break;
            case Block::Kind::Bullets:
                for (const Bullet &bullet : b.bullets)
                    parts << QString(bullet.lead + bullet.text);
                break;
            case Block::Kind::Figures:
                for (const Figure &f : b.figures)
                    parts << QString(f.label + QLatin1Char('\t') + f.value);
                break;
            case Block::Kind::Table:
                parts << plainTable(b.table);
                break;
            }
        }
    }
    return parts.join(QLatin1Char('\n'));
}

std::vector<const BusinessCaseModel::Table *> BusinessCaseModel::tables() const
{
    std::vector<const Table *> all;
    for (const Section &s : sections)
        for (const Block &b : s.blocks)
            if (b.kind == Block::Kind::Table)
                all.push_back(&b.table);
    return all;
}

} // namespace ahplead
