#include "gui/region/RegionHeatmapModel.h"

#include <QStringList>

namespace ahplead {

namespace {

} // namespace

RegionHeatmapModel::RegionHeatmapModel(QObject *parent) : QAbstractTableModel(parent) {}

void RegionHeatmapModel::setReport(RegionReportModel report)
{
    const bool columnsChange = report.domainTitles != m_report.domainTitles;
    beginResetModel();
    m_report = std::move(report);
    m_sortNames.clear();
    m_sortNames.reserve(m_report.organisations.size());
    for (const RegionReportModel::OrganisationRow &r : m_report.organisations)
        m_sortNames.push_back(r.name.toLower());
    endResetModel();
    if (columnsChange)
        emit headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
}

const RegionReportModel::OrganisationRow *RegionHeatmapModel::row(int row) const
{
    return row >= 0 && row < rowCount() ? &m_report.organisations[std::size_t(row)] : nullptr;
}

RegionHeatmapModel::Kind RegionHeatmapModel::kind(int column) const
{
    if (column == OrganisationColumn)
        return Kind::Organisation;
    if (column < gapsColumn())
        return Kind::Score;
    if (column == gapsColumn())
        return Kind::Gaps;
    if (column == trendColumn())
        return Kind::Trend;
    return Kind::Review;
}

int RegionHeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.organisations.size());
}

int RegionHeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : reviewColumn() + 1;
}

QString RegionHeatmapModel::wrapped(const QString &title, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line = line.isEmpty() ? word : QString(line + QLatin1Char(' ') + word);
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

QVariant RegionHeatmapModel::scoreData(const RegionReportModel::Cell &cell, const QString &what, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return cell.scoreText;
    case SecondLineRole:
        return cell.levelText;
    case LevelRole:
        return cell.level;
    case SortRole:
        // By the level shown first (a level held down by critical gaps sorts with that level, not
        // with its score's), then by score; cells with no level (provisional, not scored) last.
        return (cell.level >= 0 ? (cell.level + 1) * 1000.0 : 0.0) + (cell.score ? *cell.score : -1.0);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (!cell.note.isEmpty())
            return tr("%1: %2").arg(what, cell.note);
        return cell.score ? tr("%1: %2 out of 100, %3").arg(what, cell.scoreText, cell.levelText)
                          : tr("%1: not scored").arg(what);
    default:
        break;
    }
    return {};
}

QVariant RegionHeatmapModel::trendData(const RegionReportModel::OrganisationRow &r, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return r.changeText;
    case TrendRole: {
        QVariantList values;
        for (const RegionReportModel::TrendPoint &p : r.trend)
            values << (p.score ? QVariant(*p.score) : QVariant());
        return values;
    }
    case SortRole: {
        if (r.trend.size() < 2 || !r.trend.front().score || !r.trend.back().score)
            return -1000.0;
        return *r.trend.back().score - *r.trend.front().score;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Trend: %1. %2").arg(r.changeText, r.trendText);
    default:
        break;
    }
    return {};
}

QString RegionHeatmapModel::overdueText(int overdue)
{
    if (overdue <= 0)
        return {};
    return overdue == 1 ? tr("1 action overdue") : tr("%1 actions overdue").arg(overdue);
}

// The review status, and under it the trust's overdue actions: what a reviewer follows up.
QVariant RegionHeatmapModel::reviewData(const RegionReportModel::OrganisationRow &r, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return r.reviewStatusText;
    case SecondLineRole:
        return overdueText(r.overdueActions);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return r.overdueActions > 0 ? tr("Review status: %1. %2 of the trust's action plan.")
                                          .arg(r.reviewStatusText, overdueText(r.overdueActions))
                                    : tr("Review status: %1").arg(r.reviewStatusText);
    default:
        break;
    }
    return {};
}

QVariant RegionHeatmapModel::data(const QModelIndex &index, int role) const
{
    const RegionReportModel::OrganisationRow *r = row(index.row());
    if (!r || index.column() >= columnCount())
        return {};
    if (role == SubmissionIdRole)
        return r->submissionId;
    if (role == KindRole)
        return int(kind(index.column()));
    const int column = index.column();
    switch (kind(column)) {
    case Kind::Organisation:
        switch (role) {
        case Qt::DisplayRole:
            return r->name;
        case SecondLineRole:
            return r->descriptor;
        case SortRole:
            return m_sortNames[std::size_t(index.row())];
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return tr("%1 (%2). Latest submission: revision %3, %4.")
                .arg(r->name, r->descriptor)
                .arg(r->revision)
                .arg(r->submittedText);
        default:
            break;
        }
        break;
    case Kind::Score:
        if (column == OverallColumn)
            return scoreData(r->overall, tr("Overall"), role);
        return scoreData(r->domains[std::size_t(column - FirstDomainColumn)],
                         m_report.domainTitles.value(column - FirstDomainColumn), role);
    case Kind::Gaps: {
        const int n = int(r->criticalGaps.size());
        QStringList described;
        for (const RegionReportModel::Gap &g : r->criticalGaps)
            described << tr("%1 (%2)").arg(g.title, g.statusText.toLower());
        switch (role) {
        case Qt::DisplayRole:
            return n == 0 ? tr("None") : (n == 1 ? tr("1 gap") : tr("%1 gaps").arg(n));
        case SortRole:
            return n;
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return n == 0 ? tr("No critical gaps") : tr("Critical gaps: %1").arg(described.join(QStringLiteral("; ")));
        default:
            break;
        }
        break;
    }
    case Kind::Trend:
        return trendData(*r, role);
    case Kind::Review:
        return reviewData(*r, role);
    }
    return {};
}

QVariant RegionHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int(section == OrganisationColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (kind(section)) {
    case Kind::Organisation:
        return tr("Organisation");
    case Kind::Score:
        if (section == OverallColumn)
            return tr("Overall");
        return tip ? m_report.domainTitles.value(section - FirstDomainColumn)
                   : wrapped(m_report.domainTitles.value(section - FirstDomainColumn));
    case Kind::Gaps:
        return tip ? tr("Critical recommendations not met in full") : tr("Critical\ngaps");
    case Kind::Trend:
        return tip ? tr("Overall score across the organisation's submissions, oldest to latest") : tr("Trend");
    case Kind::Review:
        return tip ? tr("Where the region's review of the latest submission stands") : tr("Review");
    }
    return {};
}

} // namespace ahplead
