#include "core/assessment/FrameworkMapping.h"

#include "core/base/JsonFile.h"
#include "core/base/JsonReader.h"

namespace ahplead {

Result<FrameworkMapping> FrameworkMapping::load(const QString &path, const Framework &from, const Framework &to)
{
    auto doc = JsonFile::read(path);
    if (!doc)
        return doc.error();
    return fromJson(doc.value(), JsonFile::displayName(path), from, to);
}

namespace {

void readEntry(const JsonReader &e, const Framework &from, const Framework &to, QHash<QString, QStringList> &targets,
               QHash<QString, QString> &why)
{
    e.allowOnly({"from", "to", "why"});
    const JsonReader fromField = e.field("from");
    const QString source = fromField.string();
    if (!from.question(source))
        fromField.fail(QStringLiteral("\"%1\" is not a question of %2").arg(source, from.key()));
    if (targets.contains(source))
        fromField.fail(QStringLiteral("\"%1\" is mapped twice").arg(source));
    const JsonReader toField = e.field("to");
    if (toField.size() == 0)
        toField.fail(QStringLiteral("\"%1\" is mapped to no question, so its answer would be lost").arg(source));
    QStringList list;
    for (std::size_t i = 0; i < toField.size(); ++i) {
        const JsonReader t = toField.at(i);
        const QString target = t.string();
        if (!to.question(target))
            t.fail(QStringLiteral("\"%1\" is not a question of %2").arg(target, to.key()));
        if (!list.contains(target))
            list << target;
    }
    targets.insert(source, list);
    why.insert(source, e.field("why").nonEmptyString());
}

} // namespace

Result<FrameworkMapping> FrameworkMapping::fromJson(const nlohmann::json &doc, const QString &fileName,
                                                    const Framework &from, const Framework &to)
{
    try {
        const JsonReader root(doc, fileName);
        root.allowOnly({"$schema", "format", "formatVersion", "framework", "from", "to", "questions"});
        if (root.field("format").string() != QLatin1String("ahplead.upgrade"))
            root.field("format").fail(QStringLiteral("expected \"ahplead.upgrade\"; is this an upgrade mapping?"));
        if (root.field("formatVersion").integer() != 1)
            root.field("formatVersion").fail(QStringLiteral("this version of ahplead reads mapping format 1 only"));
        FrameworkMapping mapping;
        mapping.m_frameworkId = root.field("framework").string();
        mapping.m_from = root.field("from").string();
        mapping.m_to = root.field("to").string();
        if (mapping.m_frameworkId != from.id || mapping.m_from != from.version)
            root.field("from").fail(QStringLiteral("expected %1").arg(from.key()));
        if (mapping.m_frameworkId != to.id || mapping.m_to != to.version)
            root.field("to").fail(QStringLiteral("expected %1").arg(to.key()));
        const JsonReader entries = root.field("questions");
        entries.requireArray();
        for (std::size_t i = 0; i < entries.size(); ++i)
            readEntry(entries.at(i), from, to, mapping.m_targets, mapping.m_why);
        // A question of FROM that TO no longer asks and no entry maps would lose its answer.
        for (const Domain &domain : from.domains)
            for (const Question &q : domain.questions)
                if (!mapping.m_targets.contains(q.id) && !to.question(q.id))
                    entries.fail(QStringLiteral("\"%1\" is neither kept in %2 nor mapped, so its answer would be lost")
                                     .arg(q.id, to.key()));
        return mapping;
    } catch (const JsonReadError &e) {
        return fail(e.message());
    }
}

QStringList FrameworkMapping::targets(const QString &questionId) const
{
    return m_targets.value(questionId, QStringList{questionId});
}

} // namespace ahplead
