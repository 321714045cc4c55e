#pragma once

#include "core/store/Store.h"

#include <QAbstractTableModel>

#include <vector>

namespace ahplead {

// The submissions a region has received, one row each: organisation, ICS, type, when it was
// submitted, its revision, where its review stands and its overall score. Filtered here by
// ICS, type and review status (a person's choice in the filters above the list). The rows are
// the ones the dashboard reads in one store query (Store::receivedScores), never one query per
// row; dates and words are made only for the rows shown.
class SubmissionListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        OrganisationColumn,
        IcsColumn,
        TypeColumn,
        SubmittedColumn,
        RevisionColumn,
        StatusColumn,
        ScoreColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    struct Filter {
        QString ics;    // empty: all
        QString type;   // empty: all
        QString status; // empty: all
    };

    explicit SubmissionListModel(QObject *parent = nullptr);

    void setRecords(std::vector<SubmissionScores> records);
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    const SubmissionScores *record(int row) const;
    int totalCount() const { return int(m_records.size()); }
    // The row showing submission ID, or -1.
    int rowOf(qint64 id) const;

    static QString scoreText(const SubmissionScores &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refilter();

    std::vector<SubmissionScores> m_records;
    std::vector<QString> m_sortNames; // lower-case organisation names, for sorting
    std::vector<std::size_t> m_shown; // indexes into m_records
    Filter m_filter;
};

} // namespace ahplead
