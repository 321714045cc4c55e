#pragma once

#include "report/region/RegionReportModel.h"

#include <QAbstractTableModel>

namespace ahplead {

// The regional dashboard's table, one row per organisation (its latest submission): the
// overall score and each section's, as figures and maturity words (the tint only repeats
// them; a level held down by critical gaps says so instead of showing a score the key would
// band otherwise), its critical gaps, the trend across its submissions and the review status. Every
// figure and word comes from RegionReportModel, so the dashboard says what the summary
// report says.
class RegionHeatmapModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { OrganisationColumn, OverallColumn, FirstDomainColumn };
    static constexpr int SecondLineRole = Qt::UserRole + 1; // the smaller line under the main one
    static constexpr int LevelRole = Qt::UserRole + 2;      // maturity level of a score cell, -1 none
    static constexpr int SortRole = Qt::UserRole + 3;
    static constexpr int SubmissionIdRole = Qt::UserRole + 4;
    static constexpr int TrendRole = Qt::UserRole + 5; // QVariantList of scores (invalid: not scored)
    static constexpr int KindRole = Qt::UserRole + 6;  // what a column holds (Kind)

    enum class Kind { Organisation, Score, Gaps, Trend, Review };

    explicit RegionHeatmapModel(QObject *parent = nullptr);

    void setReport(RegionReportModel report);
    const RegionReportModel &report() const { return m_report; }
    const RegionReportModel::OrganisationRow *row(int row) const;

    int gapsColumn() const { return FirstDomainColumn + int(m_report.domainTitles.size()); }
    int trendColumn() const { return gapsColumn() + 1; }
    int reviewColumn() const { return trendColumn() + 1; }
    // "3 actions overdue" under a trust's review status; empty for none.
    static QString overdueText(int overdue);
    Kind kind(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A long title over lines of about WIDTH characters, for a narrow column's header.
    static QString wrapped(const QString &title, int width = 11);

private:
    QVariant scoreData(const RegionReportModel::Cell &cell, const QString &what, int role) const;
    static QVariant trendData(const RegionReportModel::OrganisationRow &r, int role);
    static QVariant reviewData(const RegionReportModel::OrganisationRow &r, int role);

    RegionReportModel m_report;
    std::vector<QString> m_sortNames; // lower-case names: sorting compares them many times
};

} // namespace ahplead
