#include "core/assessment/ActionTracking.h"

#include "core/assessment/Framework.h"
#include "core/base/JsonFile.h"
#include "core/base/JsonReader.h"

#include <algorithm>

namespace ahplead {

namespace {

constexpr int MaxTrackedText = 2000;

QString trackedText(const JsonReader &r, const char *key)
{
    if (!r.has(key))
        return {};
    const QString text = r.field(key).string();
    if (text.size() > MaxTrackedText)
        r.field(key).fail(
            QStringLiteral("is %1 characters long; at most %2 are allowed").arg(text.size()).arg(MaxTrackedText));
    return text;
}

} // namespace

nlohmann::ordered_json ActionTracking::toJson(const Actions &actions, const Framework *framework)
{
    QStringList order;
    if (framework)
        for (const Recommendation &r : framework->recommendations)
            order << r.id;
    QStringList rest;
    for (auto it = actions.cbegin(); it != actions.cend(); ++it)
        if (!order.contains(it.key()))
            rest << it.key();
    std::sort(rest.begin(), rest.end());
    order += rest;

    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const QString &id : order) {
        const auto it = actions.constFind(id);
        if (it == actions.cend() || it->isBlank())
            continue;
        nlohmann::ordered_json a;
        a["recommendation"] = JsonFile::utf8(id);
        a["owner"] = JsonFile::utf8(it->owner);
        if (it->targetDate.isValid())
            a["targetDate"] = JsonFile::utf8(it->targetDate.toString(Qt::ISODate));
        a["status"] = JsonFile::utf8(TrackedAction::statusId(it->status));
        a["note"] = JsonFile::utf8(it->note);
        out.push_back(std::move(a));
    }
    return out;
}

ActionTracking::Actions ActionTracking::fromJson(const JsonReader &r, const Framework *framework)
{
    Actions actions;
    for (std::size_t i = 0; i < r.size(); ++i) {
        const JsonReader entry = r.at(i);
        entry.allowOnly({"recommendation", "owner", "targetDate", "status", "note"});
        TrackedAction a;
        const JsonReader id = entry.field("recommendation");
        a.recommendationId = id.nonEmptyString();
        if (framework && !framework->recommendation(a.recommendationId))
            id.fail(QStringLiteral("\"%1\" is not a recommendation of framework %2")
                        .arg(a.recommendationId.left(100), framework->key()));
        if (actions.contains(a.recommendationId))
            id.fail(QStringLiteral("the action for %1 is given twice").arg(a.recommendationId));
        a.owner = trackedText(entry, "owner");
        a.note = trackedText(entry, "note");
        if (entry.has("targetDate")) {
            const JsonReader date = entry.field("targetDate");
            a.targetDate = QDate::fromString(date.string(), Qt::ISODate);
            if (!a.targetDate.isValid() || date.string().size() != 10)
                date.fail(
                    QStringLiteral("%1 is not a date of the form 2027-03-31").arg(JsonReader::describe(date.node())));
        }
        const QString status = entry.optionalString("status", TrackedAction::statusId(a.status));
        if (!TrackedAction::statusFromId(status, &a.status))
            entry.field("status").fail(
                QStringLiteral("\"%1\" is not one of %2")
                    .arg(status.left(100), TrackedAction::statusIds().join(QStringLiteral(", "))));
        actions.insert(a.recommendationId, a);
    }
    return actions;
}

int ActionTracking::overdueCount(const Actions &actions, const QDate &today)
{
    return int(
        std::count_if(actions.cbegin(), actions.cend(), [&](const TrackedAction &a) { return a.overdue(today); }));
}

} // namespace ahplead
