// Framework 1.1 weighs what the sources stress (issue 14): the questions that evidence a
// source's key recommendations carry at least half of the score, no key recommendation weighs
// less than another, and docs/framework.md shows each key recommendation's share as computed here.
#include "core/assessment/FrameworkLibrary.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace ahplead;

namespace {

const char *const kinds[] = {"board", "individual", "system"};

// Each question's share of the overall score when every question is answered: the domain's
// share of the domain weights times the question's share of its domain's question weights.
QHash<QString, double> questionShares(const Framework &fw)
{
    double domainWeights = 0;
    for (const Domain &d : fw.domains)
        domainWeights += d.weight;
    QHash<QString, double> shares;
    for (const Domain &d : fw.domains) {
        double questionWeights = 0;
        for (const Question &q : d.questions)
            questionWeights += q.weight;
        for (const Question &q : d.questions)
            shares.insert(q.id, d.weight / domainWeights * q.weight / questionWeights);
    }
    return shares;
}

double shareOf(const QHash<QString, double> &shares, const QSet<QString> &questions)
{
    double total = 0;
    for (const QString &id : questions)
        total += shares.value(id);
    return total;
}

QSet<QString> evidenceOf(const Recommendation &r)
{
    QSet<QString> ids;
    for (const EvidenceLink &e : r.evidence)
        ids.insert(e.questionId);
    return ids;
}

const Framework &latest(const char *kind)
{
    const Framework *fw = test::frameworks().latest(QString::fromLatin1(kind));
    REQUIRE(fw);
    return *fw;
}

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 1) + QStringLiteral("%");
}

// The markdown table docs/framework.md carries between its "key-shares" markers.
QString sharesTable()
{
    QString out = QStringLiteral("| Framework | Key recommendation | Stands for | Weight | Share of the score |\n"
                                 "|---|---|---|---|---|\n");
    for (const char *kind : kinds) {
        const Framework &fw = latest(kind);
        const auto shares = questionShares(fw);
        QSet<QString> union_;
        for (const Recommendation &r : fw.recommendations) {
            if (!r.isKey())
                continue;
            QStringList items;
            for (const Citation &c : r.key)
                items << c.document + QStringLiteral(", ") + c.section;
            out += QStringLiteral("| %1 %2 | %3%4 | %5 | %6 | %7 |\n")
                       .arg(fw.id, fw.version, r.title, r.critical ? QStringLiteral(" (critical)") : QString(),
                            items.join(QStringLiteral("; ")), QString::number(r.weight),
                            percent(shareOf(shares, evidenceOf(r))));
            union_ += evidenceOf(r);
        }
        out += QStringLiteral("| %1 %2 | **All key recommendations together** | | | **%3** |\n")
                   .arg(fw.id, fw.version, percent(shareOf(shares, union_)));
    }
    return out;
}

} // namespace

TEST_CASE("The questions that evidence each framework's key recommendations carry at least half of its score")
{
    for (const char *kind : kinds) {
        const Framework &fw = latest(kind);
        QSet<QString> evidence;
        for (const Recommendation &r : fw.recommendations)
            if (r.isKey())
                evidence += evidenceOf(r);
        INFO(fw.key().toStdString());
        CHECK(shareOf(questionShares(fw), evidence) >= 0.5);
    }
}

TEST_CASE("No key recommendation weighs less than a recommendation that is not key")
{
    for (const char *kind : kinds) {
        const Framework &fw = latest(kind);
        for (const Recommendation &key : fw.recommendations)
            for (const Recommendation &other : fw.recommendations)
                if (key.isKey() && !other.isKey()) {
                    INFO(key.id.toStdString()
                         << " weighs " << key.weight << ", " << other.id.toStdString() << " weighs " << other.weight);
                    CHECK(key.weight >= other.weight);
                }
    }
}

TEST_CASE("Every critical recommendation of the latest frameworks is a key recommendation of its source")
{
    for (const char *kind : kinds)
        for (const Recommendation &r : latest(kind).recommendations)
            if (r.critical) {
                INFO(r.id.toStdString());
                CHECK(r.isKey());
            }
}

TEST_CASE("No question of the latest frameworks runs over 30 words")
{
    for (const char *kind : kinds)
        for (const Domain &d : latest(kind).domains)
            for (const Question &q : d.questions) {
                INFO(q.id.toStdString() << ": " << q.text.toStdString());
                CHECK(q.text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 30);
            }
}

TEST_CASE("A citation of one of the sources' lists names the item, down to its number")
{
    static const QRegularExpression list(QStringLiteral("^Key (recommendations|questions)"));
    static const QRegularExpression item(QStringLiteral(", [0-9]+$"));
    auto check = [](const QString &owner, const std::vector<Citation> &citations) {
        for (const Citation &c : citations)
            if (list.match(c.section).hasMatch()) {
                INFO(owner.toStdString() << " cites " << c.document.toStdString() << ", " << c.section.toStdString());
                CHECK(item.match(c.section).hasMatch());
            }
    };
    for (const char *kind : kinds) {
        const Framework &fw = latest(kind);
        for (const Domain &d : fw.domains)
            for (const Question &q : d.questions)
                check(q.id, q.citations);
        for (const Recommendation &r : fw.recommendations) {
            check(r.id, r.citations);
            check(r.id, r.key);
        }
    }
}

TEST_CASE("docs/framework.md shows each key recommendation's share of the score as the frameworks give it")
{
    const QString path = test::sourceDir() + QStringLiteral("/docs/framework.md");
    QString doc = QString::fromUtf8(test::readFile(path));
    const QString begin = QStringLiteral("<!-- key-shares:begin (written by FrameworkSharesTest) -->\n");
    const QString end = QStringLiteral("<!-- key-shares:end -->");
    const qsizetype from = doc.indexOf(begin);
    const qsizetype to = doc.indexOf(end);
    REQUIRE(from >= 0);
    REQUIRE(to > from);
    const QString table = sharesTable();
    const QString current = doc.mid(from + begin.size(), to - from - begin.size());
    if (current != table && qEnvironmentVariableIsSet("AHPLEAD_UPDATE_GOLDEN")) {
        doc.replace(from + begin.size(), current.size(), table);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(doc.toUtf8());
        return;
    }
    CHECK(current == table);
}

TEST_CASE("Every item of each source's key recommendation lists is stood for by a recommendation of its framework")
{
    struct KeyList {
        const char *framework;
        const char *document;
        const char *section;
        int items;
    };
    // As the sources number them (../shared/seeds, and docs/framework.md).
    const KeyList lists[] = {
        {"board", "handbook", "Key recommendations for trust boards", 7},
        {"board", "investing", "Key recommendations", 5},
        {"individual", "handbook", "Key recommendations for aspiring and incumbent chief AHPs", 9},
        {"system", "ics", "Key recommendations for ICB executives", 3},
        {"system", "ics", "Key recommendations for regional, ICB, provider chief AHPs and other senior AHP leaders", 3},
        {"system", "ics",
         "Key recommendations for leaders of workforce planning, development, deployment and transformation", 5},
    };
    for (const KeyList &list : lists) {
        QSet<QString> covered;
        for (const Recommendation &r : latest(list.framework).recommendations)
            for (const Citation &c : r.key)
                if (c.document == QLatin1String(list.document))
                    covered.insert(c.section);
        for (int item = 1; item <= list.items; ++item) {
            const QString section = QStringLiteral("%1, %2").arg(QLatin1String(list.section)).arg(item);
            INFO(list.framework << ": " << list.document << ", " << section.toStdString());
            CHECK(covered.contains(section));
        }
    }
}
