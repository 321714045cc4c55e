#pragma once

#include "core/base/Result.h"
#include "report/businesscase/BusinessCaseModel.h"

#include <QByteArray>
#include <QString>

namespace ahplead {

// The business case as one self-contained HTML5 file in the assessment report's style
// (HtmlWriter::styleSheet()): lang="en-GB", one h1, semantic headings, table headers with
// scope, ratings written in words with the tint only repeating them, a print stylesheet
// that starts each case on a new page, and no external request or http(s) URL. The markup
// is also well-formed XML. Every string goes through Html::escape.
class BusinessCaseHtmlWriter {
public:
    static QString render(const BusinessCaseModel &model);
    static QByteArray toBytes(const BusinessCaseModel &model); // UTF-8
    // Writes through QSaveFile: whole or not at all.
    static Status write(const BusinessCaseModel &model, const QString &path);
};

} // namespace ahplead
