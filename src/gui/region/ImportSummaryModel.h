#pragma once

#include "core/region/Importer.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace ahplead {

// The end of an import, one row per file: its name, what happened to it in words (with a
// shape beside them), and why: "Rejected: the content does not match its digest…".
class ImportSummaryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FileColumn, ResultColumn, DetailColumn, ColumnCount };
    // Problems first (rejected, not imported, skipped, imported), then the order the files were read.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int OutcomeRole = Qt::UserRole + 2;

    explicit ImportSummaryModel(QObject *parent = nullptr);

    // The importer's report, and the paths that did not exist (shown as rejected).
    void setReport(const Importer::Report &report, const QStringList &missing);
    int count(Importer::Outcome outcome) const;
    // The row of the file named NAME (its file name), or -1.
    int rowOf(const QString &fileName) const;

    static QString outcomeText(Importer::Outcome outcome);
    // What happened, as a sentence: for a file that was refused, what it means in plain words
    // (core's ReadProblem); otherwise the importer's message without the file's name.
    static QString reason(const Importer::Item &item);
    // The importer's own message without the file name it starts with: for a refused file, the
    // technical detail (the place in the file and what was expected).
    static QString detail(const Importer::Item &item);
    static constexpr int DetailRole = Qt::UserRole + 3;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Importer::Item> m_items;
};

} // namespace ahplead
