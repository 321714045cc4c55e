#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

namespace ahplead {

// Adds the author to a PDF written by QPdfWriter. Qt 6.4's QPdfWriter has setTitle() and
// setCreator() but no setAuthor() (that came in Qt 6.8), so the author is added as a PDF
// incremental update: a new Info dictionary with /Author and a new XMP metadata stream with
// the same name as dc:creator (PDF/A-1 requires the two to agree), appended after the
// original bytes with their own cross-reference section. The original is left untouched.
class PdfAuthor {
public:
    static Result<QByteArray> add(const QByteArray &pdf, const QString &author);
};

} // namespace ahplead
