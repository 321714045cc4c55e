#pragma once

#include "core/base/Result.h"
#include "report/document/Document.h"

#include <QByteArray>
#include <QString>

namespace ahplead {

// Any Document as one self-contained, accessible HTML5 page: no scripts, no external
// resources, charts as inline SVG with a text alternative, a stylesheet that prints on A4
// with table header rows repeated. Every string goes through Html::escape.
class HtmlWriter {
public:
    static QString render(const Document &document);
    static QByteArray toBytes(const Document &document); // UTF-8
    static Status write(const Document &document, const QString &path);
};

} // namespace ahplead
