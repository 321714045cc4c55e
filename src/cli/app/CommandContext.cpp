#include "cli/app/CommandContext.h"

#include <QLocale>
#include <QVersionNumber>

#include <algorithm>

namespace ahplead {

CommandContext::CommandContext(QTextStream &out, QTextStream &err, QString storePath, QString actor)
    : m_out(out), m_err(err), m_storePath(std::move(storePath)), m_actor(std::move(actor))
{
}

const FrameworkLibrary *CommandContext::frameworks()
{
    if (!m_frameworks) {
        auto library = FrameworkLibrary::loadBundled();
        if (!library) {
            m_err << library.message() << Qt::endl;
            return nullptr;
        }
        m_frameworks = std::move(library).value();
    }
    return &*m_frameworks;
}

Store *CommandContext::store()
{
    if (!m_store) {
        auto opened = Store::open(m_storePath);
        if (!opened) {
            m_err << opened.message() << Qt::endl;
            return nullptr;
        }
        m_store = std::move(opened).value();
        // Which shared store, and as whom, before anything is done in it (on stderr, so output
        // meant for other programs stays as it is).
        if (m_store->shared())
            m_err << "Store: " << m_store->description() << Qt::endl;
    }
    return m_store.get();
}

std::optional<Assessment> CommandContext::assessment(const QString &idArg)
{
    bool ok = false;
    const qint64 id = idArg.toLongLong(&ok);
    if (!ok || id <= 0) {
        m_err << "\"" << idArg << "\" is not an assessment id; 'ahplead-cli list' shows them" << Qt::endl;
        return std::nullopt;
    }
    Store *s = store();
    if (!s)
        return std::nullopt;
    auto found = s->assessment(id);
    if (!found) {
        m_err << found.message() << Qt::endl;
        return std::nullopt;
    }
    return std::move(found).value();
}

const Framework *CommandContext::frameworkOf(const Assessment &assessment)
{
    const FrameworkLibrary *library = frameworks();
    if (!library)
        return nullptr;
    const Framework *fw = library->find(assessment.frameworkId, assessment.frameworkVersion);
    if (!fw)
        m_err << "Assessment " << assessment.id << " was answered against framework " << assessment.frameworkId << ' '
              << assessment.frameworkVersion << ", which this version of ahplead does not have (it has "
              << library->describeAvailable() << ")" << Qt::endl;
    return fw;
}

const Framework *CommandContext::receivedFramework(const QString &id, const QString &version)
{
    const FrameworkLibrary *library = frameworks();
    Store *s = library ? store() : nullptr;
    if (!s)
        return nullptr;
    std::vector<const Framework *> versions; // newest first
    for (const auto &fw : library->all())
        if (fw->id == id)
            versions.push_back(fw.get());
    std::sort(versions.begin(), versions.end(), [](const Framework *a, const Framework *b) {
        return QVersionNumber::fromString(a->version) > QVersionNumber::fromString(b->version);
    });
    if (versions.empty()) {
        m_err << "\"" << id << "\" is not a framework; expected one of " << library->describeAvailable() << Qt::endl;
        return nullptr;
    }
    const Framework *chosen = nullptr;
    QStringList others;
    for (const Framework *fw : versions) {
        auto rows = s->receivedScores(fw->id, fw->version);
        if (!rows) {
            m_err << rows.message() << Qt::endl;
            return nullptr;
        }
        const bool wanted = version.isEmpty() ? !chosen && !rows->empty() : fw->version == version;
        if (wanted)
            chosen = fw;
        else if (!rows->empty())
            others << fw->version;
    }
    if (!chosen && !version.isEmpty()) {
        m_err << "\"" << version << "\" is not a version of the " << id << " framework; this version of ahplead has "
              << library->describeAvailable() << Qt::endl;
        return nullptr;
    }
    if (!chosen)
        chosen = versions.front();
    if (!others.isEmpty())
        m_err << "Note: submissions on " << id << ' ' << others.join(QStringLiteral(", ")) << " are not included: "
              << "versions are summarised one at a time (--version " << others.first() << ")." << Qt::endl;
    return chosen;
}

QString CommandContext::dateTimeWords(const QDateTime &when)
{
    if (!when.isValid())
        return QStringLiteral("(not recorded)");
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(when.toLocalTime(), QStringLiteral("d MMMM yyyy 'at' HH:mm"));
}

QString CommandContext::dateTimeColumn(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QStringLiteral("-");
}

} // namespace ahplead
