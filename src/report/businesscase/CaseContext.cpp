#include "report/businesscase/CaseContext.h"

#include "core/businesscase/BusinessRules.h"
#include "report/businesscase/BusinessCaseModel.h"
#include "report/businesscase/CaseText.h"

#include <QDate>

namespace ahplead {

namespace {

using M = BusinessCaseModel;

QString shortKind(OptionKind kind)
{
    switch (kind) {
    case OptionKind::DoNothing:
        return QStringLiteral("Do nothing");
    case OptionKind::DoMinimum:
        return QStringLiteral("Do minimum");
    case OptionKind::Preferred:
        return QStringLiteral("Preferred");
    case OptionKind::Other:
        break;
    }
    return QStringLiteral("Other");
}

} // namespace

QString CaseContext::optionLabel(const QString &id) const
{
    for (std::size_t i = 0; i < bc.options.size(); ++i)
        if (bc.options[i].id == id)
            return QStringLiteral("Option %1: %2").arg(i + 1).arg(shortKind(bc.options[i].kind));
    return id;
}

QString CaseContext::yearLabel(int index) const
{
    if (index >= 0 && index < economic.yearLabels.size())
        return economic.yearLabels[index];
    return QStringLiteral("Year %1").arg(index);
}

QString CaseContext::costingStamp(const CostTable &t) const
{
    return QStringLiteral("%1 (employer pension %2 of pay). Pay scales %3, effective %4; source: %5")
        .arg(enumLabel(t.basis), M::rate(t.pensionRatePercent), t.payScaleYear, M::date(scales.effectiveFrom),
             CaseText::sentence(t.payScaleSource.isEmpty() ? QStringLiteral("not recorded") : t.payScaleSource))
        .append(scalesBehind().isEmpty()
                    ? QString()
                    // Short beside each table; the cover says it whole.
                    : QStringLiteral(" Older than %1, the year the case is dated in: pay costs are likely to be too "
                                     "low.")
                          .arg(BusinessRules::yearAheadOfScales(scales.year, bc.date, QDate::currentDate())));
}

QString CaseContext::scalesBehind() const
{
    const QString written = BusinessRules::yearAheadOfScales(scales.year, bc.date, QDate::currentDate());
    if (written.isEmpty())
        return {};
    return QStringLiteral("The case is dated in %1 but costed on the %2 pay scales, so its pay costs are likely to "
                          "be too low; cost it again on the %1 scales before the board decides.")
        .arg(written, scales.year);
}

QString CaseContext::discountStamp(const CostTable &t) const
{
    return QStringLiteral("Discounted at %1 a year (HM Treasury Green Book) over %2 from %3; optimism bias %4 on "
                          "every option except do nothing.")
        .arg(M::rate(t.discountRatePercent), CaseText::plural(t.years, QStringLiteral("year"), QStringLiteral("years")),
             yearLabel(0), M::rate(t.optimismBiasPercent));
}

const OptionCost *CaseContext::preferred(const CostTable &t) const
{
    const Option *o = bc.firstOption(OptionKind::Preferred);
    return o ? t.option(o->id) : nullptr;
}

std::vector<const Metric *> CaseContext::benchmarked() const
{
    std::vector<const Metric *> all;
    if (bc.workforce.costPerWau)
        all.push_back(&*bc.workforce.costPerWau);
    for (const Metric &m : bc.workforceMetrics)
        all.push_back(&m);
    for (const Metric &m : bc.qualityMetrics)
        all.push_back(&m);
    return all;
}

} // namespace ahplead
