#pragma once

#include "core/assessment/Framework.h"
#include "core/rating/Consensus.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace ahplead {

// The consensus as an `ahplead.consensus` file (data/schema/consensus.schema.json,
// docs/formats.md): for other programs, so figures are numbers and answers are their ids.
// Questions are in the order of the report: largest disagreement first, then those all
// answered alike, then those no one answered, each group in framework order.
class ConsensusJson {
public:
    static constexpr int CurrentFormatVersion = 1;
    static nlohmann::ordered_json toJson(const Consensus &consensus, const Framework &framework);
    static QByteArray toBytes(const Consensus &consensus, const Framework &framework);
};

} // namespace ahplead
