#include "core/region/ReviewFile.h"

#include "core/base/JsonFile.h"
#include "core/base/JsonReader.h"

namespace ahplead {

namespace {
} // namespace

QByteArray ReviewFile::write(const Review &review)
{
    nlohmann::ordered_json doc;
    doc["format"] = "ahplead.review";
    doc["formatVersion"] = CurrentFormatVersion;
    doc["submission"] = JsonFile::utf8(review.submissionUuid);
    doc["organisation"] = {{"name", JsonFile::utf8(review.organisation.name)},
                           {"odsCode", JsonFile::utf8(review.organisation.odsCode)}};
    doc["status"] = JsonFile::utf8(review.status);
    doc["reviewer"] = JsonFile::utf8(review.reviewer);
    doc["reviewedAt"] = JsonFile::utf8(review.reviewedAt.toUTC().toString(Qt::ISODateWithMs));
    nlohmann::ordered_json comments = nlohmann::ordered_json::array();
    for (const ReviewComment &c : review.comments) {
        nlohmann::ordered_json entry;
        entry["domain"] = JsonFile::utf8(c.domainId);
        entry["comment"] = JsonFile::utf8(c.comment);
        entry["author"] = JsonFile::utf8(c.author);
        comments.push_back(entry);
    }
    doc["comments"] = comments;
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

Result<Review> ReviewFile::parse(const QByteArray &bytes, const QString &fileName)
{
    auto doc = JsonFile::parse(bytes, fileName);
    if (!doc)
        return doc.error();
    return fromJson(doc.value(), fileName);
}

Result<Review> ReviewFile::fromJson(const nlohmann::json &doc, const QString &fileName)
{
    try {
        const JsonReader root(doc, fileName);
        root.requireObject();
        if (root.field("format").string() != QLatin1String("ahplead.review"))
            root.field("format").fail(QStringLiteral("expected \"ahplead.review\""));
        const int version = root.field("formatVersion").integer();
        if (version != CurrentFormatVersion)
            root.field("formatVersion")
                .fail(version > CurrentFormatVersion
                          ? QStringLiteral("the file is format version %1, written by a newer ahplead; update ahplead "
                                           "to import it")
                                .arg(version)
                          : QStringLiteral("%1 is not a format version of review files").arg(version));
        root.allowOnly(
            {"format", "formatVersion", "submission", "organisation", "status", "reviewer", "reviewedAt", "comments"});
        Review review;
        review.submissionUuid = root.field("submission").nonEmptyString();
        const JsonReader org = root.field("organisation");
        org.allowOnly({"name", "odsCode"});
        review.organisation.name = org.field("name").string();
        review.organisation.odsCode = org.optionalString("odsCode");
        review.status = root.field("status").string();
        if (!SubmissionRecord::reviewStatuses().contains(review.status))
            root.field("status").fail(
                QStringLiteral("\"%1\" is not one of %2")
                    .arg(review.status, SubmissionRecord::reviewStatuses().join(QStringLiteral(", "))));
        review.reviewer = root.field("reviewer").string();
        const QString at = root.field("reviewedAt").string();
        review.reviewedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
        if (!review.reviewedAt.isValid())
            root.field("reviewedAt").fail(QStringLiteral("\"%1\" is not a date and time").arg(at));
        const JsonReader comments = root.field("comments");
        for (std::size_t i = 0; i < comments.size(); ++i) {
            const JsonReader c = comments.at(i);
            c.allowOnly({"domain", "comment", "author"});
            review.comments.push_back({c.field("domain").string(), c.field("comment").string(),
                                       c.optionalString("author"), review.reviewedAt});
        }
        return review;
    } catch (const JsonReadError &e) {
        return fail(e.message());
    }
}

} // namespace ahplead
