#include "core/assessment/FrameworkLoader.h"

#include "core/base/JsonFile.h"
#include "core/base/JsonReader.h"

#include <QRegularExpression>
#include <QSet>

namespace ahplead {

namespace {

const QRegularExpression &dottedIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$"));
    return re;
}

QString readId(const JsonReader &r, const QString &prefix, QSet<QString> &seen)
{
    const QString id = r.string();
    if (!dottedIdPattern().match(id).hasMatch())
        r.fail(
            QStringLiteral("\"%1\" is not a dotted id of lower-case words (like board.governance.committees)").arg(id));
    if (!id.startsWith(prefix))
        r.fail(QStringLiteral("\"%1\" should start with \"%2\"").arg(id, prefix));
    if (seen.contains(id))
        r.fail(QStringLiteral("the id \"%1\" is used twice").arg(id));
    seen.insert(id);
    return id;
}

double readWeight(const JsonReader &r)
{
    const double w = r.number();
    if (w <= 0 || w > 10)
        r.fail(QStringLiteral("a weight must be above 0 and at most 10, found %1").arg(w));
    return w;
}

std::vector<Citation> readCitations(const JsonReader &r)
{
    std::vector<Citation> out;
    if (r.size() == 0)
        r.fail(QStringLiteral("at least one citation is required"));
    for (std::size_t i = 0; i < r.size(); ++i) {
        const JsonReader c = r.at(i);
        c.allowOnly({"document", "section"});
        Citation citation{c.field("document").string(), c.field("section").nonEmptyString()};
        if (!FrameworkLoader::isKnownDocument(citation.document))
            c.field("document")
                .fail(QStringLiteral("\"%1\" is not one of handbook, investing, developing, blog, ics")
                          .arg(citation.document));
        out.push_back(citation);
    }
    return out;
}

std::vector<ScaleOption> readScale(const JsonReader &r)
{
    std::vector<ScaleOption> scale;
    QSet<int> seen;
    for (std::size_t i = 0; i < r.size(); ++i) {
        const JsonReader o = r.at(i);
        o.allowOnly({"value", "label", "score", "description"});
        const JsonReader valueField = o.field("value");
        const auto value = answerValueFromString(valueField.string());
        if (!value || *value == AnswerValue::NotApplicable)
            valueField.fail(QStringLiteral("%1 is not one of not_in_place, partial, in_place")
                                .arg(JsonReader::describe(valueField.node())));
        if (seen.contains(int(*value)))
            valueField.fail(QStringLiteral("this value is already in the scale"));
        seen.insert(int(*value));
        ScaleOption option{*value, o.field("label").nonEmptyString(), o.field("score").number(),
                           o.field("description").nonEmptyString()};
        if (option.score < 0 || option.score > 1)
            o.field("score").fail(QStringLiteral("a score must be between 0 and 1"));
        scale.push_back(option);
    }
    if (scale.size() < 2)
        r.fail(QStringLiteral("the scale needs at least two options"));
    return scale;
}

Question readQuestion(const JsonReader &q, const QString &domainId, QSet<QString> &ids)
{
    q.allowOnly({"id", "text", "weight", "allowNotApplicable", "guidance", "citations"});
    Question question;
    question.id = readId(q.field("id"), domainId + QLatin1Char('.'), ids);
    question.text = q.field("text").nonEmptyString();
    question.weight = readWeight(q.field("weight"));
    question.allowNotApplicable = q.field("allowNotApplicable").boolean();
    const JsonReader g = q.field("guidance");
    g.allowOnly({"why", "good", "evidence"});
    question.guidance = {g.field("why").nonEmptyString(), g.field("good").nonEmptyString(),
                         g.field("evidence").nonEmptyString()};
    question.citations = readCitations(q.field("citations"));
    return question;
}

Recommendation readRecommendation(const JsonReader &r, const QString &prefix, QSet<QString> &ids,
                                  const Framework &framework)
{
    r.allowOnly({"id", "title", "text", "critical", "key", "weight", "action", "evidence", "citations"});
    Recommendation rec;
    rec.id = readId(r.field("id"), prefix, ids);
    rec.title = r.field("title").nonEmptyString();
    rec.text = r.field("text").nonEmptyString();
    rec.critical = r.field("critical").boolean();
    rec.weight = readWeight(r.field("weight"));
    rec.action = r.field("action").nonEmptyString();
    const JsonReader evidence = r.field("evidence");
    if (evidence.size() == 0)
        evidence.fail(QStringLiteral("a recommendation must name at least one question that evidences it"));
    QSet<QString> named;
    for (std::size_t i = 0; i < evidence.size(); ++i) {
        const JsonReader e = evidence.at(i);
        e.allowOnly({"question", "weight"});
        const JsonReader qField = e.field("question");
        const QString questionId = qField.string();
        if (!framework.question(questionId))
            qField.fail(QStringLiteral("\"%1\" is not a question of this framework").arg(questionId));
        if (named.contains(questionId))
            qField.fail(QStringLiteral("\"%1\" is named twice").arg(questionId));
        named.insert(questionId);
        rec.evidence.push_back({questionId, readWeight(e.field("weight"))});
    }
    rec.citations = readCitations(r.field("citations"));
    if (r.has("key"))
        rec.key = readCitations(r.field("key"));
    return rec;
}

} // namespace

