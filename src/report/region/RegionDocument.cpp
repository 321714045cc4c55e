#include "report/region/RegionDocument.h"

#include "core/assessment/Maturity.h"

#include <algorithm>

namespace ahplead {

namespace {

using D = Document;
using Block = D::Block;
using Org = RegionReportModel::OrganisationRow;

// The organisation's name over what it is, as the row heading of every table.
D::Cell organisation(const QString &name, const QString &descriptor)
{
    D::Cell c = D::cell({D::plain(name), D::detail(descriptor)});
    c.strong = true;
    return c;
}

D::Cell heat(const RegionReportModel::Cell &c)
{
    // A held level is a word, not a figure: set in the table's bold type, it fits the narrow
    // column without breaking ("Developing" over "held: 3 critical gaps").
    D::Cell h = c.held ? D::cell({D::strong(c.scoreText), {c.levelText, D::Span::Style::Level, true}})
                       : D::cell({{c.scoreText, D::Span::Style::Score}, {c.levelText, D::Span::Style::Level, true}});
    h.tone = D::levelTone(c.level);
    return h;
}

D::Table key(const RegionReportModel &m)
{
    D::Table t;
    t.caption = QStringLiteral("Key: maturity level and score out of 100");
    t.style = D::Table::Style::Key;
    t.widths.assign(m.legend.size(), 100.0 / static_cast<qreal>(m.legend.size()));
    std::vector<D::Cell> row;
    for (const auto &entry : m.legend) {
        D::Cell c = D::cell({D::strong(entry.name), D::line(D::plain(entry.range))});
        c.tone = D::levelTone(entry.level);
        row.push_back(c);
    }
    t.rows.push_back(row);
    return t;
}

D::Section heatmap(const RegionReportModel &m)
{
    D::Section s{QStringLiteral("heatmap"), QStringLiteral("1. Domain scores by organisation"), {}, true};
    s.blocks.push_back(D::paragraph(m.heatmapNote, true));
    s.blocks.push_back(D::table(key(m)));
    if (m.organisations.empty()) {
        s.blocks.push_back(D::paragraph(QStringLiteral("No organisation matches the filters.")));
        return s;
    }
    D::Table t;
    t.id = QStringLiteral("heatmap");
    t.caption = QStringLiteral("Table 1. Domain scores of each organisation's latest submission");
    t.style = D::Table::Style::Heatmap;
    t.wholeRows = true;
    t.headers = QStringList{QStringLiteral("Organisation"), QStringLiteral("Overall")} + m.domainTitles;
    // The organisation's column, the overall column, then equal columns for each domain.
    // The overall column a little wider, so a held level's word ("Developing") is not broken.
    const qreal first = 20;
    const qreal overall = 11.5;
    const int domains = static_cast<int>(m.domainTitles.size());
    t.widths.push_back(first);
    t.widths.push_back(overall);
    for (int i = 0; i < domains; ++i)
        t.widths.push_back((100.0 - first - overall) / domains);
    for (const auto &o : m.organisations) {
        // Type and ICS only: the ODS code is in the other tables, and a shorter line keeps
        // the rows, and so the heatmap, compact.
        std::vector<D::Cell> row{
            organisation(o.name,
                         o.typeLabel + (o.ics.isEmpty() ? QString() : QString(QStringLiteral(" \u00b7 ") + o.ics))),
            heat(o.overall)};
        for (std::size_t d = 0; d < static_cast<std::size_t>(m.domainTitles.size()); ++d)
            row.push_back(d < o.domains.size() ? heat(o.domains[d]) : heat({}));
        t.rows.push_back(row);
    }
    s.blocks.push_back(D::table(std::move(t)));
    return s;
}

D::Section recommendations(const RegionReportModel &m)
{
    D::Section s{QStringLiteral("recommendations"), QStringLiteral("2. Recommendations across the region"), {}, true};
    s.blocks.push_back(D::paragraph(QStringLiteral("How many %1 meet each recommendation in full, from their latest "
                                                   "submission. Critical recommendations come first, then the ones the "
                                                   "fewest %1 meet.")
                                        .arg(m.noun),
                                    true));
    s.blocks.push_back(D::chart({D::Chart::Kind::Shares, QStringLiteral("share-chart"), m.shareChartDescription,
                                 QStringLiteral("Figure 1. Share of %1 meeting each recommendation").arg(m.noun)}));
    D::Table t;
    t.id = QStringLiteral("recs");
    t.caption = QStringLiteral("Table 2. Recommendations: how many %1 meet each").arg(m.noun);
    t.headers = {QStringLiteral("Recommendation"), QStringLiteral("Met in full"), QStringLiteral("Met in part"),
                 QStringLiteral("Not met"), QStringLiteral("Not assessed")};
    t.widths = {56, 11, 11, 11, 11};
    t.wholeRows = true;
    for (const auto &r : m.recommendations) {
        D::Cell title = D::cell({D::plain(r.title)});
        title.strong = true;
        if (r.critical)
            title.text.push_back(D::tag(QStringLiteral("Critical")));
        title.text.push_back(D::detail(r.sentence));
        if (!r.citations.isEmpty())
            title.text.push_back(D::detail(QString(QStringLiteral("Sources: ") + r.citations)));
        t.rows.push_back({title, D::cell({D::strong(r.shareText)}, true),
                          D::cell({D::plain(QString::number(r.partiallyMet))}, true),
                          D::cell({D::plain(QString::number(r.notMet))}, true),
                          D::cell({D::plain(QString::number(r.notAssessed))}, true)});
    }
    s.blocks.push_back(D::table(std::move(t)));
    return s;
}

D::Section criticalGaps(const RegionReportModel &m)
{
    D::Section s{QStringLiteral("gaps"), QStringLiteral("3. Critical gaps by organisation"), {}, true};
    s.blocks.push_back(D::paragraph(
        QStringLiteral("%1 of %2 %3 have at least one critical recommendation they do not "
                       "fully meet. Each gap is shown with its status in words. Actions overdue are those of each "
                       "latest submission's action plan past their target date and not done "
                       "on the day this summary was made.")
            .arg(m.organisationsWithCriticalGaps)
            .arg(m.organisations.size())
            .arg(m.noun),
        true));
    D::Table t;
    t.id = QStringLiteral("gaps");
    t.caption = QStringLiteral("Table 3. Critical gaps and overdue actions of each organisation");
    t.headers = {QStringLiteral("Organisation"), QStringLiteral("Gaps"),
                 QStringLiteral("Critical recommendations not fully met"), QStringLiteral("Actions overdue")};
    t.widths = {30, 9, 48, 13};
    t.wholeRows = true;
    for (const Org &o : m.organisations) {
        D::Text gaps;
        for (const auto &g : o.criticalGaps) {
            D::Span status = D::status(g.statusSymbol, g.statusText, D::statusTone(g.status));
            status.newLine = !gaps.empty();
            gaps.push_back(status);
            gaps.push_back(D::plain(QString(QStringLiteral(": ") + g.title)));
        }
        if (gaps.empty())
            gaps.push_back(D::muted(QStringLiteral("None")));
        t.rows.push_back({organisation(o.name, o.descriptor),
                          D::cell({D::strong(QString::number(o.criticalGaps.size()))}, true), D::cell(gaps),
                          D::cell({D::plain(QString::number(o.overdueActions))}, true)});
    }
    s.blocks.push_back(D::table(std::move(t)));
    return s;
}

D::Section trends(const RegionReportModel &m)
{
    D::Section s{QStringLiteral("trends"), QStringLiteral("4. Trends across submissions"), {}, true};
    s.blocks.push_back(D::paragraph(QStringLiteral("Each organisation's overall score out of 100 at every submission, "
                                                   "oldest first. In the sparkline the faint lines mark the maturity "
                                                   "levels at 20, 40, 60 and 80, and the larger dot is the latest "
                                                   "submission."),
                                    true));
    D::Table t;
    t.id = QStringLiteral("trends");
    t.caption = QStringLiteral("Table 4. Overall score by submission");
    t.headers = {QStringLiteral("Organisation"), QStringLiteral("Latest"), QStringLiteral("Overall score by revision"),
                 QStringLiteral("Change"), QStringLiteral("Trend")};
    t.widths = {27, 12, 31, 13, 17};
    t.wholeRows = true;
    int index = 0;
    for (const Org &o : m.organisations) {
        D::Cell spark;
        spark.trend = index++;
        spark.centre = true;
        t.rows.push_back(
            {organisation(o.name, o.descriptor),
             D::cell({D::plain(QStringLiteral("Revision %1").arg(o.revision)), D::line(D::muted(o.reviewStatusText))}),
             D::cell({D::plain(o.trendText)}), D::cell({D::plain(o.changeText)}), spark});
    }
    s.blocks.push_back(D::table(std::move(t)));
    return s;
}

D::Section about(const RegionReportModel &m)
{
    D::Section s{QStringLiteral("about"), QStringLiteral("About this summary"), {}, false};
    for (const QString &p : m.method)
        s.blocks.push_back(D::paragraph(p));
    return s;
}

// One row per organisation for spreadsheets; a missing score is an empty cell, which
// spreadsheets leave out of averages.
void data(D &d, const RegionReportModel &m)
{
    d.dataHeaders = QStringList{QStringLiteral("Organisation"),           QStringLiteral("ODS code"),
                                QStringLiteral("Integrated care system"), QStringLiteral("Type of organisation"),
                                QStringLiteral("Latest revision"),        QStringLiteral("Submitted"),
                                QStringLiteral("Review status"),          QStringLiteral("Overall score"),
                                QStringLiteral("Overall level")};
    for (const QString &title : m.domainTitles)
        d.dataHeaders << QString(title + QStringLiteral(" score"));
    d.dataHeaders << QStringLiteral("Critical gaps") << QStringLiteral("Actions overdue");
    // Figures and level names only: a held cell's words ("Emerging", "held: 3 critical gaps") are for people.
    const auto score = [](const RegionReportModel::Cell &c) {
        return c.score ? RegionReportModel::scoreText(c.score) : QString();
    };
    const auto level = [](const RegionReportModel::Cell &c) {
        return c.provisional ? QStringLiteral("Provisional") : c.level >= 0 ? Maturity::name(c.level) : QString();
    };
    for (const Org &o : m.organisations) {
        QStringList fields{o.name,
                           o.odsCode,
                           o.ics,
                           o.type.isEmpty() ? QString() : o.typeLabel,
                           QString::number(o.revision),
                           o.submittedDate,
                           o.reviewStatusText,
                           score(o.overall),
                           level(o.overall)};
        for (std::size_t i = 0; i < static_cast<std::size_t>(m.domainTitles.size()); ++i)
            fields << (i < o.domains.size() ? score(o.domains[i]) : QString());
        fields << QString::number(o.criticalGaps.size()) << QString::number(o.overdueActions);
        d.dataRows.push_back(fields);
    }
}

} // namespace

Document RegionDocument::build(const RegionReportModel &m)
{
    Document d;
    d.kicker = m.kicker;
    d.title = m.title;
    d.organisation = m.scope;
    d.detailsCaption = QStringLiteral("Summary details");
    for (const auto &detail : m.details)
        d.details.push_back({detail.label, detail.value});
    d.glanceTitle = QStringLiteral("At a glance");
    d.glance = m.atAGlance;
    d.purposeTitle = QStringLiteral("Purpose of this summary");
    d.purpose = m.purpose;
    d.sections = {heatmap(m), recommendations(m), criticalGaps(m), trends(m), about(m)};
    d.headerLeft = QString(m.title + QStringLiteral(" for ") + m.scope);
    d.headerRight = QString(QStringLiteral("Produced ") + m.dateText);
    d.footer = m.title;
    d.dateText = m.dateText;
    d.charts.shares = m.shareBars;
    for (const Org &o : m.organisations) {
        ChartData::Series series;
        QStringList scores;
        for (const auto &p : o.trend) {
            series.push_back(p.score);
            scores << p.scoreText;
        }
        d.charts.trends.push_back(std::move(series));
        d.charts.trendDescriptions.push_back(
            QString(QStringLiteral("Overall score by revision, oldest first: ") + scores.join(QStringLiteral(", "))));
    }
    data(d, m);
    d.editable = false;
    // A provisional result (too little answered for a level) is not yet a trust's settled view,
    // so a summary showing one is a draft, page by page, like the trust's own report would be.
    d.draft =
        std::any_of(m.organisations.begin(), m.organisations.end(), [](const Org &o) { return o.overall.provisional; });
    d.documentTitle = m.documentTitle;
    d.author = m.author;
    d.creator = m.creator;
    return d;
}

} // namespace ahplead
