#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

namespace ahplead {

// Adds what Qt 6.4's QPdfWriter cannot set to a PDF it wrote: the author and the subject
// (setAuthor() came in Qt 6.8; there is no setSubject()) and the document's language, which
// screen readers use to choose a voice. They go in as a PDF incremental update: a new Info
// dictionary with /Author and /Subject, a new XMP metadata stream with the same words as
// dc:creator and dc:description (PDF/A-1 requires the two to agree), and a new catalogue
// with /Lang, appended after the original bytes with their own cross-reference section.
// The original is left untouched.
class PdfMetadata {
public:
    struct Fields {
        QString author;
        QString subject;
        QString language; // "en-GB"; left out unless a well-formed tag
    };
    static Result<QByteArray> add(const QByteArray &pdf, const Fields &fields);
};

} // namespace ahplead
