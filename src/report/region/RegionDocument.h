#pragma once

#include "report/document/Document.h"
#include "report/document/ReportWriter.h"
#include "report/region/RegionReportModel.h"

namespace ahplead {

// The regional summary as a Document: a cover with the scope, the filters and a few points
// at a glance; the heatmap of domain scores by organisation with its key; how many
// organisations meet each recommendation (chart and table); each organisation's critical
// gaps; the trend of its overall score across submissions (a sparkline per row); and how the
// summary was made. Its tables never split a row over a page. Its spreadsheet form is one row
// per organisation. It has no editable form: the summary is read, not edited.
class RegionDocument {
public:
    static Document build(const RegionReportModel &model);
    static std::vector<ReportFormat> formats()
    {
        return {ReportFormat::Html, ReportFormat::Pdf, ReportFormat::Docx, ReportFormat::Csv};
    }
};

} // namespace ahplead
