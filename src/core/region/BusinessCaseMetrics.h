#pragma once

#include "core/assessment/Assessment.h"
#include "core/base/JsonReader.h"
#include "core/base/Result.h"
#include "core/businesscase/BusinessCase.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace ahplead {

class Store;

// One metric of a trust's business case as its submission carries it to the region, so the
// region's peer benchmark can give quartiles of it (docs/formats.md, businessCaseMetrics).
struct SubmittedMetric {
    QString id;
    QString name;
    MetricUnit unit = MetricUnit::Count;
    double value = 0.0;
    Direction better = Direction::Neither;
    QString period;
    bool operator==(const SubmittedMetric &) const = default;
};

// The business-case metrics a submission carries: which case they come from, how they are
// written into the digested content and read back.
class BusinessCaseMetrics {
public:
    // The case's metrics in the order the document shows them (cost per WAU first).
    static std::vector<SubmittedMetric> of(const BusinessCase &businessCase);

    // The id of the organisation's most recently changed business case in the store, or
    // nothing. A case belongs to the organisation when their ODS codes match, or, when either
    // has no code, when their names match (ignoring case and surrounding spaces).
    static Result<std::optional<qint64>> latestCaseOf(const Store &store, const Organisation &organisation);

    static nlohmann::json toJson(const std::vector<SubmittedMetric> &metrics);
    // LIST is the businessCaseMetrics array; throws JsonReadError naming the place of a fault.
    static std::vector<SubmittedMetric> read(const JsonReader &list);
    // The metrics in a submission's stored canonical content; none when it carries none.
    static Result<std::vector<SubmittedMetric>> fromContent(const QByteArray &content, const QString &name);
};

} // namespace ahplead
