#pragma once

#include "core/base/Result.h"
#include "core/businesscase/PayScaleYear.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace ahplead {

// Reads one `ahplead.paycosts` file (data/costs/*.json): a year of Agenda for Change pay
// scales with its dated, sourced on-cost parameters. A user may edit or add such a file
// without rebuilding, so every figure is checked and every refusal names the file, the
// JSON pointer and what was expected.
class PayScaleReader {
public:
    static constexpr int CurrentFormatVersion = 1;

    static Result<PayScaleYear> read(const QString &path);
    static Result<PayScaleYear> parse(const QByteArray &bytes, const QString &fileName);
    static Result<PayScaleYear> fromJson(const nlohmann::json &doc, const QString &fileName);
};

} // namespace ahplead
