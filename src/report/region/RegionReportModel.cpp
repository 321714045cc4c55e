#include "report/region/RegionReportModel.h"

#include "core/assessment/CitationText.h"
#include "core/assessment/Maturity.h"
#include "report/assessment/ReportModel.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace ahplead {

namespace {

QString wholeScore(double value)
{
    return QString::number(std::lround(value));
}

long percent(int part, int whole)
{
    return whole ? std::lround(100.0 * part / whole) : 0;
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : QString(text.left(1).toUpper() + text.mid(1));
}

bool isTrust(const QString &type)
{
    static const QSet<QString> trusts{QStringLiteral("acute"),     QStringLiteral("mental_health"),
                                      QStringLiteral("community"), QStringLiteral("ambulance"),
                                      QStringLiteral("combined"),  QStringLiteral("specialist")};
    return trusts.contains(type);
}

// "acute trusts", "integrated care boards": the filter's type in a sentence.
QString typePlural(const QString &type)
{
    if (type == QLatin1String("other"))
        return QStringLiteral("organisations of other types");
    const QString label = ReportModel::organisationTypeLabel(type);
    return QString(label.left(1).toLower() + label.mid(1) + QLatin1Char('s'));
}

QDateTime parseStamp(const QString &iso)
{
    QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC); // stored stamps are UTC
    return when;
}

RegionReportModel::Cell cell(const std::optional<double> &score, int level)
{
    RegionReportModel::Cell c;
    c.score = score;
    c.level = score ? level : -1;
    c.scoreText = RegionReportModel::scoreText(score);
    c.levelText = score && level >= 0 ? Maturity::name(level) : QStringLiteral("Not scored");
    return c;
}

// The overall cell: the level held down by critical gaps says so, a provisional one names no level.
RegionReportModel::Cell overallCell(const RegionOrganisation &org)
{
    RegionReportModel::Cell c = cell(org.overallScore, org.overallLevel);
    if (org.provisional) {
        c.provisional = true;
        c.levelText = QStringLiteral("Provisional");
        c.note = QStringLiteral("Provisional: not enough answered for an overall level.");
        return c;
    }
    if (!org.overallScore || org.overallLevel < 0)
        return c;
    const int own = Maturity::levelFor(*org.overallScore);
    if (org.overallLevel >= own)
        return c;
    const int gaps = static_cast<int>(org.criticalGaps.size());
    const QString gapsText =
        gaps == 1 ? QStringLiteral("1 critical gap") : QStringLiteral("%1 critical gaps").arg(gaps);
    c.held = true;
    c.scoreText = Maturity::name(org.overallLevel);
    c.levelText = QStringLiteral("held: %1").arg(gapsText);
    c.note = QStringLiteral("Held at %1: %2; the score alone, %3, gives %4.")
                 .arg(Maturity::name(org.overallLevel), gapsText, wholeScore(*org.overallScore), Maturity::name(own));
    return c;
}

QString citationsText(const Recommendation *rec)
{
    if (!rec)
        return {};
    return CitationText::citations(rec->citations);
}

QString changeText(const std::vector<RegionReportModel::TrendPoint> &trend)
{
    if (trend.size() < 2)
        return QStringLiteral("One submission");
    const auto &first = trend.front();
    const auto &last = trend.back();
    if (!first.score || !last.score)
        return QStringLiteral("Not comparable (a submission is not scored)");
    const long change = std::lround(*last.score) - std::lround(*first.score);
    const QString since = QStringLiteral(" since revision %1").arg(first.revision);
    if (change == 0)
        return QString(QStringLiteral("No change") + since);
    // A true minus sign, which reads better than a hyphen beside a figure.
    return QString((change > 0 ? QStringLiteral("+%1").arg(change) : QStringLiteral("\u2212%1").arg(-change)) + since);
}

