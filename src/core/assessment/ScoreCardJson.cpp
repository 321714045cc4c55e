#include "core/assessment/ScoreCardJson.h"

#include "core/assessment/Maturity.h"
#include "core/base/JsonFile.h"

#include <cmath>

namespace ahplead {

namespace {

using ojson = nlohmann::ordered_json;

// Scores to one decimal place: enough for people, stable across platforms.
ojson rounded(std::optional<double> value, double scale = 10.0)
{
    if (!value)
        return nullptr;
    return std::round(*value * scale) / scale;
}

ojson strings(const QStringList &list)
{
    ojson out = ojson::array();
    for (const QString &s : list)
        out.push_back(JsonFile::utf8(s));
    return out;
}

ojson level(int value)
{
    if (value < 0)
        return nullptr;
    return {{"level", value}, {"name", JsonFile::utf8(Maturity::name(value))}};
}

} // namespace

nlohmann::ordered_json ScoreCardJson::toJson(const ScoreCard &card, Detail detail)
{
    const bool full = detail == Detail::Full;
    ojson doc;
    doc["framework"] = {{"id", JsonFile::utf8(card.frameworkId)}, {"version", JsonFile::utf8(card.frameworkVersion)}};
    doc["overallScore"] = rounded(card.overallScore);
    doc["overallMaturity"] = level(card.overallLevel);
    if (!card.levelCapReason.isEmpty())
        doc["maturityCap"] = JsonFile::utf8(card.levelCapReason);
    doc["provisional"] = card.provisional;
    if (card.provisional)
        doc["provisionalReason"] = JsonFile::utf8(card.provisionalReason);
    doc["questions"] = card.questions;
    doc["answered"] = card.answered;
    doc["notApplicable"] = card.notApplicable;
    doc["flagged"] = card.flagged;
    doc["unansweredQuestions"] = strings(card.unansweredQuestions);

    ojson domains = ojson::array();
    for (const DomainScore &d : card.domains) {
        ojson entry;
        entry["id"] = JsonFile::utf8(d.id);
        if (full)
            entry["title"] = JsonFile::utf8(d.title);
        entry["score"] = rounded(d.score);
        entry["maturity"] = level(d.level);
        entry["provisional"] = d.provisional;
        entry["questions"] = d.questions;
        entry["answered"] = d.answered;
        entry["notApplicable"] = d.notApplicable;
        entry["unanswered"] = d.unanswered;
        entry["flagged"] = d.flagged;
        domains.push_back(entry);
    }
    doc["domains"] = domains;

    ojson recs = ojson::array();
    for (const RecommendationResult &r : card.recommendations) {
        ojson entry;
        entry["id"] = JsonFile::utf8(r.id);
        if (full)
            entry["title"] = JsonFile::utf8(r.title);
        entry["critical"] = r.critical;
        entry["status"] = JsonFile::utf8(toString(r.status));
        entry["ratio"] = rounded(r.ratio, 1000.0);
        if (!r.reason.isEmpty())
            entry["reason"] = JsonFile::utf8(r.reason);
        recs.push_back(entry);
    }
    doc["recommendations"] = recs;
    doc["criticalGaps"] = strings(card.criticalGaps);

    ojson actions = ojson::array();
    for (const Action &a : card.actions) {
        ojson entry;
        entry["rank"] = a.rank;
        entry["recommendation"] = JsonFile::utf8(a.recommendationId);
        if (full) {
            entry["title"] = JsonFile::utf8(a.title);
            entry["action"] = JsonFile::utf8(a.action);
        }
        entry["critical"] = a.critical;
        entry["status"] = JsonFile::utf8(toString(a.status));
        entry["priority"] = rounded(a.priority, 1000.0);
        if (full) {
            ojson cites = ojson::array();
            for (const Citation &c : a.citations)
                cites.push_back({{"document", JsonFile::utf8(c.document)}, {"section", JsonFile::utf8(c.section)}});
            entry["citations"] = cites;
        }
        actions.push_back(entry);
    }
    doc["actions"] = actions;
    return doc;
}

} // namespace ahplead
