#pragma once

#include "core/store/Store.h"

#include <QAbstractItemModel>
#include <QHash>

#include <optional>
#include <vector>

namespace ahplead {

class Workspace;

// The start page's list: organisations, each with its assessments (type, framework
// version, status, answered, last changed, overall score). Scores are worked out only for
// rows someone looks at and kept until the assessment changes, so a store of a thousand
// assessments opens as quickly as one of ten.
class AssessmentListModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        VersionColumn,
        StatusColumn,
        AnsweredColumn,
        ChangedColumn,
        ScoreColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit AssessmentListModel(Workspace &workspace, QObject *parent = nullptr);

    // Rereads the list from the store; an error leaves the list empty and is returned.
    QString reload();
    qint64 assessmentId(const QModelIndex &index) const;
    const AssessmentSummary *summary(qint64 id) const;
    QModelIndex indexOf(qint64 id) const;
    int assessmentCount() const { return static_cast<int>(m_summaries.size()); }
    // The overall score text of assessment ID, as the list shows it.
    QString scoreText(qint64 id) const;
    // Until the frameworks are loaded (just after the window first shows), the columns
    // that need them say so; this fills them in.
    void frameworksReady();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group {
        Organisation organisation;
        std::vector<std::size_t> members; // indexes into m_summaries
    };
    struct Score {
        QDateTime updatedAt;
        QString text;
    };
    QVariant organisationData(const Group &group, int column, int role) const;
    QVariant assessmentData(const AssessmentSummary &s, int column, int role) const;

    Workspace &m_workspace;
    std::vector<AssessmentSummary> m_summaries;
    std::vector<Group> m_groups;
    mutable QHash<qint64, Score> m_scores;
};

} // namespace ahplead
