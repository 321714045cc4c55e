#include "gui/region/SubmissionListModel.h"

#include "core/assessment/Maturity.h"
#include "gui/app/Texts.h"
#include "report/region/RegionReportModel.h"

#include <cmath>

namespace ahplead {

SubmissionListModel::SubmissionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SubmissionListModel::setRecords(std::vector<SubmissionScores> records)
{
    beginResetModel();
    m_records = std::move(records);
    m_sortNames.clear();
    m_sortNames.reserve(m_records.size());
    for (const SubmissionScores &r : m_records)
        m_sortNames.push_back(r.organisation.name.toLower());
    refilter();
    endResetModel();
}

void SubmissionListModel::setFilter(const Filter &filter)
{
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
}

void SubmissionListModel::refilter()
{
    m_shown.clear();
    m_shown.reserve(m_records.size());
    for (std::size_t i = 0; i < m_records.size(); ++i) {
        const SubmissionScores &r = m_records[i];
        if ((!m_filter.ics.isEmpty() && r.organisation.ics != m_filter.ics) ||
            (!m_filter.type.isEmpty() && r.organisation.type != m_filter.type) ||
            (!m_filter.status.isEmpty() && r.reviewStatus != m_filter.status))
            continue;
        m_shown.push_back(i);
    }
}

const SubmissionScores *SubmissionListModel::record(int row) const
{
    return row >= 0 && row < rowCount() ? &m_records[m_shown[std::size_t(row)]] : nullptr;
}

int SubmissionListModel::rowOf(qint64 id) const
{
    for (std::size_t row = 0; row < m_shown.size(); ++row)
        if (m_records[m_shown[row]].id == id)
            return int(row);
    return -1;
}

QString SubmissionListModel::scoreText(const SubmissionScores &r)
{
    if (!r.overallScore)
        return tr("Not scored");
    return tr("%1 (%2)").arg(std::lround(*r.overallScore)).arg(Maturity::name(r.overallLevel));
}

int SubmissionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int SubmissionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionListModel::data(const QModelIndex &index, int role) const
{
    const SubmissionScores *r = record(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (index.column()) {
    case OrganisationColumn:
        if (display)
            return r->organisation.name;
        if (role == SortRole)
            return m_sortNames[m_shown[std::size_t(index.row())]];
        break;
    case IcsColumn:
        if (display)
            return r->organisation.ics.isEmpty() ? tr("Not stated") : r->organisation.ics;
        if (role == SortRole)
            return r->organisation.ics.toLower();
        break;
    case TypeColumn:
        if (display || role == SortRole)
            return Texts::organisationType(r->organisation.type);
        break;
    case SubmittedColumn:
        if (display) {
            QDateTime when = QDateTime::fromString(r->submittedAt, Qt::ISODateWithMs);
            if (when.isValid() && when.timeSpec() == Qt::LocalTime)
                when.setTimeSpec(Qt::UTC); // stored in UTC
            return Texts::dateTime(when);
        }
        if (role == SortRole)
            return r->submittedAt; // ISO 8601 in UTC sorts as it reads
        break;
    case RevisionColumn:
        if (display || role == SortRole)
            return r->revision;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StatusColumn:
        if (display)
            return RegionReportModel::reviewStatusLabel(r->reviewStatus);
        if (role == SortRole)
            return int(SubmissionRecord::reviewStatuses().indexOf(r->reviewStatus));
        break;
    case ScoreColumn:
        if (display)
            return scoreText(*r);
        if (role == SortRole)
            return r->overallScore ? *r->overallScore : -1.0;
        break;
    default:
        break;
    }
    return {};
}

QVariant SubmissionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrganisationColumn:
        return tr("Organisation");
    case IcsColumn:
        return tr("Integrated care system");
    case TypeColumn:
        return tr("Type");
    case SubmittedColumn:
        return tr("Submitted");
    case RevisionColumn:
        return tr("Revision");
    case StatusColumn:
        return tr("Review status");
    case ScoreColumn:
        return tr("Overall score");
    default:
        break;
    }
    return {};
}

} // namespace ahplead
