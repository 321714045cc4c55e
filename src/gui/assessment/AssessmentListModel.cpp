#include "gui/assessment/AssessmentListModel.h"

#include "core/assessment/Maturity.h"
#include "gui/app/Texts.h"
#include "gui/app/Workspace.h"

#include <QFont>

#include <cmath>

namespace ahplead {

AssessmentListModel::AssessmentListModel(Workspace &workspace, QObject *parent)
    : QAbstractItemModel(parent), m_workspace(workspace)
{
}

QString AssessmentListModel::reload()
{
    beginResetModel();
    m_summaries.clear();
    m_groups.clear();
    QString error;
    auto list = m_workspace.store().assessments();
    if (list)
        m_summaries = std::move(list.value());
    else
        error = list.message();
    // The store lists assessments by organisation name, newest first within each.
    for (std::size_t i = 0; i < m_summaries.size(); ++i) {
        const AssessmentSummary &s = m_summaries[i];
        auto group = std::find_if(m_groups.begin(), m_groups.end(),
                                  [&](const Group &g) { return g.organisation.sameAs(s.organisation); });
        if (group == m_groups.end()) {
            m_groups.push_back({s.organisation, {}});
            group = std::prev(m_groups.end());
        }
        group->members.push_back(i);
    }
    endResetModel();
    return error;
}

qint64 AssessmentListModel::assessmentId(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return 0;
    const Group &g = m_groups[index.internalId() - 1];
    return m_summaries[g.members[static_cast<std::size_t>(index.row())]].id;
}

const AssessmentSummary *AssessmentListModel::summary(qint64 id) const
{
    for (const AssessmentSummary &s : m_summaries)
        if (s.id == id)
            return &s;
    return nullptr;
}

QModelIndex AssessmentListModel::indexOf(qint64 id) const
{
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        for (std::size_t r = 0; r < m_groups[g].members.size(); ++r)
            if (m_summaries[m_groups[g].members[r]].id == id)
                return createIndex(static_cast<int>(r), 0, quintptr(g + 1));
    return {};
}

void AssessmentListModel::frameworksReady()
{
    for (int g = 0; g < rowCount(); ++g) {
        const QModelIndex parent = index(g, 0);
        const int rows = rowCount(parent);
        if (rows > 0)
            emit dataChanged(index(0, AnsweredColumn, parent), index(rows - 1, ScoreColumn, parent));
    }
}

QModelIndex AssessmentListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_groups.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    const Group &g = m_groups[static_cast<std::size_t>(parent.row())];
    return row < static_cast<int>(g.members.size()) ? createIndex(row, column, quintptr(parent.row() + 1))
                                                    : QModelIndex();
}

QModelIndex AssessmentListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int AssessmentListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].members.size());
}

int AssessmentListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags AssessmentListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant AssessmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == VersionColumn)
        return tr("The version of the framework (the questions) the assessment was answered against");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Organisation and assessment");
    case TypeColumn:
        return tr("Type");
    case VersionColumn:
        return tr("Version");
    case StatusColumn:
        return tr("Status");
    case AnsweredColumn:
        return tr("Answered");
    case ChangedColumn:
        return tr("Last changed");
    case ScoreColumn:
        return tr("Overall score");
    default:
        return {};
    }
}

QVariant AssessmentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return organisationData(m_groups[static_cast<std::size_t>(index.row())], index.column(), role);
    const Group &g = m_groups[index.internalId() - 1];
    return assessmentData(m_summaries[g.members[static_cast<std::size_t>(index.row())]], index.column(), role);
}

QVariant AssessmentListModel::organisationData(const Group &group, int column, int role) const
{
    const Organisation &o = group.organisation;
    if (role == Qt::FontRole && column == NameColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        QStringList parts;
        if (!o.ics.isEmpty())
            parts << o.ics;
        if (!o.region.isEmpty())
            parts << o.region;
        return parts.join(QStringLiteral(", "));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case NameColumn:
        return o.odsCode.isEmpty() ? o.name : tr("%1 (%2)").arg(o.name, o.odsCode);
    case TypeColumn:
        return o.type.isEmpty() ? QVariant() : QVariant(Texts::organisationType(o.type));
    case StatusColumn:
        return group.members.size() == 1 ? tr("1 assessment") : tr("%1 assessments").arg(group.members.size());
    default:
        return {};
    }
}

QString AssessmentListModel::scoreText(qint64 id) const
{
    const AssessmentSummary *s = summary(id);
    if (!s)
        return {};
    auto cached = m_scores.constFind(id);
    if (cached != m_scores.constEnd() && cached->updatedAt == s->updatedAt)
        return cached->text;
    QString text;
    auto assessment = m_workspace.store().assessment(id);
    if (!assessment) {
        text = tr("Cannot be read");
    } else {
        auto card = m_workspace.score(assessment.value());
        if (!card)
            text = tr("Framework not available");
        else if (card->provisional)
            text = card->provisionalText();
        else if (!card->overallScore)
            text = tr("Not scored yet");
        else
            text = tr("%1 (%2)").arg(std::lround(*card->overallScore)).arg(Maturity::name(card->overallLevel));
    }
    m_scores.insert(id, {s->updatedAt, text});
    return text;
}

QVariant AssessmentListModel::assessmentData(const AssessmentSummary &s, int column, int role) const
{
    if (role == IdRole)
        return s.id;
    if (role == Qt::ToolTipRole && column == NameColumn)
        return tr("Assessed by %1. Created %2.")
            .arg(s.assessorName.isEmpty() ? tr("(not stated)") : s.assessorName, Texts::dateTime(s.createdAt));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case NameColumn: {
        const QString name = s.title.isEmpty() ? Texts::frameworkLongName(s.frameworkId) : s.title;
        const QString titled = s.revision > 1 ? tr("%1 (revision %2)").arg(name).arg(s.revision) : name;
        // A board member's own rating is told apart from the board's assessment it feeds.
        return s.raterRole.isEmpty() ? titled
                                     : tr("%1: rating by the %2").arg(titled, Rater::roleInSentence(s.raterRole));
    }
    case TypeColumn:
        return s.raterRole.isEmpty() ? Texts::frameworkKind(s.frameworkId) : tr("Board member's rating");
    case VersionColumn:
        return s.frameworkVersion;
    case StatusColumn:
        return s.locked ? tr("%1, locked").arg(Texts::status(s.status)) : Texts::status(s.status);
    case AnsweredColumn: {
        if (!m_workspace.frameworksLoaded())
            return QString::number(s.answered);
        const Framework *fw = m_workspace.framework(s.frameworkId, s.frameworkVersion);
        return fw ? tr("%1 of %2").arg(s.answered).arg(fw->questionCount()) : QString::number(s.answered);
    }
    case ChangedColumn:
        return Texts::dateTime(s.updatedAt);
    case ScoreColumn:
        // A member's rating stays their own until they finish it: not even its score is shown.
        if (!s.raterRole.isEmpty() && s.status == QLatin1String("draft"))
            return tr("Shown when finished");
        return m_workspace.frameworksLoaded() ? scoreText(s.id) : tr("Working out…");
    default:
        return {};
    }
}

} // namespace ahplead
