#include "core/assessment/AssessmentReader.h"

#include "core/assessment/ActionTracking.h"
#include "core/assessment/RaterJson.h"
#include "core/base/JsonFile.h"
#include "core/base/JsonReader.h"

#include <algorithm>

namespace ahplead {

namespace {

QString readBoundedString(const JsonReader &r, int maxLength)
{
    const QString text = r.string();
    if (text.size() > maxLength)
        r.fail(QStringLiteral("is %1 characters long; at most %2 are allowed").arg(text.size()).arg(maxLength));
    return text;
}

Organisation readOrganisation(const JsonReader &r)
{
    r.allowOnly({"name", "odsCode", "ics", "region", "type"});
    Organisation org;
    org.name = r.field("name").nonEmptyString();
    if (org.name.size() > 500)
        r.field("name").fail(QStringLiteral("is longer than 500 characters"));
    org.odsCode = r.has("odsCode") ? readBoundedString(r.field("odsCode"), 20) : QString();
    org.ics = r.has("ics") ? readBoundedString(r.field("ics"), 500) : QString();
    org.region = r.has("region") ? readBoundedString(r.field("region"), 500) : QString();
    org.type = r.optionalString("type");
    if (!Assessment::organisationTypes().contains(org.type))
        r.field("type").fail(QStringLiteral("\"%1\" is not one of %2")
                                 .arg(org.type, Assessment::organisationTypes().mid(1).join(QStringLiteral(", "))));
    return org;
}

Answer readAnswer(const JsonReader &r, const Framework &fw)
{
    r.allowOnly({"question", "value", "evidence", "flagged", "updatedAt", "updatedBy"});
    Answer answer;
    const JsonReader questionField = r.field("question");
    answer.questionId = questionField.string();
    const Question *question = fw.question(answer.questionId);
    if (!question)
        questionField.fail(QStringLiteral("\"%1\" is not a question of framework %2").arg(answer.questionId, fw.key()));
    const JsonReader valueField = r.field("value");
    const auto value = answerValueFromString(valueField.node().is_string() ? valueField.string() : QString());
    if (!value)
        valueField.fail(
            QStringLiteral("%1 is not one of %2").arg(JsonReader::describe(valueField.node()), allAnswerValues()));
    if (*value == AnswerValue::NotApplicable && !question->allowNotApplicable)
        valueField.fail(QStringLiteral("question %1 cannot be answered not_applicable; expected one of "
                                       "not_in_place, partial, in_place")
                            .arg(answer.questionId));
    answer.value = *value;
    answer.evidence = r.has("evidence") ? readBoundedString(r.field("evidence"), 100000) : QString();
    answer.flagged = r.optionalBool("flagged", false);
    if (r.has("updatedAt"))
        answer.updatedAt = r.field("updatedAt").timestamp();
    answer.updatedBy = r.optionalString("updatedBy");
    return answer;
}

// The questions A still has to agree, once its rating block and answers are read.
void readToAgree(const JsonReader &r, const Framework &fw, Assessment &a)
{
    // A rating is one member's own view: only the board's merged draft has questions to agree.
    if (a.rating)
        r.fail(QStringLiteral("a rating file has no questions to agree; only the board's merged draft does"));
    a.toAgree = AssessmentReader::toAgreeFromJson(r, &fw);
    // An answered question is settled, whatever the file still lists for it.
    for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it)
        a.toAgree.remove(it.key());
}

} // namespace

QHash<QString, QString> AssessmentReader::toAgreeFromJson(const JsonReader &r, const Framework *framework)
{
    QHash<QString, QString> toAgree;
    for (std::size_t i = 0; i < r.size(); ++i) {
        const JsonReader entry = r.at(i);
        entry.allowOnly({"question", "note"});
        const JsonReader questionField = entry.field("question");
        const QString id = questionField.nonEmptyString();
        if (framework && !framework->question(id))
            questionField.fail(
                QStringLiteral("\"%1\" is not a question of framework %2").arg(id.left(100), framework->key()));
        if (toAgree.contains(id))
            questionField.fail(QStringLiteral("question %1 is listed twice").arg(id.left(100)));
        const JsonReader noteField = entry.field("note");
        const QString note = readBoundedString(noteField, 100000);
        if (note.isEmpty())
            noteField.fail(QStringLiteral("is empty; expected the spread of the members' ratings"));
        toAgree.insert(id, note);
    }
    return toAgree;
}

Result<Assessment> AssessmentReader::read(const QString &path, const FrameworkLibrary &library)
{
    auto doc = JsonFile::read(path);
    if (!doc)
        return doc.error();
    return fromJson(doc.value(), JsonFile::displayName(path), library);
}

