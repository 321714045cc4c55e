#include "core/region/SubmissionFile.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "core/assessment/ScoreCardJson.h"
#include "core/base/JsonFile.h"
#include "core/base/JsonReader.h"
#include "core/base/Sha256.h"

#include <QRegularExpression>

namespace ahplead {

namespace {

QString readUuid(const JsonReader &r)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QString uuid = r.string();
    if (!pattern.match(uuid).hasMatch())
        r.fail(QStringLiteral("\"%1\" is not a submission id (a UUID such as 3f2b9c4e-...)").arg(uuid));
    return uuid;
}

} // namespace

QByteArray SubmissionFile::canonicalContent(const nlohmann::json &content)
{
    // nlohmann::json keeps object keys sorted, so dump() without indentation is canonical.
    return QByteArray::fromStdString(content.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict));
}

QString SubmissionFile::digestOf(QByteArrayView canonical)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(Sha256::hash(canonical).toHex());
}

QString SubmissionFile::digestOf(const nlohmann::json &content)
{
    return digestOf(QByteArrayView(canonicalContent(content)));
}

QByteArrayView SubmissionFile::rawContent(const QByteArray &bytes)
{
    // The writer puts "content" last: {"format":…,"digest":…,\n "content":{…}}\n. The
    // canonical content holds no line break, so the marker's first place is its only one in a
    // file as written, and it is near the start (searching from the end would read the whole
    // file). Any other file fails the digest here and is checked the slow way.
    static const QByteArray marker("\n \"content\": ");
    const qsizetype start = bytes.indexOf(marker);
    qsizetype end = bytes.size();
    while (end > 0 && (bytes.at(end - 1) == '\n' || bytes.at(end - 1) == ' '))
        --end;
    if (start < 0 || end <= start + marker.size() + 1 || bytes.at(end - 1) != '}')
        return {};
    return QByteArrayView(bytes).sliced(start + marker.size(), end - 1 - (start + marker.size()));
}

QByteArray SubmissionFile::write(const Submission &s, const Framework &framework, const ScoreCard &card)
{
    nlohmann::json content;
    content["uuid"] = JsonFile::utf8(s.uuid);
    content["submittedAt"] = JsonFile::utf8(s.submittedAt.toUTC().toString(Qt::ISODateWithMs));
    content["submitter"] = {{"name", JsonFile::utf8(s.submitter.name)}, {"role", JsonFile::utf8(s.submitter.role)}};
    content["revision"] = s.revision;
    content["framework"] = {{"id", JsonFile::utf8(framework.id)}, {"version", JsonFile::utf8(framework.version)}};
    content["assessment"] = nlohmann::json::parse(AssessmentWriter::toJson(s.assessment, framework).dump());
    content["scoreCard"] = nlohmann::json::parse(ScoreCardJson::toJson(card, ScoreCardJson::Detail::Brief).dump());
    // Inside the content, so the digest covers them; left out when there are none, so a
    // submission without a business case is written as before.
    if (!s.businessCaseMetrics.empty())
        content["businessCaseMetrics"] = BusinessCaseMetrics::toJson(s.businessCaseMetrics);

    // The content is written in its canonical form, so a reader can hash the bytes as they
    // stand; the few members before it keep the file's head readable.
    const QByteArray canonical = canonicalContent(content);
    return QByteArrayLiteral("{\"format\": \"ahplead.submission\",\n \"formatVersion\": ") +
           QByteArray::number(CurrentFormatVersion) + QByteArrayLiteral(",\n \"digest\": \"") +
           digestOf(QByteArrayView(canonical)).toLatin1() + QByteArrayLiteral("\",\n \"content\": ") + canonical +
           QByteArrayLiteral("}\n");
}

// Format version 0 was the pilot layout: {"sha256": hex, "submission": {"id", "submitted",
// "submittedBy", "assessment"}}, its digest over the canonical "submission" object.
nlohmann::json SubmissionFile::upgradeFromVersion0(const nlohmann::json &doc, const QString &fileName)
{
    const JsonReader root(doc, fileName);
    root.allowOnly({"format", "formatVersion", "sha256", "submission"});
    const JsonReader sub = root.field("submission");
    sub.allowOnly({"id", "submitted", "submittedBy", "assessment"});
    const QString expected = QStringLiteral("sha256:") + root.field("sha256").string();
    if (digestOf(sub.node()) != expected)
        root.field("sha256").fail(QStringLiteral("the content does not match its digest: the file was changed after "
                                                 "it was submitted, or damaged on the way"));
    nlohmann::json content;
    content["uuid"] = sub.field("id").node();
    content["submittedAt"] = sub.field("submitted").node();
    content["submitter"] = {{"name", sub.field("submittedBy").node()}, {"role", ""}};
    content["revision"] = 1;
    content["framework"] = sub.field("assessment").field("framework").node();
    content["assessment"] = sub.field("assessment").node();
    nlohmann::json upgraded;
    upgraded["format"] = "ahplead.submission";
    upgraded["formatVersion"] = 1;
    upgraded["digest"] = JsonFile::utf8(digestOf(content));
    upgraded["content"] = content;
    return upgraded;
}

