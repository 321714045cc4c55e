#include "core/region/PeerBenchmark.h"

#include "core/base/JsonFile.h"
#include "core/base/JsonReader.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <set>

namespace ahplead {

namespace {

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

constexpr double MaximumMetricValue = 1e12;

// True when TEXT names an organisation of the region or gives its ODS code: such a metric
// name or id would say who reported it, so it never goes into the benchmark.
bool namesAnOrganisation(const QString &text, const RegionSummary &region)
{
    for (const RegionOrganisation &o : region.organisations)
        for (const QString &identity : {o.organisation.name.trimmed(), o.organisation.odsCode.trimmed()})
            if (!identity.isEmpty() && text.contains(identity, Qt::CaseInsensitive))
                return true;
    return false;
}

// The name most organisations gave a metric (the first in sort order on a tie).
QString commonName(const QStringList &names)
{
    QMap<QString, int> counts;
    for (const QString &name : names)
        if (!name.trimmed().isEmpty())
            ++counts[name.trimmed()];
    QString best;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            best = it.key();
            most = it.value();
        }
    return best;
}

std::vector<MetricQuartiles> metricQuartiles(const std::vector<const RegionOrganisation *> &members,
                                             const MetricsBySubmission &metrics, const RegionSummary &region)
{
    struct Reported {
        std::vector<double> values;
        QStringList names;
    };
    std::map<std::pair<QString, int>, Reported> byMetric; // (id, unit): one value per organisation
    for (const RegionOrganisation *o : members) {
        const auto found = metrics.find(o->latestSubmissionId);
        if (found == metrics.end())
            continue;
        std::set<std::pair<QString, int>> counted;
        for (const SubmittedMetric &m : found->second) {
            const std::pair<QString, int> key{m.id, int(m.unit)};
            if (!std::isfinite(m.value) || !counted.insert(key).second)
                continue;
            byMetric[key].values.push_back(m.value);
            byMetric[key].names << m.name;
        }
    }
    std::vector<MetricQuartiles> list;
    for (const auto &[key, reported] : byMetric) {
        if (namesAnOrganisation(key.first, region))
            continue;
        const QuartileStat q = PeerBenchmark::quartiles(key.first, QString(), reported.values);
        MetricQuartiles m;
        m.id = key.first;
        m.unit = MetricUnit(key.second);
        m.suppressed = q.suppressed;
        if (!m.suppressed) {
            const QString name = commonName(reported.names);
            m.name = name.isEmpty() || namesAnOrganisation(name, region) ? m.id : name;
            m.organisations = q.organisations;
            m.q1 = q.q1;
            m.median = q.median;
            m.q3 = q.q3;
        }
        list.push_back(m);
    }
    return list;
}

BenchmarkGroup buildGroup(const QString &type, const std::vector<const RegionOrganisation *> &members,
                          const RegionSummary &region, const MetricsBySubmission &metrics)
{
    BenchmarkGroup group;
    group.organisationType = type;
    group.suppressed = int(members.size()) < PeerBenchmark::MinimumGroup;
    if (group.suppressed)
        return group;
    group.organisations = int(members.size());
    std::vector<double> overall;
    for (const RegionOrganisation *o : members)
        if (o->overallScore)
            overall.push_back(*o->overallScore);
    group.overall = PeerBenchmark::quartiles(QStringLiteral("overall"), QStringLiteral("Overall"), overall);
    for (int d = 0; d < region.domainIds.size(); ++d) {
        std::vector<double> values;
        for (const RegionOrganisation *o : members)
            if (std::size_t(d) < o->domainScores.size() && o->domainScores[std::size_t(d)])
                values.push_back(*o->domainScores[std::size_t(d)]);
        group.domains.push_back(PeerBenchmark::quartiles(region.domainIds[d], region.domainTitles[d], values));
    }
    group.metrics = metricQuartiles(members, metrics, region);
    return group;
}

nlohmann::ordered_json statJson(const QuartileStat &s)
{
    nlohmann::ordered_json j;
    j["id"] = JsonFile::utf8(s.id);
    j["title"] = JsonFile::utf8(s.title);
    j["suppressed"] = s.suppressed;
    if (!s.suppressed) {
        j["organisations"] = s.organisations;
        j["q1"] = round2(s.q1);
        j["median"] = round2(s.median);
        j["q3"] = round2(s.q3);
    }
    return j;
}

nlohmann::ordered_json metricJson(const MetricQuartiles &m)
{
    nlohmann::ordered_json j;
    j["id"] = JsonFile::utf8(m.id);
    j["unit"] = JsonFile::utf8(enumId(m.unit));
    j["suppressed"] = m.suppressed;
    if (!m.suppressed) {
        j["name"] = JsonFile::utf8(m.name);
        j["organisations"] = m.organisations;
        j["q1"] = round2(m.q1);
        j["median"] = round2(m.median);
        j["q3"] = round2(m.q3);
    }
    return j;
}

MetricQuartiles readQuartiles(const JsonReader &r)
{
    r.allowOnly({"id", "name", "unit", "suppressed", "organisations", "q1", "median", "q3"});
    MetricQuartiles m;
    m.id = r.field("id").nonEmptyString();
    const QString unit = r.field("unit").string();
    const std::optional<MetricUnit> known = enumFromId<MetricUnit>(unit);
    if (!known)
        r.field("unit").fail(QStringLiteral("\"%1\" is not one of %2").arg(unit, enumIds<MetricUnit>()));
    m.unit = *known;
    m.suppressed = r.field("suppressed").boolean();
    if (m.suppressed)
        return m;
    m.name = r.field("name").string();
    m.organisations = r.field("organisations").integer();
    if (m.organisations < PeerBenchmark::MinimumGroup)
        r.field("organisations")
            .fail(QStringLiteral("a group of fewer than %1 must be suppressed").arg(PeerBenchmark::MinimumGroup));
    // Bounded so that rounding on writing back (the store keeps what it imported) stays finite,
    // for the same reason scores are bounded in readStat.
    for (const char *key : {"q1", "median", "q3"}) {
        const double v = r.field(key).number();
        if (std::fabs(v) > MaximumMetricValue)
            r.field(key).fail(QStringLiteral("a metric figure must be between -%1 and %1, found %2")
                                  .arg(MaximumMetricValue, 0, 'g', 3)
                                  .arg(v));
    }
    m.q1 = r.field("q1").number();
    m.median = r.field("median").number();
    m.q3 = r.field("q3").number();
    return m;
}

QuartileStat readStat(const JsonReader &r)
{
    r.allowOnly({"id", "title", "suppressed", "organisations", "q1", "median", "q3"});
    QuartileStat s;
    s.id = r.field("id").nonEmptyString();
    s.title = r.field("title").string();
    s.suppressed = r.field("suppressed").boolean();
    if (!s.suppressed) {
        s.organisations = r.field("organisations").integer();
        if (s.organisations < PeerBenchmark::MinimumGroup)
            r.field("organisations")
                .fail(QStringLiteral("a group of fewer than %1 must be suppressed").arg(PeerBenchmark::MinimumGroup));
        // Scores run from 0 to 100. Anything else is refused here: a value like 1e308 became
        // null when the imported benchmark was kept (rounded) in the store, which could then
        // no longer read it back (found by the benchmark fuzz check; tests/fuzz/regressions).
        for (const char *key : {"q1", "median", "q3"}) {
            const double v = r.field(key).number();
            if (v < 0 || v > 100)
                r.field(key).fail(QStringLiteral("a score must be between 0 and 100, found %1").arg(v));
        }
        s.q1 = r.field("q1").number();
        s.median = r.field("median").number();
        s.q3 = r.field("q3").number();
    }
    return s;
}

} // namespace

