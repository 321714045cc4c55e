#pragma once

#include "report/assessment/ReportModel.h"
#include "report/document/Document.h"
#include "report/document/ReportWriter.h"

namespace ahplead {

// The self-assessment report as a Document: a cover with the board paper's cover sheet, the
// assessment's details and the purpose of the paper, an executive summary (key figures, score
// bars, critical gaps, the top five actions), the domain scores (radar chart and table), every
// recommendation and its status, the action plan with blank owner and date columns; then as
// appendices the answers and evidence, the sources cited and how the scores are worked out. Its spreadsheet form is the
// answers, one row per question, with identifying columns so rows from many organisations can be pooled.
//
//   ReportWriter::write(AssessmentReport::build(ReportModel::build(framework, assessment, card)),
//                       ReportFormat::Pdf, QStringLiteral("report.pdf"));
class AssessmentReport {
public:
    // Which questions the appendix of answers gives: the answered ones (a draft's unanswered
    // questions would fill pages with "Not answered"), or every one. The CSV has every one.
    enum class Questions { Answered, All };
    static Document build(const ReportModel &model, Questions questions = Questions::Answered);
    static std::vector<ReportFormat> formats() { return ReportWriter::all(); }
    // The CSV's header row.
    static QStringList dataHeaders();
};

} // namespace ahplead
