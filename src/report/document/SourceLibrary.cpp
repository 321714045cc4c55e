#include "report/document/SourceLibrary.h"

#include "core/base/DataPaths.h"
#include "core/base/JsonFile.h"
#include "core/base/JsonReader.h"

#include <QtDebug>

namespace ahplead {

Result<SourceLibrary> SourceLibrary::load(const QString &path)
{
    auto parsed = JsonFile::read(path);
    if (!parsed)
        return parsed.error();
    SourceLibrary library;
    try {
        const JsonReader root(parsed.value(), JsonFile::displayName(path));
        root.requireObject();
        root.allowOnly({"format", "formatVersion", "description", "documents"});
        const QString format = root.field("format").string();
        if (format != QLatin1String("ahplead.sources"))
            root.field("format").fail(QStringLiteral("expected \"ahplead.sources\", found \"%1\"").arg(format));
        const int version = root.field("formatVersion").integer();
        if (version != 1)
            root.field("formatVersion").fail(QStringLiteral("expected 1, found %1").arg(version));
        const JsonReader documents = root.field("documents");
        documents.requireArray();
        for (std::size_t i = 0; i < documents.size(); ++i) {
            const JsonReader d = documents.at(i);
            d.requireObject();
            d.allowOnly({"id", "title", "date"});
            SourceDocument doc{d.field("id").nonEmptyString(), d.field("title").nonEmptyString(),
                               d.field("date").nonEmptyString()};
            if (library.m_index.contains(doc.id))
                d.field("id").fail(QStringLiteral("an id not used by an earlier document"));
            library.m_index.insert(doc.id, static_cast<int>(library.m_documents.size()));
            library.m_documents.push_back(std::move(doc));
        }
    } catch (const JsonReadError &e) {
        return fail(e.message());
    }
    return library;
}

const SourceLibrary &SourceLibrary::bundled()
{
    static const SourceLibrary library = [] {
        auto loaded = load(DataPaths::dataDir() + QStringLiteral("/sources.json"));
        if (!loaded) {
            qWarning().noquote() << "Source titles unavailable, reports will cite document ids:" << loaded.message();
            return SourceLibrary();
        }
        return std::move(loaded).value();
    }();
    return library;
}

const SourceDocument *SourceLibrary::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_documents[static_cast<std::size_t>(*it)];
}

} // namespace ahplead