QuartileStat PeerBenchmark::quartiles(QString id, QString title, std::vector<double> values)
{
    QuartileStat s;
    s.id = std::move(id);
    s.title = std::move(title);
    s.suppressed = int(values.size()) < MinimumGroup;
    if (s.suppressed)
        return s;
    s.organisations = int(values.size());
    std::sort(values.begin(), values.end());
    auto at = [&](double p) {
        const double pos = p * double(values.size() - 1);
        const std::size_t lo = std::size_t(std::floor(pos));
        const std::size_t hi = std::min(lo + 1, values.size() - 1);
        return values[lo] + (pos - double(lo)) * (values[hi] - values[lo]);
    };
    s.q1 = at(0.25);
    s.median = at(0.5);
    s.q3 = at(0.75);
    return s;
}

PeerBenchmark PeerBenchmark::build(const RegionSummary &region, const MetricsBySubmission &metrics)
{
    PeerBenchmark b;
    b.frameworkId = region.frameworkId;
    b.frameworkVersion = region.frameworkVersion;
    b.createdAt = QDateTime::currentDateTimeUtc();
    std::vector<const RegionOrganisation *> all;
    QMap<QString, std::vector<const RegionOrganisation *>> byType;
    for (const RegionOrganisation &o : region.organisations) {
        all.push_back(&o);
        byType[o.organisation.type.isEmpty() ? QStringLiteral("other") : o.organisation.type].push_back(&o);
    }
    b.groups.push_back(buildGroup(QStringLiteral("all"), all, region, metrics));
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        b.groups.push_back(buildGroup(it.key(), it.value(), region, metrics));
    return b;
}