RegionReportModel::OrganisationRow organisationRow(const Framework &fw, const RegionOrganisation &org)
{
    RegionReportModel::OrganisationRow row;
    const Organisation &o = org.organisation;
    row.name = o.name.isEmpty() ? QStringLiteral("Organisation not named") : o.name;
    row.odsCode = o.odsCode;
    row.ics = o.ics;
    row.region = o.region;
    row.type = o.type;
    row.typeLabel = o.type.isEmpty() ? QStringLiteral("Type not given") : ReportModel::organisationTypeLabel(o.type);
    QStringList descriptor{row.typeLabel};
    if (!o.ics.isEmpty())
        descriptor << o.ics;
    if (!o.odsCode.isEmpty())
        descriptor << o.odsCode;
    row.descriptor = descriptor.join(QStringLiteral(" \u00b7 "));
    row.submissionId = org.latestSubmissionId;
    row.revision = org.revision;
    const QDateTime submitted = parseStamp(org.submittedAt);
    row.submittedDate = submitted.isValid() ? submitted.toUTC().date().toString(Qt::ISODate) : QString();
    row.submittedText = ReportModel::formatDate(submitted);
    row.reviewStatus = org.reviewStatus;
    row.overdueActions = org.overdueActions;
    row.reviewStatusText = RegionReportModel::reviewStatusLabel(org.reviewStatus);
    row.overall = overallCell(org);
    for (std::size_t d = 0; d < org.domainScores.size(); ++d) {
        const auto &score = org.domainScores[d];
        RegionReportModel::Cell c = cell(score, score ? Maturity::levelFor(*score) : -1);
        // Under half answered: the score so far, but no level, as on the trust's own results.
        if (score && d < org.domainProvisional.size() && org.domainProvisional[d]) {
            c.provisional = true;
            c.level = -1;
            c.levelText = QStringLiteral("Provisional");
            c.note = QStringLiteral("Provisional: fewer than half of this section's questions answered.");
        }
        row.domains.push_back(c);
    }
    for (const QString &id : org.criticalGaps) {
        const auto it = std::find_if(fw.recommendations.begin(), fw.recommendations.end(),
                                     [&](const Recommendation &r) { return r.id == id; });
        if (it == fw.recommendations.end())
            continue;
        const auto index = static_cast<std::size_t>(it - fw.recommendations.begin());
        const RecommendationStatus status =
            index < org.statuses.size() ? org.statuses[index] : RecommendationStatus::NotAssessed;
        row.criticalGaps.push_back({id, it->title, status, statusLabel(status), ReportModel::statusSymbol(status)});
    }
    QStringList trend;
    for (const RegionTrendPoint &p : org.trend) {
        RegionReportModel::TrendPoint point;
        point.revision = p.revision;
        point.dateText = ReportModel::formatDate(parseStamp(p.submittedAt));
        point.score = p.overallScore;
        point.scoreText = p.overallScore ? wholeScore(*p.overallScore) : QStringLiteral("not scored");
        trend << QStringLiteral("Revision %1, %2: %3").arg(point.revision).arg(point.dateText, point.scoreText);
        row.trend.push_back(point);
    }
    row.trendText = trend.join(QStringLiteral("; "));
    row.changeText = changeText(row.trend);
    return row;
}

void fillShares(RegionReportModel &m, const Framework &fw, const RegionSummary &summary)
{
    std::vector<const RecommendationShare *> order;
    for (const RecommendationShare &s : summary.recommendations)
        order.push_back(&s);
    // Critical recommendations first, then the ones fewest organisations meet: the region's
    // largest gaps lead. Ties keep the framework's order.
    std::stable_sort(order.begin(), order.end(), [](const RecommendationShare *a, const RecommendationShare *b) {
        if (a->critical != b->critical)
            return a->critical;
        return a->shareMet() < b->shareMet();
    });
    for (const RecommendationShare *s : order) {
        RegionReportModel::ShareRow row;
        row.id = s->id;
        row.title = s->title;
        row.critical = s->critical;
        row.met = s->met;
        row.partiallyMet = s->partiallyMet;
        row.notMet = s->notMet;
        row.notAssessed = s->notAssessed;
        row.organisations = s->organisations;
        row.shareText = ShareChart::shareText(s->met, s->organisations);
        row.sentence = QStringLiteral("%1 of %2 %3 (%4%) meet it in full; %5 in part.")
                           .arg(s->met)
                           .arg(s->organisations)
                           .arg(m.noun)
                           .arg(percent(s->met, s->organisations))
                           .arg(s->partiallyMet);
        row.citations = citationsText(fw.recommendation(s->id));
        m.recommendations.push_back(row);
        m.shareBars.push_back({s->title, s->critical, s->met, s->partiallyMet, s->organisations});
    }
    m.shareChartDescription = ShareChart::description(m.shareBars);
}

