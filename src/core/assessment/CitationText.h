#pragma once

#include "core/assessment/Framework.h"

#include <QString>

#include <vector>

namespace ahplead {

// A framework's citations in words: "Chief AHPs handbook (2022), 3.1". One way for the app,
// the reports and the CLI, so a source reads the same wherever it is shown and never as the
// short id the framework files use ("handbook").
class CitationText {
public:
    // The publication's short title with its year; an id no publication has stays as it is.
    static QString documentTitle(const QString &id);
    // "Chief AHPs handbook (2022), 3.1", or the title alone when no section is given.
    static QString citation(const Citation &citation);
    static QString citations(const std::vector<Citation> &citations, const QString &separator = QStringLiteral("; "));
};

} // namespace ahplead
