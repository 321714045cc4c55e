#pragma once

#include "core/base/Result.h"
#include "core/region/BusinessCaseMetrics.h"
#include "core/region/RegionSummary.h"

#include <QByteArray>
#include <QDateTime>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <vector>

namespace ahplead {

struct QuartileStat {
    QString id; // a domain id, or "overall"
    QString title;
    int organisations = 0;
    bool suppressed = false; // fewer than MinimumGroup values: no figures given
    double q1 = 0, median = 0, q3 = 0;
};

// Quartiles of one business-case metric (id and unit) across the organisations that reported it.
struct MetricQuartiles {
    QString id;
    QString name; // the name most organisations gave it; empty when suppressed
    MetricUnit unit = MetricUnit::Count;
    int organisations = 0;
    bool suppressed = false; // fewer than MinimumGroup organisations: no figures given
    double q1 = 0, median = 0, q3 = 0;
};

struct BenchmarkGroup {
    QString organisationType; // "all" for every type together
    bool suppressed = false;
    int organisations = 0; // 0 when suppressed
    QuartileStat overall;
    std::vector<QuartileStat> domains;
    std::vector<MetricQuartiles> metrics; // by id, then unit; none in older files

    const MetricQuartiles *metric(const QString &id, MetricUnit unit) const;
};

// Each organisation's business-case metrics, keyed by the id of its latest submission
// (RegionOrganisation::latestSubmissionId).
using MetricsBySubmission = std::map<qint64, std::vector<SubmittedMetric>>;

// The anonymised peer benchmark a region shares with its trusts (`ahplead.benchmark`):
// quartiles of scores per organisation type, with no names or codes, and any group of
// fewer than five organisations suppressed so no trust can be picked out.
struct PeerBenchmark {
    static constexpr int MinimumGroup = 5;
    static constexpr int CurrentFormatVersion = 1;

    QString frameworkId;
    QString frameworkVersion;
    QDateTime createdAt;
    std::vector<BenchmarkGroup> groups;

    static PeerBenchmark build(const RegionSummary &region, const MetricsBySubmission &metrics = {});
    // Inclusive quartiles by linear interpolation (as spreadsheets' QUARTILE.INC).
    static QuartileStat quartiles(QString id, QString title, std::vector<double> values);

    const BenchmarkGroup *group(const QString &organisationType) const;

    QByteArray write() const;
    static Result<PeerBenchmark> parse(const QByteArray &bytes, const QString &fileName);
    static Result<PeerBenchmark> fromJson(const nlohmann::json &doc, const QString &fileName);
};

} // namespace ahplead
