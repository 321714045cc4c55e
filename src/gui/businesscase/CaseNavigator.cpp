#include "gui/businesscase/CaseNavigator.h"

#include "gui/widgets/Icons.h"
#include "gui/widgets/StepDelegate.h"

namespace ahplead {

CaseNavigator::CaseNavigator(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("caseNavigator"));
    setAccessibleName(tr("Parts of the business case"));
    setAccessibleDescription(tr("The parts of the business case and whether each has anything to fix. Use Up and "
                                "Down to move between them."));
    StepDelegate::install(this, 8, 18, StatusRole);
}

void CaseNavigator::addPart(const QString &title)
{
    auto *item = new QListWidgetItem(tr("%1. %2").arg(count() + 1).arg(title), this);
    item->setData(Qt::UserRole, title);
}

void CaseNavigator::setStatus(int row, const QString &status, bool problem, bool neutral)
{
    QListWidgetItem *it = item(row);
    if (!it || it->data(StatusRole).toString() == status)
        return;
    it->setData(StatusRole, status);
    it->setIcon(Icons::get(neutral   ? QStringLiteral("info")
                           : problem ? QStringLiteral("error")
                                     : QStringLiteral("status-met")));
    it->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(it->text(), status));
    it->setToolTip(status);
}

QSize CaseNavigator::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 36, 400};
}

} // namespace ahplead
