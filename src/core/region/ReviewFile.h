#pragma once

#include "core/base/Result.h"
#include "core/store/Store.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace ahplead {

// A region's review of one submission, sent back to the trust (`ahplead.review`,
// formatVersion 1): the status, the reviewer and comments per domain and overall.
struct Review {
    QString submissionUuid;
    Organisation organisation;
    QString status;
    QString reviewer;
    QDateTime reviewedAt;
    std::vector<ReviewComment> comments; // domainId empty for the overall comment
};

class ReviewFile {
public:
    static constexpr int CurrentFormatVersion = 1;
    static QByteArray write(const Review &review);
    static Result<Review> parse(const QByteArray &bytes, const QString &fileName);
    static Result<Review> fromJson(const nlohmann::json &doc, const QString &fileName);
};

} // namespace ahplead