void fillCover(RegionReportModel &m, const Framework &fw, const RegionSummary &summary, const QDateTime &producedAt)
{
    QStringList regions;
    QDateTime latest;
    for (const auto &o : summary.organisations) {
        if (!o.organisation.region.isEmpty() && !regions.contains(o.organisation.region))
            regions << o.organisation.region;
        const QDateTime when = parseStamp(o.submittedAt);
        if (when.isValid() && (!latest.isValid() || when > latest))
            latest = when;
    }
    regions.sort(Qt::CaseInsensitive);
    const QString region = regions.size() == 1 ? regions.front() : QString();

    QStringList filter;
    if (!summary.filter.ics.isEmpty())
        filter << summary.filter.ics;
    if (!summary.filter.organisationType.isEmpty())
        filter << typePlural(summary.filter.organisationType);
    const QString filterText =
        filter.isEmpty() ? QString(QStringLiteral("all ") + m.noun) : filter.join(QStringLiteral(", "));

    m.kicker = fw.title;
    m.title = QStringLiteral("Regional summary");
    m.scope = region.isEmpty() ? capitalised(filterText) : QString(region + QStringLiteral(": ") + filterText);
    m.frameworkText = QStringLiteral("%1, version %2 (%3)").arg(fw.title, fw.version, fw.id);
    m.dateText = ReportModel::formatDate(producedAt);

    const auto listed = [](const QStringList &names) {
        return names.isEmpty() ? QString()
                               : QString(QStringLiteral(" (") + names.join(QStringLiteral(", ")) + QLatin1Char(')'));
    };
    QStringList typeLabels;
    for (const QString &t : summary.organisationTypes)
        typeLabels << ReportModel::organisationTypeLabel(t);
    const QString icsFilter =
        summary.filter.ics.isEmpty() ? QString(QStringLiteral("All") + listed(summary.icsNames)) : summary.filter.ics;
    const QString typeFilter = summary.filter.organisationType.isEmpty()
                                   ? QString(QStringLiteral("All") + listed(typeLabels))
                                   : ReportModel::organisationTypeLabel(summary.filter.organisationType);
    m.filters = {
        {QStringLiteral("Integrated care system"), icsFilter},
        {QStringLiteral("Type of organisation"), typeFilter},
        {QStringLiteral("Framework"), m.frameworkText},
    };
    m.details = {
        {QStringLiteral("Region"),
         region.isEmpty() ? (regions.isEmpty() ? QStringLiteral("Not given") : regions.join(QStringLiteral(", ")))
                          : region},
        {QStringLiteral("Integrated care system"), icsFilter},
        {QStringLiteral("Type of organisation"), typeFilter},
        {QStringLiteral("Framework"), m.frameworkText},
        {QStringLiteral("Organisations"), QStringLiteral("%1 %2").arg(summary.organisations.size()).arg(m.noun)},
        {QStringLiteral("Submissions"),
         QStringLiteral("%1 (the latest from each organisation is summarised; earlier ones show its trend)")
             .arg(summary.submissions)},
        {QStringLiteral("Latest submission"), ReportModel::formatDate(latest)},
        {QStringLiteral("Produced"), m.dateText},
    };
    m.purpose = QStringLiteral("Use this summary to see where the region's %1 stand against the national "
                               "recommendations on chief AHP leadership, which recommendations few of them meet, and "
                               "where support would help most.")
                    .arg(m.noun);
    m.documentTitle =
        QString(m.title + QStringLiteral(" for ") + m.scope + QStringLiteral(" (") + fw.title + QLatin1Char(')'));
    m.creator = QStringLiteral("ahplead " AHPLEAD_VERSION);

    m.legend.push_back({0, Maturity::name(0), QStringLiteral("below 20")});
    for (int level = 1; level < Maturity::MaxLevel; ++level)
        m.legend.push_back(
            {level, Maturity::name(level),
             QStringLiteral("%1 to %2").arg(Maturity::threshold(level)).arg(Maturity::threshold(level + 1) - 1)});
    m.legend.push_back({Maturity::MaxLevel, Maturity::name(Maturity::MaxLevel),
                        QStringLiteral("%1 and above").arg(Maturity::threshold(Maturity::MaxLevel))});
    m.legend.push_back({-1, QStringLiteral("Not scored"), QStringLiteral("no applicable answers")});
    m.heatmapNote = QStringLiteral("Each cell gives the domain score out of 100 and its maturity level in words; the "
                                   "tint repeats the level (see the key). Where critical recommendations not fully met "
                                   "hold the overall level down, the overall cell gives the level it is held at and "
                                   "the number of critical gaps instead of the score. \"Provisional\" means too few "
                                   "questions were answered for an overall level.");
}