Result<Submission> SubmissionFile::fromContent(const QByteArray &content, const QString &digest, const QString &name,
                                               const FrameworkLibrary &library)
{
    const QByteArray file = QByteArrayLiteral("{\"format\": \"ahplead.submission\",\n \"formatVersion\": ") +
                            QByteArray::number(CurrentFormatVersion) + QByteArrayLiteral(",\n \"digest\": \"") +
                            digest.toLatin1() + QByteArrayLiteral("\",\n \"content\": ") + content +
                            QByteArrayLiteral("}\n");
    return parse(file, name, library);
}

Result<Submission> SubmissionFile::parse(const QByteArray &bytes, const QString &fileName,
                                         const FrameworkLibrary &library)
{
    auto doc = JsonFile::parse(bytes, fileName);
    if (!doc)
        return doc.error();
    return fromJson(doc.value(), fileName, library, &bytes);
}

Result<Submission> SubmissionFile::fromJson(const nlohmann::json &input, const QString &fileName,
                                            const FrameworkLibrary &library, const QByteArray *bytes)
{
    try {
        const JsonReader head(input, fileName);
        head.requireObject();
        const JsonReader format = head.field("format");
        if (!format.node().is_string() || format.string() != QLatin1String("ahplead.submission"))
            format.fail(QStringLiteral("%1 is not \"ahplead.submission\"; is this a submission file?")
                            .arg(JsonReader::describe(format.node())));
        const int version = head.field("formatVersion").integer();
        if (version > CurrentFormatVersion)
            head.field("formatVersion")
                .fail(QStringLiteral("the file is format version %1, written by a newer ahplead; this version reads "
                                     "versions up to %2. Update ahplead to import it.")
                          .arg(version)
                          .arg(CurrentFormatVersion));
        if (version < 0)
            head.field("formatVersion").fail(QStringLiteral("%1 is not a format version").arg(version));

        // One upgrade step per older version, each checking the digest of its own layout.
        // A current file is read in place: copying its whole tree cost a sixth of an import.
        nlohmann::json upgraded;
        if (version == 0)
            upgraded = upgradeFromVersion0(input, fileName);
        const nlohmann::json &doc = version == 0 ? upgraded : input;
        const JsonReader root(doc, fileName);
        root.allowOnly({"format", "formatVersion", "digest", "content"});

        const JsonReader content = root.field("content");
        content.requireObject();
        const QString digest = root.field("digest").string();
        // The bytes as written match when the file is as ahplead wrote it; a file that was
        // re-indented (or upgraded) is checked by re-serialising its content instead.
        const QByteArrayView raw = bytes && version == CurrentFormatVersion ? rawContent(*bytes) : QByteArrayView();
        const bool rawMatches = !raw.isEmpty() && digestOf(raw) == digest;
        const QByteArray canonical = rawMatches ? raw.toByteArray() : canonicalContent(content.node());
        if (!rawMatches && digestOf(QByteArrayView(canonical)) != digest)
            root.field("digest").fail(QStringLiteral("the content does not match its digest: the file was changed "
                                                     "after it was submitted, or damaged on the way"));
        content.allowOnly({"uuid", "submittedAt", "submitter", "revision", "framework", "assessment", "scoreCard",
                           "businessCaseMetrics"});

        Submission s;
        s.digest = digest;
        s.content = canonical;
        s.uuid = readUuid(content.field("uuid"));
        s.submittedAt = content.field("submittedAt").timestamp();
        const JsonReader submitter = content.field("submitter");
        submitter.allowOnly({"name", "role"});
        s.submitter = {submitter.field("name").nonEmptyString(), submitter.optionalString("role")};
        s.revision = content.field("revision").integer();
        if (s.revision < 1)
            content.field("revision").fail(QStringLiteral("a revision number starts at 1"));

        // The embedded assessment is an ordinary assessment file, read by the same reader;
        // its messages are re-rooted at /content/assessment so they point into this file.
        auto assessment = AssessmentReader::fromJson(content.field("assessment").node(), QString(), library);
        if (!assessment)
            return fail(QStringLiteral("%1: /content/assessment%2").arg(fileName, assessment.message()));
        s.assessment = std::move(assessment).value();
        const JsonReader fw = content.field("framework");
        if (fw.field("id").string() != s.assessment.frameworkId ||
            fw.field("version").string() != s.assessment.frameworkVersion)
            fw.fail(QStringLiteral("does not match the framework of the assessment it holds"));
        s.assessment.status = QStringLiteral("submitted");
        if (content.has("businessCaseMetrics"))
            s.businessCaseMetrics = BusinessCaseMetrics::read(content.field("businessCaseMetrics"));
        return s;
    } catch (const JsonReadError &e) {
        return fail(e.message());
    }
}

} // namespace ahplead
