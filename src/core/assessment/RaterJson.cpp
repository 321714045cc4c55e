#include "core/assessment/RaterJson.h"

#include "core/base/JsonFile.h"
#include "core/base/JsonReader.h"

namespace ahplead {

namespace {

QString boundedName(const JsonReader &r)
{
    const QString text = r.string();
    if (text.size() > 500)
        r.fail(QStringLiteral("is %1 characters long; at most 500 are allowed").arg(text.size()));
    return text;
}

} // namespace

nlohmann::ordered_json RaterJson::toJson(const Rater &rater)
{
    nlohmann::ordered_json rating;
    rating["invitationId"] = JsonFile::utf8(rater.invitationId);
    rating["raterId"] = JsonFile::utf8(rater.raterId);
    rating["role"] = JsonFile::utf8(rater.role);
    if (!rater.name.isEmpty())
        rating["name"] = JsonFile::utf8(rater.name);
    return rating;
}

Rater RaterJson::fromJson(const JsonReader &r)
{
    r.allowOnly({"invitationId", "raterId", "role", "name"});
    const auto uuid = [](const JsonReader &field) {
        const QString text = field.string();
        if (!Rater::isId(text))
            field.fail(QStringLiteral("\"%1\" is not an id of the form 0f8fad5b-d9cb-469f-a165-70867728950e; use the "
                                      "rating file as the invitation wrote it")
                           .arg(text.left(60)));
        return text.toLower();
    };
    Rater rater;
    rater.invitationId = uuid(r.field("invitationId"));
    rater.raterId = uuid(r.field("raterId"));
    const JsonReader role = r.field("role");
    rater.role = role.node().is_string() ? role.string() : QString();
    if (!Rater::roles().contains(rater.role))
        role.fail(QStringLiteral("%1 is not one of %2")
                      .arg(JsonReader::describe(role.node()), Rater::roles().join(QStringLiteral(", "))));
    rater.name = r.has("name") ? boundedName(r.field("name")) : QString();
    return rater;
}

} // namespace ahplead
