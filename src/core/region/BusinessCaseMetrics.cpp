#include "core/region/BusinessCaseMetrics.h"

#include "core/base/JsonFile.h"
#include "core/store/Store.h"

#include <algorithm>
#include <cmath>

namespace ahplead {

namespace {

SubmittedMetric submitted(const Metric &m)
{
    return {m.id, m.name, m.unit, m.value, m.better, m.period};
}

template <typename E> E readEnum(const JsonReader &r)
{
    const std::optional<E> value = enumFromId<E>(r.string());
    if (!value)
        r.fail(QStringLiteral("%1 is not one of %2").arg(JsonReader::describe(r.node()), enumIds<E>()));
    return *value;
}

} // namespace

std::vector<SubmittedMetric> BusinessCaseMetrics::of(const BusinessCase &bc)
{
    std::vector<SubmittedMetric> list;
    if (bc.workforce.costPerWau)
        list.push_back(submitted(*bc.workforce.costPerWau));
    for (const Metric &m : bc.workforceMetrics)
        list.push_back(submitted(m));
    for (const Metric &m : bc.qualityMetrics)
        list.push_back(submitted(m));
    return list;
}

Result<std::optional<qint64>> BusinessCaseMetrics::latestCaseOf(const Store &store, const Organisation &organisation)
{
    auto cases = store.businessCases();
    if (!cases)
        return cases.error();
    std::vector<BusinessCaseSummary> newestFirst = std::move(cases).value();
    // The later id wins a tie: two saves within one clock tick.
    std::sort(newestFirst.begin(), newestFirst.end(), [](const BusinessCaseSummary &a, const BusinessCaseSummary &b) {
        return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id > b.id;
    });
    for (const BusinessCaseSummary &summary : newestFirst) {
        auto bc = store.businessCase(summary.id);
        if (!bc)
            return bc.error();
        if (bc->organisation.sameAs(organisation))
            return std::optional<qint64>(summary.id);
    }
    return std::optional<qint64>();
}

nlohmann::json BusinessCaseMetrics::toJson(const std::vector<SubmittedMetric> &metrics)
{
    nlohmann::json list = nlohmann::json::array();
    for (const SubmittedMetric &m : metrics) {
        nlohmann::json j;
        j["id"] = JsonFile::utf8(m.id);
        j["name"] = JsonFile::utf8(m.name);
        j["unit"] = JsonFile::utf8(enumId(m.unit));
        j["value"] = m.value;
        j["better"] = JsonFile::utf8(enumId(m.better));
        j["period"] = JsonFile::utf8(m.period);
        list.push_back(j);
    }
    return list;
}

std::vector<SubmittedMetric> BusinessCaseMetrics::read(const JsonReader &list)
{
    std::vector<SubmittedMetric> metrics;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const JsonReader r = list.at(i);
        r.allowOnly({"id", "name", "unit", "value", "better", "period"});
        SubmittedMetric m;
        m.id = r.field("id").nonEmptyString();
        m.name = r.optionalString("name");
        m.unit = readEnum<MetricUnit>(r.field("unit"));
        m.value = r.field("value").number();
        m.better = r.has("better") ? readEnum<Direction>(r.field("better")) : Direction::Neither;
        m.period = r.optionalString("period");
        metrics.push_back(m);
    }
    return metrics;
}

Result<std::vector<SubmittedMetric>> BusinessCaseMetrics::fromContent(const QByteArray &content, const QString &name)
{
    auto doc = JsonFile::parse(content, name);
    if (!doc)
        return doc.error();
    try {
        const JsonReader root(doc.value(), name);
        root.requireObject();
        if (!root.has("businessCaseMetrics"))
            return std::vector<SubmittedMetric>();
        return read(root.field("businessCaseMetrics"));
    } catch (const JsonReadError &e) {
        return fail(e.message());
    }
}

} // namespace ahplead
