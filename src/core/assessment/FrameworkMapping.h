#pragma once

#include "core/assessment/Framework.h"
#include "core/base/Result.h"

#include <QHash>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace ahplead {

// How the questions of one framework version become those of the next
// (data/frameworks/upgrades/ID-FROM-to-TO.json). A question kept under its id needs no entry;
// one that was split, merged or renamed names the questions its answer goes to. Loading
// checks the mapping against both versions, so an upgrade can never drop an answer: every
// question of FROM is kept or mapped, once, to questions TO really has.
class FrameworkMapping {
public:
    static Result<FrameworkMapping> load(const QString &path, const Framework &from, const Framework &to);
    static Result<FrameworkMapping> fromJson(const nlohmann::json &doc, const QString &fileName, const Framework &from,
                                             const Framework &to);

    const QString &frameworkId() const { return m_frameworkId; }
    const QString &fromVersion() const { return m_from; }
    const QString &toVersion() const { return m_to; }
    // The questions of TO that QUESTIONID's answer goes to: its own id when kept.
    QStringList targets(const QString &questionId) const;
    // Why QUESTIONID was split or renamed, in plain words; empty when it was kept.
    QString why(const QString &questionId) const { return m_why.value(questionId); }
    bool isMapped(const QString &questionId) const { return m_targets.contains(questionId); }

private:
    QString m_frameworkId;
    QString m_from;
    QString m_to;
    QHash<QString, QStringList> m_targets;
    QHash<QString, QString> m_why;
};

} // namespace ahplead
