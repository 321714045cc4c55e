#pragma once

#include "core/base/Result.h"
#include "core/businesscase/PayScaleYear.h"

#include <QStringList>

#include <vector>

namespace ahplead {

// Every year of pay scales the program knows, read from data/costs at run time, so a
// user can correct a figure or add next year's scales without rebuilding.
class PayScales {
public:
    // Loads every *.json in each folder, in order. A year in a later folder replaces the same
    // year from an earlier one (so a user's folder can correct the bundled figures). A file
    // that fails to load is left out and its message kept in problems(); folders that give
    // no usable year at all are an error.
    static Result<PayScales> load(const QStringList &dirs);
    static Result<PayScales> load(const QString &dir) { return load(QStringList{dir}); }
    // DataPaths::costsDir(), then the user's own folder (userDir()) if it exists.
    static Result<PayScales> loadBundled();
    // <application data>/costs: where a user adds or corrects a year without touching the install.
    static QString userDir();

    // Adds YEAR, replacing a year with the same label.
    void add(PayScaleYear year);

    const PayScaleYear *find(const QString &year) const;
    // The most recent financial year.
    const PayScaleYear *latest() const;
    // YEAR when given, else the latest; null when YEAR is not known.
    const PayScaleYear *findOrLatest(const QString &year) const;
    const std::vector<PayScaleYear> &all() const { return m_years; }
    const QStringList &problems() const { return m_problems; }
    // "2024/25, 2025/26", for messages.
    QString describeAvailable() const;

private:
    std::vector<PayScaleYear> m_years; // sorted by year
    QStringList m_problems;
};

} // namespace ahplead
