#pragma once

#include "core/businesscase/BusinessCase.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace ahplead {

// Writes a business case as an `ahplead.businesscase` file. Keys come in the schema's order
// and lists in the model's order, so writing the same case twice gives the same bytes and
// BusinessCaseReader reads back exactly the case written. Whole numbers are written without
// a decimal point (91342, not 91342.0). Save the bytes with SaveFile::write.
class BusinessCaseWriter {
public:
    static nlohmann::ordered_json toJson(const BusinessCase &businessCase);
    static QByteArray toBytes(const BusinessCase &businessCase);
};

} // namespace ahplead
