#include "report/region/RegionFixture.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/region/Importer.h"
#include "core/region/SubmissionFile.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QUuid>

#include <catch2/catch.hpp>

#include <algorithm>

namespace ahplead::test {

namespace {

// A small deterministic hash: the same fixture on every run and machine.
double unit(quint32 a, quint32 b, quint32 c)
{
    quint32 h = a * 2654435761u ^ (b + 0x9e3779b9u + (a << 6) + (a >> 2)) ^ (c * 40503u);
    h ^= h >> 15;
    h *= 2246822519u;
    h ^= h >> 13;
    return (h % 10000u) / 10000.0;
}

const char *const Places[] = {"Northfield", "Riverside", "Castleton", "Moorgate",  "Ashby",      "Brookhaven",
                              "Fenwick",    "Hartley",   "Kingsmere", "Longridge", "Marshfield", "Oakworth"};

// Trust N's answers: a maturity of its own, nudged per domain, improving with each revision.
void answer(Assessment &a, const Framework &fw, int n, int revision)
{
    a.answers.clear();
    const double maturity = 0.12 + 0.8 * unit(quint32(n), 7, 11);
    int d = 0;
    for (const Domain &domain : fw.domains) {
        const double p =
            std::clamp(maturity + 0.35 * (unit(quint32(n), quint32(d), 3) - 0.5) + 0.1 * (revision - 1), 0.0, 1.0);
        int q = 0;
        for (const Question &question : domain.questions) {
            const double r = unit(quint32(n), quint32(d * 100 + q), quint32(revision));
            Answer ans;
            ans.questionId = question.id;
            ans.value = question.allowNotApplicable && unit(quint32(n), quint32(q), 97) < 0.1
                            ? AnswerValue::NotApplicable
                        : r < p * 0.8 ? AnswerValue::InPlace
                        : r < p       ? AnswerValue::Partial
                                      : AnswerValue::NotInPlace;
            ans.updatedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
            ans.updatedBy = QStringLiteral("Assessor");
            a.answers.insert(question.id, ans);
            ++q;
        }
        ++d;
    }
}

} // namespace

QStringList icsNames()
{
    return {QStringLiteral("Humber and North Yorkshire ICS"), QStringLiteral("North East and North Cumbria ICS"),
            QStringLiteral("West Yorkshire ICS")};
}

QStringList trustTypes()
{
    return {QStringLiteral("acute"), QStringLiteral("mental_health"), QStringLiteral("community")};
}

RegionSummary RegionFixture::summary(const RegionFilter &filter) const
{
    const Framework *fw = &test::exampleFramework(QStringLiteral("board"));
    auto rows = store->receivedScores(fw->id, fw->version);
    REQUIRE(rows.ok());
    return RegionSummary::build(*fw, rows.value(), filter);
}

std::unique_ptr<RegionFixture> makeRegion(int organisations, const NameFor &name)
{
    auto fixture = std::make_unique<RegionFixture>();
    RegionFixture &f = *fixture;
    REQUIRE(f.dir.isValid());
    f.storePath = f.path(QStringLiteral("region.sqlite"));
    auto opened = Store::open(f.storePath);
    REQUIRE(opened.ok());
    f.store = std::move(opened).value();
    f.organisations = organisations;

    auto base = AssessmentReader::read(dataDir() + QStringLiteral("/examples/board-example.json"), frameworks());
    REQUIRE(base.ok());
    const Framework &fw = *frameworks().find(base->frameworkId, base->frameworkVersion);
    const QString inbox = f.path(QStringLiteral("inbox"));
    QDir().mkpath(inbox);
    for (int n = 1; n <= organisations; ++n) {
        Assessment a = base.value();
        const QString place = QLatin1String(Places[(n - 1) % 12]);
        a.organisation.name =
            name ? name(n) : QStringLiteral("Trust %1 %2 NHS Trust").arg(n, 2, 10, QLatin1Char('0')).arg(place);
        a.organisation.odsCode = QStringLiteral("R%1").arg(n, 2, 10, QLatin1Char('0'));
        a.organisation.type = trustTypes()[n % 3];
        a.organisation.ics = icsNames()[(n / 2) % 3];
        a.organisation.region = QStringLiteral("North East and Yorkshire");
        f.names << a.organisation.name;
        ++f.perIcs[a.organisation.ics];
        ++f.perType[a.organisation.type];
        const int revisions = n % 3 == 0 ? 3 : n % 2 == 0 ? 2 : 1;
        if (revisions == 3 && f.maxRevisionName.isEmpty())
            f.maxRevisionName = a.organisation.name;
        for (int revision = 1; revision <= revisions; ++revision) {
            answer(a, fw, n, revision);
            a.revision = revision;
            Submission s;
            s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            s.submittedAt = QDateTime(QDate(2025, 4, 1).addDays(120 * revision + n), QTime(10, 0), Qt::UTC);
            s.submitter = {QStringLiteral("Chief AHP"), QStringLiteral("Chief allied health professional")};
            s.revision = revision;
            s.assessment = a;
            writeFile(inbox + QStringLiteral("/r%1-%2.ahplead").arg(n, 2, 10, QLatin1Char('0')).arg(revision),
                      SubmissionFile::write(s, fw, Scorer::score(fw, a)));
            ++f.submissions;
        }
    }
    Importer importer(*f.store, frameworks(), QStringLiteral("regional-team"));
    const Importer::Report report = importer.run(Importer::expand({inbox}, nullptr));
    QString problems;
    for (const auto &item : report.items)
        if (item.outcome != Importer::Outcome::Imported)
            problems += QString(item.path + QStringLiteral(": ") + item.message + QLatin1Char('\n'));
    INFO(problems.toStdString());
    REQUIRE(report.count(Importer::Outcome::Imported) == f.submissions);

    // Some reviews, so the review status column has more than one value.
    auto records = f.store->submissions(QStringLiteral("received"));
    REQUIRE(records.ok());
    int i = 0;
    for (const SubmissionRecord &r : records.value()) {
        const QString status = ++i % 4 == 0 ? QStringLiteral("accepted")
                               : i % 4 == 1 ? QStringLiteral("in_review")
                                            : QString();
        if (!status.isEmpty())
            REQUIRE(f.store->setReview(r.id, status, {}, QStringLiteral("Regional reviewer")).ok());
    }
    return fixture;
}

} // namespace ahplead::test
