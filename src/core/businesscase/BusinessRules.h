#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ahplead {

// Formats and limits shared by the business-case and pay-scale readers and the validator.
// The limits keep every figure the cost model works out finite and far from overflow.
class BusinessRules {
public:
    static constexpr double MaxMoney = 1e9; // pounds: any one salary, cost or benefit
    static constexpr double MaxMetricValue = 1e12;
    static constexpr double MaxWte = 1e6;
    static constexpr int MaxHeadcount = 1000000;
    static constexpr double MaxPostWte = 100.0;
    static constexpr int MaxAppraisalYears = 30; // the Green Book's 3.5% applies to years 0-30
    static constexpr double MinPayUpliftPercent = -20.0;
    static constexpr double MaxPayUpliftPercent = 20.0;
    static constexpr int MaxShortText = 500;
    static constexpr int MaxLongText = 20000;

    // YYYY-MM-DD and a real date.
    static bool isIsoDate(const QString &text);
    // "2025/26": the second year follows the first.
    static bool isFinancialYear(const QString &text);
    // The financial year N years after YEAR ("2025/26", 2 -> "2027/28"); YEAR must be valid.
    static QString financialYearAfter(const QString &year, int n);
    // The financial year DATE falls in: April to March ("5 December 2026" -> "2026/27").
    static QString financialYearOf(const QDate &date);
    // The financial year a case dated CASEDATE (YYYY-MM-DD; TODAY when blank or not a date) is
    // written in, when the pay scales of SCALEYEAR are older than it; empty when they are
    // current. A case costed on last year's scales understates its pay costs, and says so.
    static QString yearAheadOfScales(const QString &scaleYear, const QString &caseDate, const QDate &today);
    // Agenda for Change bands "2" ... "7", "8a" ... "8d", "9" (and "1", closed but still paid).
    static QStringList bands();
    static bool isBand(const QString &text);
    // Pay points in order: entry, intermediate, top.
    static QStringList payPoints();
    // Lower-case words joined by underscores: "do_nothing", "agency_spend".
    static bool isId(const QString &text);
    // A number as a person would write it in a message: "104", "12.5", "-0.6".
    static QString number(double value);
};

} // namespace ahplead