const MetricQuartiles *BenchmarkGroup::metric(const QString &id, MetricUnit unit) const
{
    for (const MetricQuartiles &m : metrics)
        if (m.id == id && m.unit == unit)
            return &m;
    return nullptr;
}

const BenchmarkGroup *PeerBenchmark::group(const QString &organisationType) const
{
    for (const BenchmarkGroup &g : groups)
        if (g.organisationType == organisationType)
            return &g;
    return nullptr;
}

QByteArray PeerBenchmark::write() const
{
    nlohmann::ordered_json doc;
    doc["format"] = "ahplead.benchmark";
    doc["formatVersion"] = CurrentFormatVersion;
    doc["framework"] = {{"id", JsonFile::utf8(frameworkId)}, {"version", JsonFile::utf8(frameworkVersion)}};
    doc["createdAt"] = JsonFile::utf8(createdAt.toUTC().toString(Qt::ISODate));
    doc["minimumGroupSize"] = MinimumGroup;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const BenchmarkGroup &g : groups) {
        nlohmann::ordered_json j;
        j["organisationType"] = JsonFile::utf8(g.organisationType);
        j["suppressed"] = g.suppressed;
        if (!g.suppressed) {
            j["organisations"] = g.organisations;
            j["overall"] = statJson(g.overall);
            nlohmann::ordered_json domains = nlohmann::ordered_json::array();
            for (const QuartileStat &s : g.domains)
                domains.push_back(statJson(s));
            j["domains"] = domains;
            // Left out when no organisation sent business-case metrics, so such a file reads as before.
            if (!g.metrics.empty()) {
                nlohmann::ordered_json metricList = nlohmann::ordered_json::array();
                for (const MetricQuartiles &m : g.metrics)
                    metricList.push_back(metricJson(m));
                j["metrics"] = metricList;
            }
        }
        list.push_back(j);
    }
    doc["groups"] = list;
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

Result<PeerBenchmark> PeerBenchmark::parse(const QByteArray &bytes, const QString &fileName)
{
    auto doc = JsonFile::parse(bytes, fileName);
    if (!doc)
        return doc.error();
    return fromJson(doc.value(), fileName);
}

Result<PeerBenchmark> PeerBenchmark::fromJson(const nlohmann::json &doc, const QString &fileName)
{
    try {
        const JsonReader root(doc, fileName);
        root.requireObject();
        if (root.field("format").string() != QLatin1String("ahplead.benchmark"))
            root.field("format").fail(QStringLiteral("expected \"ahplead.benchmark\""));
        const int version = root.field("formatVersion").integer();
        if (version != CurrentFormatVersion)
            root.field("formatVersion").fail(QStringLiteral("this version of ahplead reads benchmark format 1 only"));
        root.allowOnly({"format", "formatVersion", "framework", "createdAt", "minimumGroupSize", "groups"});
        PeerBenchmark b;
        const JsonReader fw = root.field("framework");
        fw.allowOnly({"id", "version"});
        b.frameworkId = fw.field("id").nonEmptyString();
        b.frameworkVersion = fw.field("version").nonEmptyString();
        b.createdAt = QDateTime::fromString(root.field("createdAt").string(), Qt::ISODate);
        if (!b.createdAt.isValid())
            root.field("createdAt").fail(QStringLiteral("expected a date and time"));
        const JsonReader groups = root.field("groups");
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const JsonReader g = groups.at(i);
            g.allowOnly({"organisationType", "suppressed", "organisations", "overall", "domains", "metrics"});
            BenchmarkGroup group;
            group.organisationType = g.field("organisationType").nonEmptyString();
            group.suppressed = g.field("suppressed").boolean();
            if (!group.suppressed) {
                group.organisations = g.field("organisations").integer();
                if (group.organisations < MinimumGroup)
                    g.field("organisations")
                        .fail(QStringLiteral("a group of fewer than %1 must be suppressed").arg(MinimumGroup));
                group.overall = readStat(g.field("overall"));
                const JsonReader domains = g.field("domains");
                for (std::size_t d = 0; d < domains.size(); ++d)
                    group.domains.push_back(readStat(domains.at(d)));
                if (g.has("metrics")) {
                    const JsonReader metrics = g.field("metrics");
                    for (std::size_t m = 0; m < metrics.size(); ++m)
                        group.metrics.push_back(readQuartiles(metrics.at(m)));
                }
            }
            b.groups.push_back(group);
        }
        return b;
    } catch (const JsonReadError &e) {
        return fail(e.message());
    }
}

} // namespace ahplead
