#include "core/assessment/FrameworkLibrary.h"

#include "core/assessment/FrameworkLoader.h"
#include "core/base/DataPaths.h"

#include <QDir>
#include <QRegularExpression>
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
    library.loadMappings(folder.filePath(QStringLiteral("upgrades")));
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

void FrameworkLibrary::loadMappings(const QString &dir)
{
    // A mapping's file name says which versions it joins: ID-FROM-to-TO.json.
    static const QRegularExpression name(QStringLiteral("^([a-z][a-z0-9_]*)-([0-9.]+)-to-([0-9.]+)\\.json$"));
    const QDir folder(dir);
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto parts = name.match(file);
        const Framework *from = parts.hasMatch() ? find(parts.captured(1), parts.captured(2)) : nullptr;
        const Framework *to = parts.hasMatch() ? find(parts.captured(1), parts.captured(3)) : nullptr;
        if (!from || !to) {
            m_problems << QStringLiteral("%1: the name should be FRAMEWORK-FROM-to-TO.json for two framework versions "
                                         "this program has (%2).")
                              .arg(file, describeAvailable());
            continue;
        }
        auto mapping = FrameworkMapping::load(folder.filePath(file), *from, *to);
        if (mapping)
            m_mappings.push_back(std::move(mapping).value());
        else
            m_problems << mapping.message();
    }
}

const FrameworkMapping *FrameworkLibrary::upgradeFrom(const Framework &framework) const
{
    const Framework *newest = latest(framework.id);
    if (!newest || newest->version == framework.version)
        return nullptr;
    for (const FrameworkMapping &m : m_mappings)
        if (m.frameworkId() == framework.id && m.fromVersion() == framework.version && m.toVersion() == newest->version)
            return &m;
    return nullptr;
}

QString FrameworkLibrary::describeAvailable() const
{
    QStringList keys;
    for (const auto &fw : m_frameworks)
        keys << fw->key();
    return keys.join(QStringLiteral(", "));
}

} // namespace ahplead