void fillAtAGlance(RegionReportModel &m, QDateTime latest)
{
    const int n = static_cast<int>(m.organisations.size());
    m.atAGlance << QStringLiteral("%1 %2 have sent %3 %4; the latest arrived on %5.")
                       .arg(n)
                       .arg(n == 1 ? m.noun.chopped(1) : m.noun)
                       .arg(m.submissions)
                       .arg(m.submissions == 1 ? QStringLiteral("submission") : QStringLiteral("submissions"))
                       .arg(ReportModel::formatDate(latest));
    int levels[Maturity::MaxLevel + 1] = {};
    int unscored = 0;
    int provisional = 0;
    std::vector<double> overall;
    int improved = 0, fell = 0, same = 0;
    for (const auto &o : m.organisations) {
        if (o.overall.level >= 0)
            ++levels[o.overall.level];
        else if (o.overall.provisional)
            ++provisional;
        else
            ++unscored;
        if (o.overall.score)
            overall.push_back(*o.overall.score);
        if (o.trend.size() > 1 && o.trend.front().score && o.trend.back().score) {
            const long change = std::lround(*o.trend.back().score) - std::lround(*o.trend.front().score);
            (change > 0 ? improved : change < 0 ? fell : same) += 1;
        }
    }
    QStringList spread;
    for (int level = 0; level <= Maturity::MaxLevel; ++level)
        spread << QStringLiteral("%1 %2").arg(levels[level]).arg(Maturity::name(level));
    QString levelsText = QString(QStringLiteral("Overall maturity: ") + spread.join(QStringLiteral(", ")));
    if (provisional > 0)
        levelsText += QStringLiteral(", %1 provisional").arg(provisional);
    if (unscored > 0)
        levelsText += QStringLiteral(", %1 not scored").arg(unscored);
    m.atAGlance << QString(levelsText + QLatin1Char('.'));
    if (!overall.empty()) {
        std::sort(overall.begin(), overall.end());
        const std::size_t k = overall.size();
        const double median = k % 2 ? overall[k / 2] : (overall[k / 2 - 1] + overall[k / 2]) / 2.0;
        m.atAGlance << QStringLiteral("Median overall score %1 out of 100 (lowest %2, highest %3).")
                           .arg(wholeScore(median), wholeScore(overall.front()), wholeScore(overall.back()));
    }
    m.atAGlance << QStringLiteral("%1 of %2 %3 (%4%) have at least one critical gap: a critical recommendation not "
                                  "fully met.")
                       .arg(m.organisationsWithCriticalGaps)
                       .arg(n)
                       .arg(m.noun)
                       .arg(percent(m.organisationsWithCriticalGaps, n));
    if (!m.recommendations.empty()) {
        const auto byShare = [](const RegionReportModel::ShareRow &a, const RegionReportModel::ShareRow &b) {
            return double(a.met) / std::max(1, a.organisations) < double(b.met) / std::max(1, b.organisations);
        };
        const auto fewest = std::min_element(m.recommendations.begin(), m.recommendations.end(), byShare);
        const auto most = std::max_element(m.recommendations.begin(), m.recommendations.end(), byShare);
        m.atAGlance << QStringLiteral("Met by the fewest: \u201c%1\u201d, %2. Met by the most: \u201c%3\u201d, %4.")
                           .arg(fewest->title, fewest->shareText, most->title, most->shareText);
    }
    if (improved + fell + same > 0)
        m.atAGlance << QStringLiteral("Of the %1 %2 that have submitted more than once, %3 improved their overall "
                                      "score, %4 went down and %5 stayed the same.")
                           .arg(improved + fell + same)
                           .arg(m.noun)
                           .arg(improved)
                           .arg(fell)
                           .arg(same);
}

