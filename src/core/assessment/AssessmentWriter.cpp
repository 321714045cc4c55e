#include "core/assessment/AssessmentWriter.h"

#include "core/assessment/ActionTracking.h"
#include "core/assessment/RaterJson.h"
#include "core/base/JsonFile.h"

#include <algorithm>

namespace ahplead {

namespace {
std::string timestamp(const QDateTime &when)
{
    return JsonFile::utf8(when.toUTC().toString(Qt::ISODate));
}
} // namespace

nlohmann::ordered_json AssessmentWriter::toJson(const Assessment &a, const Framework &framework)
{
    nlohmann::ordered_json doc; // ordered so the file reads top-down like the schema
    doc["format"] = "ahplead.assessment";
    doc["formatVersion"] = 1;
    if (!a.title.isEmpty())
        doc["title"] = JsonFile::utf8(a.title);
    doc["status"] = JsonFile::utf8(a.status);
    if (a.createdAt.isValid())
        doc["createdAt"] = timestamp(a.createdAt);
    if (a.updatedAt.isValid())
        doc["updatedAt"] = timestamp(a.updatedAt);
    doc["framework"] = {{"id", JsonFile::utf8(a.frameworkId)}, {"version", JsonFile::utf8(a.frameworkVersion)}};
    nlohmann::ordered_json org;
    org["name"] = JsonFile::utf8(a.organisation.name);
    org["odsCode"] = JsonFile::utf8(a.organisation.odsCode);
    org["ics"] = JsonFile::utf8(a.organisation.ics);
    org["region"] = JsonFile::utf8(a.organisation.region);
    org["type"] = JsonFile::utf8(a.organisation.type);
    doc["organisation"] = org;
    doc["assessor"] = {{"name", JsonFile::utf8(a.assessor.name)}, {"role", JsonFile::utf8(a.assessor.role)}};
    if (a.rating)
        doc["rating"] = RaterJson::toJson(*a.rating);
    nlohmann::ordered_json answers = nlohmann::ordered_json::array();
    for (const Domain &domain : framework.domains) {
        for (const Question &q : domain.questions) {
            const auto it = a.answers.constFind(q.id);
            if (it == a.answers.cend())
                continue;
            nlohmann::ordered_json entry;
            entry["question"] = JsonFile::utf8(it->questionId);
            entry["value"] = JsonFile::utf8(toString(it->value));
            if (!it->evidence.isEmpty())
                entry["evidence"] = JsonFile::utf8(it->evidence);
            entry["flagged"] = it->flagged;
            if (it->updatedAt.isValid())
                entry["updatedAt"] = timestamp(it->updatedAt);
            if (!it->updatedBy.isEmpty())
                entry["updatedBy"] = JsonFile::utf8(it->updatedBy);
            answers.push_back(entry);
        }
    }
    doc["answers"] = answers;
    if (nlohmann::ordered_json toAgree = toAgreeJson(a, &framework); !toAgree.empty())
        doc["toAgree"] = std::move(toAgree);
    // Only when there is something to track, so a file with none reads as it always has.
    if (nlohmann::ordered_json actions = ActionTracking::toJson(a.actions, &framework); !actions.empty())
        doc["actions"] = std::move(actions);
    if (nlohmann::ordered_json cover = a.cover.toJson(); !cover.empty())
        doc["cover"] = std::move(cover);
    return doc;
}

nlohmann::ordered_json AssessmentWriter::toAgreeJson(const Assessment &a, const Framework *framework)
{
    QStringList order;
    if (framework) {
        for (const Domain &domain : framework->domains)
            for (const Question &q : domain.questions)
                if (a.toAgree.contains(q.id))
                    order << q.id;
    }
    if (order.size() < a.toAgree.size()) {
        QStringList rest;
        for (auto it = a.toAgree.cbegin(); it != a.toAgree.cend(); ++it)
            if (!order.contains(it.key()))
                rest << it.key();
        std::sort(rest.begin(), rest.end());
        order += rest;
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const QString &id : order) {
        if (a.answers.contains(id)) // answered: settled
            continue;
        nlohmann::ordered_json entry;
        entry["question"] = JsonFile::utf8(id);
        entry["note"] = JsonFile::utf8(a.toAgree.value(id));
        out.push_back(std::move(entry));
    }
    return out;
}

QByteArray AssessmentWriter::toBytes(const Assessment &a, const Framework &framework)
{
    return QByteArray::fromStdString(toJson(a, framework).dump(2)) + '\n';
}

} // namespace ahplead
