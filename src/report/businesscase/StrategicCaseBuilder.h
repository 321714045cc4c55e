#pragma once

#include "report/businesscase/CaseBlockWriter.h"
#include "report/businesscase/CaseContext.h"

#include <QStringList>

namespace ahplead {

// Section 2 of the business case document, the strategic case: why the trust needs to change
// its AHP leadership. The leadership structure and strategic context (2.1, 2.2), the case for
// change from the board's self-assessment (2.3), CQC ratings (2.4), the workforce profile
// (2.5), benchmarked metrics rated red, amber or green with the region's peers (2.6),
// strategic-lead ratios (2.7), chief AHP roles nearby (2.8) and models of care (2.9).
class StrategicCaseBuilder {
public:
    static void write(CaseBlockWriter &w, const CaseContext &c);
    // What the paper says when it has no case for change from a board self-assessment: what it
    // leaves out, not why (the app and the CLI say why to whoever makes the paper).
    static QString noCaseForChange();
};

} // namespace ahplead
