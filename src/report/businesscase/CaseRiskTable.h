#pragma once

#include "report/businesscase/BusinessCaseModel.h"

#include <QString>

#include <vector>

namespace ahplead {

// The risk register table of the business case document, the same for an option's risks
// (3.1) and the risks to delivery (6): each risk's likelihood, impact and rating on the NHS
// 5 x 5 matrix, its mitigation and its owner.
class CaseRiskTable {
public:
    static BusinessCaseModel::Table build(const QString &caption, const std::vector<Risk> &risks);
};

} // namespace ahplead