bool FrameworkLoader::isKnownDocument(const QString &documentId)
{
    static const QSet<QString> known = {QStringLiteral("handbook"), QStringLiteral("investing"),
                                        QStringLiteral("developing"), QStringLiteral("blog"), QStringLiteral("ics")};
    return known.contains(documentId);
}

Result<Framework> FrameworkLoader::load(const QString &path)
{
    auto doc = JsonFile::read(path);
    if (!doc)
        return doc.error();
    return fromJson(doc.value(), JsonFile::displayName(path));
}

Result<Framework> FrameworkLoader::fromJson(const nlohmann::json &doc, const QString &fileName)
{
    try {
        const JsonReader root(doc, fileName);
        root.allowOnly({"$schema", "format", "formatVersion", "id", "version", "title", "description", "audience",
                        "scale", "domains", "recommendations"});
        if (root.field("format").string() != QLatin1String("ahplead.framework"))
            root.field("format").fail(QStringLiteral("expected \"ahplead.framework\"; is this a framework file?"));
        if (root.field("formatVersion").integer() != 1)
            root.field("formatVersion").fail(QStringLiteral("this version of ahplead reads framework format 1 only"));

        Framework fw;
        const JsonReader idField = root.field("id");
        fw.id = idField.string();
        if (!QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]*$")).match(fw.id).hasMatch())
            idField.fail(QStringLiteral("expected a lower-case word such as \"board\""));
        const JsonReader versionField = root.field("version");
        fw.version = versionField.string();
        if (!QRegularExpression(QStringLiteral("^[0-9]+\\.[0-9]+\\.[0-9]+$")).match(fw.version).hasMatch())
            versionField.fail(QStringLiteral("expected a version such as \"1.0.0\""));
        fw.title = root.field("title").nonEmptyString();
        fw.description = root.field("description").nonEmptyString();
        fw.audience = root.field("audience").string();
        fw.scale = readScale(root.field("scale"));

        QSet<QString> ids;
        const QString prefix = fw.id + QLatin1Char('.');
        const JsonReader domains = root.field("domains");
        if (domains.size() == 0)
            domains.fail(QStringLiteral("a framework needs at least one domain"));
        for (std::size_t d = 0; d < domains.size(); ++d) {
            const JsonReader dr = domains.at(d);
            dr.allowOnly({"id", "title", "description", "weight", "questions"});
            Domain domain;
            domain.id = readId(dr.field("id"), prefix, ids);
            domain.title = dr.field("title").nonEmptyString();
            domain.description = dr.field("description").nonEmptyString();
            domain.weight = readWeight(dr.field("weight"));
            const JsonReader questions = dr.field("questions");
            if (questions.size() == 0)
                questions.fail(QStringLiteral("a domain needs at least one question"));
            for (std::size_t q = 0; q < questions.size(); ++q)
                domain.questions.push_back(readQuestion(questions.at(q), domain.id, ids));
            fw.domains.push_back(std::move(domain));
        }
        fw.index();

        const JsonReader recs = root.field("recommendations");
        for (std::size_t r = 0; r < recs.size(); ++r)
            fw.recommendations.push_back(readRecommendation(recs.at(r), prefix, ids, fw));
        fw.index();
        return fw;
    } catch (const JsonReadError &e) {
        return fail(e.message());
    }
}

} // namespace ahplead
