#include "core/assessment/FrameworkLibrary.h"

#include "core/assessment/FrameworkLoader.h"
#include "core/base/DataPaths.h"

#include <QDir>
#include <QVersionNumber>

namespace ahplead {

Result<FrameworkLibrary> FrameworkLibrary::load(const QString &dir)
{
    FrameworkLibrary library;
    const QDir folder(dir);
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        auto fw = FrameworkLoader::load(folder.filePath(file));
        if (fw)
            library.add(std::move(fw).value());
        else
            library.m_problems << fw.message();
    }
    if (library.m_frameworks.empty()) {
        QString message = QStringLiteral("No framework could be loaded from %1.").arg(QDir::toNativeSeparators(dir));
        if (!library.m_problems.isEmpty())
            message += QLatin1Char(' ') + library.m_problems.join(QLatin1Char(' '));
        return fail(message);
    }
    return library;
}

Result<FrameworkLibrary> FrameworkLibrary::loadBundled()
{
    return load(DataPaths::frameworksDir());
}

void FrameworkLibrary::add(Framework framework)
{
    m_frameworks.push_back(std::make_shared<const Framework>(std::move(framework)));
}

const Framework *FrameworkLibrary::find(const QString &id, const QString &version) const
{
    for (const auto &fw : m_frameworks)
        if (fw->id == id && fw->version == version)
            return fw.get();
    return nullptr;
}

const Framework *FrameworkLibrary::latest(const QString &id) const
{
    const Framework *best = nullptr;
    for (const auto &fw : m_frameworks) {
        if (fw->id != id)
            continue;
        if (!best || QVersionNumber::fromString(fw->version) > QVersionNumber::fromString(best->version))
            best = fw.get();
    }
    return best;
}

QString FrameworkLibrary::describeAvailable() const
{
    QStringList keys;
    for (const auto &fw : m_frameworks)
        keys << fw->key();
    return keys.join(QStringLiteral(", "));
}

} // namespace ahplead
