#include "report/businesscase/CaseRiskTable.h"

#include "report/businesscase/CaseCell.h"

namespace ahplead {

namespace {

using M = BusinessCaseModel;
using Cell = M::Cell;
using Table = M::Table;
using Tone = M::Tone;

QString likelihoodText(int n)
{
    static const QStringList words{QStringLiteral("Rare"), QStringLiteral("Unlikely"), QStringLiteral("Possible"),
                                   QStringLiteral("Likely"), QStringLiteral("Almost certain")};
    return n >= 1 && n <= 5 ? QStringLiteral("%1 %2").arg(n).arg(words[n - 1]) : QString::number(n);
}

QString impactText(int n)
{
    static const QStringList words{QStringLiteral("Negligible"), QStringLiteral("Minor"), QStringLiteral("Moderate"),
                                   QStringLiteral("Major"), QStringLiteral("Catastrophic")};
    return n >= 1 && n <= 5 ? QStringLiteral("%1 %2").arg(n).arg(words[n - 1]) : QString::number(n);
}

Cell riskRatingCell(const Risk &r)
{
    const RiskLevel level = r.level();
    Tone tone = Tone::Green;
    if (level == RiskLevel::Moderate)
        tone = Tone::Amber;
    else if (level == RiskLevel::High || level == RiskLevel::Extreme)
        tone = Tone::Red;
    return CaseCell::toned(QStringLiteral("%1 %2").arg(r.score()).arg(enumLabel(level)), tone);
}

} // namespace

Table CaseRiskTable::build(const QString &caption, const std::vector<Risk> &risks)
{
    Table t;
    t.caption = caption;
    t.headers = {QStringLiteral("Risk"),   QStringLiteral("Likelihood"), QStringLiteral("Impact"),
                 QStringLiteral("Rating"), QStringLiteral("Mitigation"), QStringLiteral("Owner")};
    t.widths = {27, 12, 12, 13, 24, 12};
    for (const Risk &r : risks)
        t.rows.push_back({CaseCell::text(r.description), CaseCell::text(likelihoodText(r.likelihood)),
                          CaseCell::text(impactText(r.impact)), riskRatingCell(r), CaseCell::text(r.mitigation),
                          CaseCell::text(r.owner)});
    t.notes << QStringLiteral("Rating = likelihood \u00D7 impact on the NHS 5 \u00D7 5 matrix: 1\u20133 low, 4\u20136 "
                              "moderate, 8\u201312 high, 15\u201325 extreme.");
    return t;
}

} // namespace ahplead
