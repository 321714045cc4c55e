#pragma once

#include "report/assessment/ReportModel.h"
#include "report/document/Document.h"
#include "report/document/ReportWriter.h"

namespace ahplead {

// The action plan as a spreadsheet, for the board secretary who follows the actions up: one
// row per action of the plan, in its priority order, with what the board recorded against it
// (owner, target date, progress, note) and whether it is overdue, beside the organisation's
// columns so that many trusts' plans can be pooled. The assessment's own CSV has one row per
// answer; this is the other half of what a board tracks.
class ActionPlanSheet {
public:
    static Document build(const ReportModel &model);
    static QStringList headers();
    static std::vector<ReportFormat> formats() { return {ReportFormat::Csv}; }
};

} // namespace ahplead
