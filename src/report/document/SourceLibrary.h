#pragma once

#include "core/base/Result.h"

#include <QHash>
#include <QString>

#include <vector>

namespace ahplead {

// One source publication that framework citations name by id.
struct SourceDocument {
    QString id;    // "handbook"
    QString title; // the publication's title
    QString date;  // "June 2022"
};

// The titles and dates of the source documents (data/sources.json), so a report's appendix
// names publications rather than short ids. Content is data, like the frameworks.
class SourceLibrary {
public:
    // Reads an `ahplead.sources` file; the message names the file and the JSON pointer.
    static Result<SourceLibrary> load(const QString &path);
    // data/sources.json, read once. When it cannot be read the library is empty (the
    // reason goes to the Qt log) and reports fall back to the ids.
    static const SourceLibrary &bundled();

    const SourceDocument *find(const QString &id) const;
    const std::vector<SourceDocument> &documents() const { return m_documents; }

private:
    std::vector<SourceDocument> m_documents;
    QHash<QString, int> m_index;
};

} // namespace ahplead
