#pragma once

#include "report/businesscase/BusinessCaseModel.h"

#include <QString>

namespace ahplead {

// The table cells of the business case document (BusinessCaseModel::Cell), made one way by
// every section's builder: plain text, a row heading, a right-aligned figure, a sum of money
// and a cell tinted to repeat what its words say.
class CaseCell {
public:
    using Cell = BusinessCaseModel::Cell;
    using Tone = BusinessCaseModel::Tone;

    static Cell text(const QString &t, const QString &detail = {});
    static Cell strong(const QString &t, const QString &detail = {}); // a total or a row heading
    static Cell figure(const QString &t, bool isStrong = false);      // right-aligned
    static Cell money(double pounds, bool isStrong = false);          // "£12,345", right-aligned
    static Cell toned(const QString &t, Tone tone, const QString &detail = {});
};

} // namespace ahplead
