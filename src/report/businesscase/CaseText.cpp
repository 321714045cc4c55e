#include "report/businesscase/CaseText.h"

#include "report/businesscase/BusinessCaseModel.h"

#include <cmath>

namespace ahplead {

namespace {

using M = BusinessCaseModel;

} // namespace

QLocale CaseText::uk()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

const QString CaseText::Dash = QStringLiteral("\u2013");

QString CaseText::orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? Dash : text;
}

QString CaseText::orNotGiven(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("Not given in this business case.") : text;
}

QString CaseText::sentence(const QString &text)
{
    QString t = text.trimmed();
    if (!t.isEmpty() && !t.endsWith(QLatin1Char('.')) && !t.endsWith(QLatin1Char('?')) && !t.endsWith(QLatin1Char('!')))
        t += QLatin1Char('.');
    return t;
}

QString CaseText::capitalised(const QString &text)
{
    return text.isEmpty() ? text : QString(text.left(1).toUpper() + text.mid(1));
}

QString CaseText::joinAnd(const QStringList &items, const QString &conjunction)
{
    if (items.size() <= 1)
        return items.join(QString());
    return QString(items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QLatin1Char(' ') + conjunction +
                   QLatin1Char(' ') + items.last());
}

QStringList CaseText::lowerFirst(QStringList items)
{
    // "Appoint a chief AHP" reads "appoint a chief AHP" mid-sentence; "AHP workforce" stays.
    for (QString &item : items)
        if (item.size() > 1 && item[1].isLower())
            item[0] = item[0].toLower();
    return items;
}

QString CaseText::plural(qsizetype n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

QString CaseText::metricValue(double v, MetricUnit unit)
{
    if (!std::isfinite(v))
        return Dash;
    switch (unit) {
    case MetricUnit::Percent:
        return M::percent(v);
    case MetricUnit::Days:
        return QString(M::number(v) + (v == 1.0 ? QStringLiteral(" day") : QStringLiteral(" days")));
    case MetricUnit::Weeks:
        return QString(M::number(v) + (v == 1.0 ? QStringLiteral(" week") : QStringLiteral(" weeks")));
    case MetricUnit::Pounds:
        // Small sums (a cost per unit) keep their pence; larger ones are whole pounds.
        if (std::fabs(v) < 1000 && v != std::round(v)) {
            const QString sum = QString(QStringLiteral("£") + uk().toString(std::fabs(v), 'f', 2));
            return v < 0 ? QString(QLatin1Char('(') + sum + QLatin1Char(')')) : sum;
        }
        return M::money(v);
    case MetricUnit::Score:
    case MetricUnit::Ratio:
        return M::number(v, 2);
    case MetricUnit::Count:
        break;
    }
    return M::number(v);
}

QString CaseText::personText(const Person &p)
{
    if (p.name.isEmpty())
        return p.role;
    return p.role.isEmpty() ? p.name : QString(p.name + QStringLiteral(", ") + p.role);
}

} // namespace ahplead