Result<Assessment> AssessmentReader::parse(const QByteArray &bytes, const QString &fileName,
                                           const FrameworkLibrary &library)
{
    auto doc = JsonFile::parse(bytes, fileName);
    if (!doc)
        return doc.error();
    return fromJson(doc.value(), fileName, library);
}

Result<Assessment> AssessmentReader::fromJson(const nlohmann::json &doc, const QString &fileName,
                                              const FrameworkLibrary &library)
{
    try {
        const JsonReader root(doc, fileName);
        root.requireObject();
        const JsonReader format = root.field("format");
        if (!format.node().is_string() || format.string() != QLatin1String("ahplead.assessment"))
            format.fail(QStringLiteral("%1 is not \"ahplead.assessment\"; is this an assessment file?")
                            .arg(JsonReader::describe(format.node())));
        const JsonReader versionField = root.field("formatVersion");
        const int formatVersion = versionField.integer();
        if (formatVersion > CurrentFormatVersion)
            versionField.fail(QStringLiteral("the file is format version %1, written by a newer ahplead; this version "
                                             "reads versions up to %2. Update ahplead to open it.")
                                  .arg(formatVersion)
                                  .arg(CurrentFormatVersion));
        if (formatVersion < 1)
            versionField.fail(QStringLiteral("%1 is not a format version; expected 1").arg(formatVersion));
        root.allowOnly({"$schema", "format", "formatVersion", "title", "status", "createdAt", "updatedAt", "framework",
                        "organisation", "assessor", "answers", "rating", "actions", "cover", "toAgree"});

        Assessment a;
        const JsonReader fwField = root.field("framework");
        fwField.allowOnly({"id", "version"});
        a.frameworkId = fwField.field("id").nonEmptyString();
        a.frameworkVersion = fwField.field("version").nonEmptyString();
        const Framework *fw = library.find(a.frameworkId, a.frameworkVersion);
        if (!fw) {
            QStringList versions;
            for (const auto &known : library.all())
                if (known->id == a.frameworkId)
                    versions << known->version;
            fwField.fail(!versions.isEmpty()
                             ? QStringLiteral("framework %1 version %2 is not known to this version of ahplead "
                                              "(it has %3 %4)")
                                   .arg(a.frameworkId, a.frameworkVersion,
                                        versions.size() == 1 ? QStringLiteral("version") : QStringLiteral("versions"),
                                        versions.join(QStringLiteral(", ")))
                             : QStringLiteral("framework \"%1\" is not known; expected one of %2")
                                   .arg(a.frameworkId, library.describeAvailable()));
        }
        a.title = root.has("title") ? readBoundedString(root.field("title"), 500) : QString();
        a.status = root.optionalString("status", QStringLiteral("draft"));
        if (!Assessment::statuses().contains(a.status))
            root.field("status").fail(QStringLiteral("\"%1\" is not one of draft, complete, submitted").arg(a.status));
        if (root.has("createdAt"))
            a.createdAt = root.field("createdAt").timestamp();
        if (root.has("updatedAt"))
            a.updatedAt = root.field("updatedAt").timestamp();
        a.organisation = readOrganisation(root.field("organisation"));
        const JsonReader assessor = root.field("assessor");
        assessor.allowOnly({"name", "role"});
        a.assessor = {assessor.field("name").nonEmptyString(), assessor.optionalString("role")};
        if (root.has("rating"))
            a.rating = RaterJson::fromJson(root.field("rating"));
        if (root.has("actions"))
            a.actions = ActionTracking::fromJson(root.field("actions"), fw);
        if (root.has("cover"))
            a.cover = CoverSheet::fromJson(root.field("cover"));

        const JsonReader answers = root.field("answers");
        a.answers.reserve(qsizetype(std::min<std::size_t>(answers.size(), 10000)));
        for (std::size_t i = 0; i < answers.size(); ++i) {
            const JsonReader entry = answers.at(i);
            Answer answer = readAnswer(entry, *fw);
            const QString id = answer.questionId;
            const qsizetype before = a.answers.size();
            a.answers.emplace(id, std::move(answer)); // one hash where contains + insert took two
            if (a.answers.size() == before)
                entry.field("question").fail(QStringLiteral("question %1 is answered twice").arg(id));
        }
        if (root.has("toAgree"))
            readToAgree(root.field("toAgree"), *fw, a);
        return a;
    } catch (const JsonReadError &e) {
        return fail(e.message());
    }
}

} // namespace ahplead
