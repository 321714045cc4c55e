#pragma once

#include "core/businesscase/BusinessCase.h"
#include "gui/businesscase/CaseBind.h"
#include "gui/businesscase/CaseForm.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <initializer_list>
#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace ahplead {

class CasePage;

// Pieces the business case pages share: field grids, band and pay point lists, "Add" and
// "Remove" buttons that make one undoable change, and the larger repeated parts (a metric with
// its benchmark, a list of risks, the workforce table, the QEIA).
class CaseParts {
    Q_DECLARE_TR_FUNCTIONS(CaseParts)

public:
    // BOXES in COLUMNS columns of equal width.
    static QWidget *grid(QWidget *parent, std::initializer_list<QWidget *> boxes, int columns);
    static CaseForm::Choices bandChoices(bool allowNone);
    static CaseForm::Choices pointChoices();

    // A button that removes the item at AT (one undoable change), and one that adds an item
    // to LIST and then puts the keyboard on FOCUSAFTER (the new item's first field).
    static QPushButton *removeButtonFor(CasePage &page, QWidget *parent, const QString &at, const QString &name,
                                        std::function<void(BusinessCase &)> remove);
    static QPushButton *removeRow(CasePage &page, QVBoxLayout *layout, QWidget *parent, const QString &at,
                                  const QString &name, std::function<void(BusinessCase &)> remove);
    static QPushButton *addRow(CasePage &page, QVBoxLayout *layout, QWidget *parent, const QString &list,
                               const QString &text, const QString &name, std::function<void(BusinessCase &)> add,
                               std::function<QString(const BusinessCase &)> focusAfter);
    template <typename T> static void eraseAt(std::vector<T> &list, std::size_t i)
    {
        if (i < list.size())
            list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
    }

    // What decides how a list of metrics is laid out: their number, units and benchmarks.
    static QString metricShape(const std::vector<Metric> &metrics);
    static void metricList(CasePage &page, QVBoxLayout *layout, bool quality);
    // One metric's fields; NAMED when its name and unit can be changed (not the cost per WAU).
    static void metricFields(CasePage &page, QVBoxLayout *layout, QWidget *parent, const CaseBind<Metric> &metric,
                             CaseBind<Metric>::Find find, bool named);
    static void workforceTable(CasePage &page, QVBoxLayout *layout);
    static void qeiaForm(CasePage &page, QVBoxLayout *layout);

    using RiskList = std::function<const std::vector<Risk> *(const BusinessCase &)>;
    // The risks of the case or of one option: AT is the list's pointer ("/options/2/risks").
    static void riskList(CasePage &page, QVBoxLayout *layout, QWidget *parent, const QString &at,
                         const QString &context, RiskList list);
    static void milestones(CasePage &page, QVBoxLayout *layout, QWidget *parent);
    // A card's heading that follows the case (an option's or a metric's title as it is typed).
    static QLabel *liveHeading(CaseForm &form, QWidget *card, QVBoxLayout *layout,
                               std::function<QString(const BusinessCase &)> text);
    // "Score 9 of 25: high" for a risk.
    static QString riskRating(const Risk &risk);

private:
    // The workforce table's three cards, in the order they show.
    static void workforceSource(CasePage &page, QVBoxLayout *layout);
    static void workforceStaff(CasePage &page, QVBoxLayout *layout);
    static void workforceCostPerWau(CasePage &page, QVBoxLayout *layout);
};

} // namespace ahplead
