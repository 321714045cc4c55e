#include "core/rating/ConsensusJson.h"

#include "core/base/JsonFile.h"

#include <cmath>

namespace ahplead {

namespace {

nlohmann::ordered_json consensusScore(const std::optional<double> &score)
{
    if (!score)
        return nullptr;
    return std::round(*score * 10.0) / 10.0; // one decimal place, as the reports show
}

nlohmann::ordered_json consensusQuestionJson(const Disagreement &d)
{
    nlohmann::ordered_json q;
    q["question"] = JsonFile::utf8(d.questionId);
    q["domain"] = JsonFile::utf8(d.domainId);
    q["text"] = JsonFile::utf8(d.text);
    q["disagreement"] = d.measurePercent();
    q["unanimous"] = d.unanimous();
    q["counts"] = {{"in_place", d.count(AnswerValue::InPlace)},
                   {"partial", d.count(AnswerValue::Partial)},
                   {"not_in_place", d.count(AnswerValue::NotInPlace)},
                   {"not_applicable", d.count(AnswerValue::NotApplicable)},
                   {"unanswered", d.unanswered}};
    nlohmann::ordered_json notes = nlohmann::ordered_json::array();
    for (const Disagreement::Note &n : d.notes)
        notes.push_back({{"rater", JsonFile::utf8(n.rater)}, {"text", JsonFile::utf8(n.text)}});
    q["notes"] = notes;
    return q;
}

} // namespace

nlohmann::ordered_json ConsensusJson::toJson(const Consensus &c, const Framework &framework)
{
    nlohmann::ordered_json doc;
    doc["format"] = "ahplead.consensus";
    doc["formatVersion"] = CurrentFormatVersion;
    doc["title"] = JsonFile::utf8(c.title);
    doc["organisation"] = {{"name", JsonFile::utf8(c.organisation.name)},
                           {"odsCode", JsonFile::utf8(c.organisation.odsCode)}};
    doc["framework"] = {{"id", JsonFile::utf8(framework.id)}, {"version", JsonFile::utf8(framework.version)}};
    doc["invitationId"] = JsonFile::utf8(c.invitationId);
    doc["names"] = c.names;
    nlohmann::ordered_json raters = nlohmann::ordered_json::array();
    for (const QString &r : c.raters)
        raters.push_back(JsonFile::utf8(r));
    doc["raters"] = raters;
    nlohmann::ordered_json notices = nlohmann::ordered_json::array();
    for (const QString &n : c.notices)
        notices.push_back(JsonFile::utf8(n));
    doc["notices"] = notices;
    nlohmann::ordered_json domains = nlohmann::ordered_json::array();
    for (const Consensus::DomainRange &d : c.domains)
        domains.push_back({{"domain", JsonFile::utf8(d.id)},
                           {"title", JsonFile::utf8(d.title)},
                           {"lowest", consensusScore(d.lowest)},
                           {"highest", consensusScore(d.highest)},
                           {"scored", d.scored},
                           {"unscored", d.unscored}});
    doc["domains"] = domains;
    nlohmann::ordered_json questions = nlohmann::ordered_json::array();
    for (const Disagreement *d : c.byDisagreement())
        questions.push_back(consensusQuestionJson(*d));
    for (const Disagreement *d : c.unanimous())
        questions.push_back(consensusQuestionJson(*d));
    for (const Disagreement &d : c.questions)
        if (d.answered() == 0)
            questions.push_back(consensusQuestionJson(d));
    doc["questions"] = questions;
    return doc;
}

QByteArray ConsensusJson::toBytes(const Consensus &c, const Framework &framework)
{
    return QByteArray::fromStdString(toJson(c, framework).dump(2)) + '\n';
}

} // namespace ahplead
