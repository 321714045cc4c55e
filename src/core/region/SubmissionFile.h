#pragma once

#include "core/assessment/FrameworkLibrary.h"
#include "core/assessment/ScoreCard.h"
#include "core/base/Result.h"
#include "core/region/Submission.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace ahplead {

// The `.ahplead` submission file: {format, formatVersion, digest, content}. The digest is
// SHA-256 over the canonical form of `content` (keys sorted, no white space, UTF-8), so a
// changed value anywhere in the content is detected on import (docs/formats.md).
// Older format versions are upgraded step by step when read.
class SubmissionFile {
public:
    static constexpr int CurrentFormatVersion = 1;

    static QByteArray write(const Submission &submission, const Framework &framework, const ScoreCard &card);
    static Result<Submission> parse(const QByteArray &bytes, const QString &fileName, const FrameworkLibrary &library);
    // BYTES, when given, are the file the document was parsed from: their content member is
    // hashed as written, which spares re-serialising it (the file is written canonically).
    static Result<Submission> fromJson(const nlohmann::json &doc, const QString &fileName,
                                       const FrameworkLibrary &library, const QByteArray *bytes = nullptr);

    // A submission from the canonical content a region stored (checked again, as on import).
    static Result<Submission> fromContent(const QByteArray &content, const QString &digest, const QString &name,
                                          const FrameworkLibrary &library);

    static QString digestOf(const nlohmann::json &content);
    static QString digestOf(QByteArrayView canonicalContent);
    // The canonical content (what the digest covers), as stored by a region.
    static QByteArray canonicalContent(const nlohmann::json &content);
    // The bytes of the content member as written at the end of a submission file, or empty.
    static QByteArrayView rawContent(const QByteArray &bytes);

private:
    static nlohmann::json upgradeFromVersion0(const nlohmann::json &doc, const QString &fileName);
};

} // namespace ahplead