QStringList methodText(const Framework &fw, const RegionReportModel &m)
{
    QStringList filters;
    for (const auto &f : m.filters)
        filters << QString(f.label + QStringLiteral(": ") + f.value);
    return {
        QStringLiteral("Each organisation is shown by its latest submission against %1; its earlier submissions "
                       "appear only in its trend. Submissions against other versions of the framework are not "
                       "included.")
            .arg(fw.key()),
        QStringLiteral("Scores and statuses are worked out by the same rules as each organisation's own report. An "
                       "answer counts 1 when in place, 0.5 when partly in place and 0 when not in place; a domain's "
                       "score is the weighted average of its applicable answers, out of 100. Maturity levels: 0 Not "
                       "in place (below 20), 1 Emerging (20 to 39), 2 Developing (40 to 59), 3 Established (60 to "
                       "79) and 4 Embedded (80 and above)."),
        QStringLiteral("A critical gap is a critical recommendation that an organisation meets only in part or not at "
                       "all. While it has one, its overall level is held down whatever its score."),
        QStringLiteral("The review status is the regional team's: submitted, in review, accepted or returned."),
        QString(QStringLiteral("Filters applied. ") + filters.join(QStringLiteral(". ")) + QLatin1Char('.')),
    };
}

} // namespace

RegionReportModel RegionReportModel::build(const Framework &framework, const RegionSummary &summary,
                                           const QDateTime &producedAt, const QString &author)
{
    RegionReportModel m;
    const bool allTrusts = !summary.organisations.empty() &&
                           std::all_of(summary.organisations.begin(), summary.organisations.end(),
                                       [](const RegionOrganisation &o) { return isTrust(o.organisation.type); });
    m.noun = allTrusts ? QStringLiteral("trusts") : QStringLiteral("organisations");
    m.submissions = summary.submissions;
    m.domainTitles = summary.domainTitles;
    m.author = author;
    fillCover(m, framework, summary, producedAt);
    QDateTime latest;
    for (const RegionOrganisation &org : summary.organisations) {
        m.organisations.push_back(organisationRow(framework, org));
        if (!m.organisations.back().criticalGaps.empty())
            ++m.organisationsWithCriticalGaps;
        const QDateTime when = parseStamp(org.submittedAt);
        if (when.isValid() && (!latest.isValid() || when > latest))
            latest = when;
    }
    fillShares(m, framework, summary);
    fillAtAGlance(m, latest);
    m.method = methodText(framework, m);
    return m;
}

QString RegionReportModel::reviewStatusLabel(const QString &status)
{
    if (status == QLatin1String("in_review"))
        return QStringLiteral("In review");
    if (status.isEmpty())
        return QStringLiteral("Not stated");
    return capitalised(status);
}

QString RegionReportModel::scoreText(const std::optional<double> &score)
{
    return score ? wholeScore(*score) : QStringLiteral("\u2013");
}

} // namespace ahplead
