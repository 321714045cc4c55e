#include "PeerBenchmark.h"

#include "JsonFile.h"
#include "JsonReader.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace ahplead {

namespace {

std::string utf8(const QString &text) { return text.toStdString(); }

double round2(double v) { return std::round(v * 100.0) / 100.0; }

BenchmarkGroup buildGroup(const QString &type, const std::vector<const RegionOrganisation *> &members,
                          const RegionSummary &region)
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
    return group;
}

nlohmann::ordered_json statJson(const QuartileStat &s)
{
    nlohmann::ordered_json j;
    j["id"] = utf8(s.id);
    j["title"] = utf8(s.title);
    j["suppressed"] = s.suppressed;
    if (!s.suppressed) {
        j["organisations"] = s.organisations;
        j["q1"] = round2(s.q1);
        j["median"] = round2(s.median);
        j["q3"] = round2(s.q3);
    }
    return j;
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
            r.field("organisations").fail(QStringLiteral("a group of fewer than %1 must be suppressed").arg(PeerBenchmark::MinimumGroup));
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

PeerBenchmark PeerBenchmark::build(const RegionSummary &region)
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
    b.groups.push_back(buildGroup(QStringLiteral("all"), all, region));
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        b.groups.push_back(buildGroup(it.key(), it.value(), region));
    return b;
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
    doc["framework"] = {{"id", utf8(frameworkId)}, {"version", utf8(frameworkVersion)}};
    doc["createdAt"] = utf8(createdAt.toUTC().toString(Qt::ISODate));
    doc["minimumGroupSize"] = MinimumGroup;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const BenchmarkGroup &g : groups) {
        nlohmann::ordered_json j;
        j["organisationType"] = utf8(g.organisationType);
        j["suppressed"] = g.suppressed;
        if (!g.suppressed) {
            j["organisations"] = g.organisations;
            j["overall"] = statJson(g.overall);
            nlohmann::ordered_json domains = nlohmann::ordered_json::array();
            for (const QuartileStat &s : g.domains)
                domains.push_back(statJson(s));
            j["domains"] = domains;
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
            g.allowOnly({"organisationType", "suppressed", "organisations", "overall", "domains"});
            BenchmarkGroup group;
            group.organisationType = g.field("organisationType").nonEmptyString();
            group.suppressed = g.field("suppressed").boolean();
            if (!group.suppressed) {
                group.organisations = g.field("organisations").integer();
                if (group.organisations < MinimumGroup)
                    g.field("organisations").fail(QStringLiteral("a group of fewer than %1 must be suppressed").arg(MinimumGroup));
                group.overall = readStat(g.field("overall"));
                const JsonReader domains = g.field("domains");
                for (std::size_t d = 0; d < domains.size(); ++d)
                    group.domains.push_back(readStat(domains.at(d)));
            }
            b.groups.push_back(group);
        }
        return b;
    } catch (const JsonReadError &e) {
        return fail(e.message());
    }
}

} // namespace ahplead
