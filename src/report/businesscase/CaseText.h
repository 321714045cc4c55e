#pragma once

#include "core/businesscase/BusinessCase.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace ahplead {

// The words the business case document (BusinessCaseModel) puts round its figures, shared by
// every section's builder: what an empty field reads, sentences, lists in prose, counts and
// metric values with their units. Everything is UK English whatever the system locale.
class CaseText {
public:
    // Documents read the same on every machine: UK English, whatever the system locale.
    static QLocale uk();
    static const QString Dash; // "–": a figure that is genuinely absent

    static QString orDash(const QString &text);
    static QString orNotGiven(const QString &text); // "Not given in this business case." when empty
    static QString sentence(const QString &text);   // trimmed, with a full stop unless it ends in . ? or !
    static QString capitalised(const QString &text);
    // "a, b and c" (or "a, b or c").
    static QString joinAnd(const QStringList &items, const QString &conjunction = QStringLiteral("and"));
    static QStringList lowerFirst(QStringList items);
    static QString plural(qsizetype n, const QString &one, const QString &many); // "1 year", "3 years"
    static QString metricValue(double v, MetricUnit unit);                       // "12.5%", "4 days", "£1,234"
    static QString personText(const Person &p);                                  // "name, role"
};

} // namespace ahplead
