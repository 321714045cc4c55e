#include "gui/region/ImportSummaryModel.h"

#include "core/base/ReadProblem.h"

#include "gui/widgets/Icons.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace ahplead {

namespace {

int problemRank(Importer::Outcome outcome)
{
    switch (outcome) {
    case Importer::Outcome::Rejected:
        return 0;
    case Importer::Outcome::Cancelled:
        return 1;
    case Importer::Outcome::Duplicate:
        return 2;
    case Importer::Outcome::Imported:
        break;
    }
    return 3;
}

QString iconName(Importer::Outcome outcome)
{
    switch (outcome) {
    case Importer::Outcome::Imported:
        return QStringLiteral("status-met");
    case Importer::Outcome::Duplicate:
        return QStringLiteral("change-same");
    case Importer::Outcome::Rejected:
        return QStringLiteral("status-not-met");
    case Importer::Outcome::Cancelled:
        break;
    }
    return QStringLiteral("status-not-assessed");
}

} // namespace

ImportSummaryModel::ImportSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportSummaryModel::setReport(const Importer::Report &report, const QStringList &missing)
{
    beginResetModel();
    m_items.clear();
    m_items.reserve(report.items.size() + std::size_t(missing.size()));
    for (const QString &path : missing) {
        Importer::Item item;
        item.path = path;
        item.outcome = Importer::Outcome::Rejected;
        item.message = tr("There is no such file or folder.");
        m_items.push_back(item);
    }
    m_items.insert(m_items.end(), report.items.begin(), report.items.end());
    endResetModel();
}

int ImportSummaryModel::count(Importer::Outcome outcome) const
{
    return int(
        std::count_if(m_items.begin(), m_items.end(), [&](const Importer::Item &i) { return i.outcome == outcome; }));
}

int ImportSummaryModel::rowOf(const QString &fileName) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (QFileInfo(m_items[i].path).fileName() == fileName)
            return int(i);
    return -1;
}

QString ImportSummaryModel::outcomeText(Importer::Outcome outcome)
{
    switch (outcome) {
    case Importer::Outcome::Imported:
        return tr("Imported");
    case Importer::Outcome::Duplicate:
        return tr("Skipped");
    case Importer::Outcome::Rejected:
        return tr("Rejected");
    case Importer::Outcome::Cancelled:
        break;
    }
    return tr("Not imported");
}

QString ImportSummaryModel::reason(const Importer::Item &item)
{
    if (item.outcome == Importer::Outcome::Rejected && ReadProblem::kind(item.message) != ReadProblem::Kind::Other)
        return ReadProblem::plain(item.message);
    return detail(item);
}

QString ImportSummaryModel::detail(const Importer::Item &item)
{
    QString text = item.message;
    // Core's messages start with the file's name, which the row already shows.
    const QString prefix = QFileInfo(item.path).fileName() + QStringLiteral(": ");
    if (text.startsWith(prefix))
        text = text.mid(prefix.size());
    if (text.startsWith(QLatin1String("skipped: ")))
        text = text.mid(9);
    if (text.startsWith(QLatin1String("not imported: ")))
        text = text.mid(14);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

int ImportSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ImportSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Importer::Item &item = m_items[std::size_t(index.row())];
    if (role == SortRole)
        return problemRank(item.outcome) * 1000000 + index.row();
    if (role == OutcomeRole)
        return int(item.outcome);
    switch (index.column()) {
    case FileColumn:
        if (role == Qt::DisplayRole)
            return QFileInfo(item.path).fileName();
        if (role == Qt::ToolTipRole)
            return QDir::toNativeSeparators(item.path);
        break;
    case ResultColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return outcomeText(item.outcome);
        if (role == Qt::DecorationRole)
            return Icons::get(iconName(item.outcome));
        break;
    case DetailColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return reason(item);
        if (role == DetailRole)
            return detail(item);
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case ResultColumn:
        return tr("Result");
    case DetailColumn:
        return tr("What happened");
    default:
        break;
    }
    return {};
}

} // namespace ahplead
