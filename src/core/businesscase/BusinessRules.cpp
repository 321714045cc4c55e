#include "core/businesscase/BusinessRules.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

namespace ahplead {

bool BusinessRules::isIsoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

bool BusinessRules::isFinancialYear(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})/(\\d{2})$"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return false;
    const int first = match.captured(1).toInt();
    const int second = match.captured(2).toInt();
    return (first + 1) % 100 == second;
}

QString BusinessRules::financialYearAfter(const QString &year, int n)
{
    const int first = year.left(4).toInt() + n;
    return QStringLiteral("%1/%2").arg(first).arg((first + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString BusinessRules::financialYearOf(const QDate &date)
{
    const int first = date.month() >= 4 ? date.year() : date.year() - 1;
    return QStringLiteral("%1/%2").arg(first).arg((first + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString BusinessRules::yearAheadOfScales(const QString &scaleYear, const QString &caseDate, const QDate &today)
{
    const QDate dated = isIsoDate(caseDate) ? QDate::fromString(caseDate, Qt::ISODate) : today;
    if (!dated.isValid() || !isFinancialYear(scaleYear))
        return {};
    const QString written = financialYearOf(dated);
    // "2025/26" < "2026/27": the labels sort as the years do.
    return scaleYear < written ? written : QString();
}

QStringList BusinessRules::bands()
{
    return {QStringLiteral("1"),  QStringLiteral("2"),  QStringLiteral("3"),  QStringLiteral("4"),
            QStringLiteral("5"),  QStringLiteral("6"),  QStringLiteral("7"),  QStringLiteral("8a"),
            QStringLiteral("8b"), QStringLiteral("8c"), QStringLiteral("8d"), QStringLiteral("9")};
}

bool BusinessRules::isBand(const QString &text)
{
    return bands().contains(text);
}

QStringList BusinessRules::payPoints()
{
    return {QStringLiteral("entry"), QStringLiteral("intermediate"), QStringLiteral("top")};
}

bool BusinessRules::isId(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return text.size() <= 100 && shape.match(text).hasMatch();
}

} // namespace ahplead

namespace ahplead {

QString BusinessRules::number(double value)
{
    // 'f', not 'g': 70000 must not come out as 7e+04.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace ahplead
