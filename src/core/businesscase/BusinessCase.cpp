#include "core/businesscase/BusinessCase.h"

#include <QRegularExpression>

namespace ahplead {

std::optional<double> WorkforceTotals::registeredPerUnregistered() const
{
    if (unregisteredHeadcount <= 0)
        return std::nullopt;
    return double(registeredHeadcount) / double(unregisteredHeadcount);
}

WorkforceTotals Workforce::totals() const
{
    WorkforceTotals t;
    for (const ProfessionWorkforce &p : professions) {
        t.registeredHeadcount += p.registeredHeadcount;
        t.registeredWte += p.registeredWte;
        t.unregisteredHeadcount += p.unregisteredHeadcount;
        t.unregisteredWte += p.unregisteredWte;
        t.advancedRoles += p.advancedRoles;
    }
    return t;
}

const ProfessionWorkforce *Workforce::profession(AhpProfession which) const
{
    for (const ProfessionWorkforce &p : professions)
        if (p.profession == which)
            return &p;
    return nullptr;
}

std::optional<double> LeadGroup::staffPerLead() const
{
    if (leadsWte <= 0.0)
        return std::nullopt;
    return workforceWte / leadsWte;
}

const EqualityImpact *Qeia::impactFor(ProtectedCharacteristic which) const
{
    for (const EqualityImpact &e : equality)
        if (e.characteristic == which)
            return &e;
    return nullptr;
}

RiskLevel Risk::level() const
{
    const int s = score();
    if (s >= 15)
        return RiskLevel::Extreme;
    if (s >= 8)
        return RiskLevel::High;
    if (s >= 4)
        return RiskLevel::Moderate;
    return RiskLevel::Low;
}

const Option *BusinessCase::option(const QString &id) const
{
    for (const Option &o : options)
        if (o.id == id)
            return &o;
    return nullptr;
}

QString Option::titleWithoutKind() const
{
    const QString shown = title.trimmed();
    QStringList words; // the longer first, so "Preferred option:" loses both words
    switch (kind) {
    case OptionKind::DoNothing:
        words = {QStringLiteral("Do nothing")};
        break;
    case OptionKind::DoMinimum:
        words = {QStringLiteral("Do minimum")};
        break;
    case OptionKind::Preferred:
        words = {QStringLiteral("Preferred option"), QStringLiteral("Preferred")};
        break;
    case OptionKind::Other:
        words = {QStringLiteral("Other option"), QStringLiteral("Other")};
        break;
    }
    for (const QString &word : words) {
        if (!shown.startsWith(word, Qt::CaseInsensitive))
            continue;
        QString rest = shown.mid(word.size());
        static const QRegularExpression separator(QStringLiteral("^\\s*[:\u2013\u2014-]\\s*"));
        const QRegularExpressionMatch m = separator.match(rest);
        if (!m.hasMatch())
            continue; // "Preferred supplier…" is a title that happens to start with the word
        rest = rest.mid(m.capturedLength());
        if (rest.isEmpty())
            return {};
        return rest.at(0).toUpper() + rest.mid(1);
    }
    return shown;
}

const Option *BusinessCase::firstOption(OptionKind kind) const
{
    for (const Option &o : options)
        if (o.kind == kind)
            return &o;
    return nullptr;
}

const Metric *BusinessCase::metric(const QString &id) const
{
    for (const Metric &m : workforceMetrics)
        if (m.id == id)
            return &m;
    for (const Metric &m : qualityMetrics)
        if (m.id == id)
            return &m;
    if (workforce.costPerWau && workforce.costPerWau->id == id)
        return &*workforce.costPerWau;
    return nullptr;
}

QStringList BusinessCase::shortlistGaps() const
{
    // The Green Book shortlist: business as usual, do minimum, a preferred way forward and
    // at least one other option.
    QStringList gaps;
    for (OptionKind kind : enumValues<OptionKind>())
        if (!firstOption(kind))
            gaps << enumLabel(kind);
    return gaps;
}

} // namespace ahplead
