// Hostile text (markup, formulas, SQL, control characters, right-to-left, emoji, very long
// notes) through every text field a person fills in, into every file the program writes about
// an assessment and back: the store, the assessment file, the submission, the review, the
// HTML, PDF, ODT, Word and CSV reports and the CLI's output. HostileDocumentTest.cpp does the same
// for the business case, the regional summary and the peer benchmark.
#include "reliability/ReliabilitySupport.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "core/base/JsonFile.h"
#include "core/rating/RatingInvitation.h"
#include "core/region/ReviewFile.h"
#include "core/region/SubmissionFile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>

using namespace ahplead;

namespace {

void checkSameText(const Assessment &got, const Assessment &want)
{
    CHECK(got.title == want.title);
    CHECK(got.organisation.name == want.organisation.name);
    CHECK(got.organisation.odsCode == want.organisation.odsCode);
    CHECK(got.organisation.ics == want.organisation.ics);
    CHECK(got.organisation.region == want.organisation.region);
    CHECK(got.assessor.name == want.assessor.name);
    CHECK(got.assessor.role == want.assessor.role);
    REQUIRE(got.answers.size() == want.answers.size());
    for (const Answer &a : want.answers)
        CHECK(got.answers.value(a.questionId).evidence == a.evidence);
}

// One rating file per hostile string (or VALUE for all, for the plain twin): the rater's name
// and a note on the first two questions; the first rater differs on the first question, so it
// heads the consensus report with every note, and all agree on the second, so the merged draft
// carries every note in its evidence.
QStringList hostileRatingFiles(const QString &dir, const QString &value = {})
{
    const Framework &fw = test::exampleFramework(QStringLiteral("board"));
    Assessment board = test::boardExample();
    board.title = value.isEmpty() ? test::hostileStrings().first() : value;
    board.organisation.name = board.title;
    const QString first = fw.domains.front().questions.at(0).id;
    const QString second = fw.domains.front().questions.at(1).id;
    QStringList files;
    int n = 0;
    for (const QString &hostile : test::hostileStrings()) {
        const QString text = value.isEmpty() ? hostile : value;
        Assessment a = RatingInvitation::invite(board, fw, QStringLiteral("other"), text.left(500));
        for (const Domain &d : fw.domains)
            for (const Question &q : d.questions)
                a.answers.insert(q.id, Answer{q.id,
                                              q.id == first && n == 0 ? AnswerValue::NotInPlace : AnswerValue::InPlace,
                                              q.id == first || q.id == second ? text : QString(),
                                              false,
                                              {},
                                              {}});
        files << QStringLiteral("%1/rating-%2.json").arg(dir).arg(++n);
        test::writeFile(files.last(), AssessmentWriter::toBytes(a, fw));
    }
    return files;
}

// A command-line argument cannot hold a NUL character (argv strings end at one).
QString argSafe(QString value)
{
    return value.remove(QChar(0));
}

} // namespace

TEST_CASE("Hostile text in every field survives the store, the CLI and the exported assessment file unchanged",
          "[hostile-output]")
{
    const Framework *fw = &test::exampleFramework(QStringLiteral("board"));
    for (const QString &value : test::hostileStrings()) {
        INFO("value: " << test::hostileLabel(value).toStdString());
        QTemporaryDir dir;
        const Assessment a = test::assessmentWith(value);
        const QString file = dir.filePath(QStringLiteral("in.json"));
        test::writeFile(file, AssessmentWriter::toBytes(a, *fw));
        const QString store = dir.filePath(QStringLiteral("store.sqlite"));
        const auto imported = test::runCli({QStringLiteral("import"), file}, store);
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);

        const auto shown = test::runCli({QStringLiteral("show"), QStringLiteral("1")}, store);
        REQUIRE(shown.exitCode == 0);
        CHECK(shown.out.contains(a.assessor.name));

        const QString exported = dir.filePath(QStringLiteral("out.json"));
        REQUIRE(test::runCli({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), exported}, store)
                    .exitCode == 0);
        auto back = AssessmentReader::read(exported, test::frameworks());
        INFO((back ? QString() : back.message()).toStdString());
        REQUIRE(back.ok());
        checkSameText(back.value(), a);
    }
}

TEST_CASE("Hostile text in every field comes out of the HTML, PDF, ODT, Word and CSV reports whole, inert and "
          "well-formed",
          "[hostile-output]")
{
    const Framework *fw = &test::exampleFramework(QStringLiteral("board"));
    QTemporaryDir plainDir;
    const QString plainFile = plainDir.filePath(QStringLiteral("plain.json"));
    test::writeFile(plainFile, AssessmentWriter::toBytes(test::assessmentWith(QStringLiteral("Plain text")), *fw));
    const QString plainHtml = plainDir.filePath(QStringLiteral("plain.html"));
    REQUIRE(test::runCli({QStringLiteral("report"), plainFile, QStringLiteral("-o"), plainHtml}).exitCode == 0);

    int tried = 0;
    for (const QString &value : test::hostileStrings()) {
        INFO("value: " << test::hostileLabel(value).toStdString());
        QTemporaryDir dir;
        const Assessment a = test::assessmentWith(value);
        const QString file = dir.filePath(QStringLiteral("in.json"));
        test::writeFile(file, AssessmentWriter::toBytes(a, *fw));
        const QJsonObject expected{
            {QStringLiteral("texts"), QJsonArray{a.title, a.organisation.name, a.assessor.name, value}},
            {QStringLiteral("cells"), QJsonObject{{QStringLiteral("Organisation"), a.organisation.name}}},
            {QStringLiteral("someCells"), QJsonObject{{QStringLiteral("Evidence note"), value}}},
        };
        // The PDF of a 5,000-character note in each of 66 answers runs to 140 pages and takes
        // most of this test's time; three such notes, broken over pages, make the same point.
        QString pdfFile = file;
        if (value.size() > 1000) {
            Assessment few = a;
            int i = 0;
            for (Answer &answer : few.answers)
                if (i++ >= 3)
                    answer.evidence = QStringLiteral("Plain text");
            pdfFile = dir.filePath(QStringLiteral("in-pdf.json"));
            test::writeFile(pdfFile, AssessmentWriter::toBytes(few, *fw));
        }
        for (const char *format : {"html", "pdf", "odt", "docx", "csv"}) {
            INFO(format);
            const QString out = dir.filePath(QStringLiteral("report.") + QLatin1String(format));
            const auto r = test::runCli({QStringLiteral("report"), out.endsWith(QLatin1String(".pdf")) ? pdfFile : file,
                                         QStringLiteral("-o"), out});
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
            const auto check = test::checkHostileOutput(QLatin1String(format), out, expected, plainHtml);
            INFO(check.out.toStdString() << check.err.toStdString());
            CHECK(check.exitCode == 0);
            ++tried;
        }
    }
    std::cout << "hostile output: " << tried << " assessment reports (" << test::hostileStrings().size()
              << " strings x HTML, PDF, ODT, Word, CSV) checked" << std::endl;
}

TEST_CASE("Hostile text travels whole in a submission and in the review sent back, digest intact", "[hostile-output]")
{
    const Framework *fw = &test::exampleFramework(QStringLiteral("board"));
    for (const QString &value : test::hostileStrings()) {
        INFO("value: " << test::hostileLabel(value).toStdString());
        QTemporaryDir dir;
        const Assessment a = test::assessmentWith(value);
        const QString file = dir.filePath(QStringLiteral("in.json"));
        test::writeFile(file, AssessmentWriter::toBytes(a, *fw));
        const QString trust = dir.filePath(QStringLiteral("trust.sqlite"));
        const QString region = dir.filePath(QStringLiteral("region.sqlite"));
        REQUIRE(test::runCli({QStringLiteral("import"), file}, trust).exitCode == 0);

        // The submitter's name and role are hostile too (the CLI passes them as arguments).
        const QString sent = dir.filePath(QStringLiteral("s.ahplead"));
        const QString who = argSafe(value).left(500);
        const auto submitted = test::runCli(
            {QStringLiteral("submit"), QStringLiteral("1"), QStringLiteral("-o"), sent, QStringLiteral("--name"),
             who.trimmed().isEmpty() ? QStringLiteral("x") : who, QStringLiteral("--role"), who},
            trust);
        INFO(submitted.err.toStdString());
        REQUIRE(submitted.exitCode == 0);
        auto s = SubmissionFile::parse(test::readFile(sent), QStringLiteral("s.ahplead"), test::frameworks());
        INFO((s ? QString() : s.message()).toStdString());
        REQUIRE(s.ok());
        checkSameText(s->assessment, a);
        CHECK(s->submitter.role == who);

        const auto imported = test::runCli({QStringLiteral("import"), sent}, region);
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        {
            auto regionStore = test::openStore(region);
            const auto received = regionStore->submissions(QStringLiteral("received")).value();
            REQUIRE(received.size() == 1);
            CHECK(received[0].organisation.name == a.organisation.name);
            auto kept = SubmissionFile::fromContent(regionStore->submissionContent(received[0].id).value(),
                                                    received[0].digest, QStringLiteral("kept"), test::frameworks());
            REQUIRE(kept.ok());
            checkSameText(kept->assessment, a);
        }

        // The region reviews with hostile comments, as a hostile reviewer name.
        const QString reviewFile = dir.filePath(QStringLiteral("review.json"));
        const auto reviewed =
            test::run(test::cliPath(),
                      {QStringLiteral("--store"), region, QStringLiteral("review"), QStringLiteral("1"),
                       QStringLiteral("--status"), QStringLiteral("returned"), QStringLiteral("--comment"),
                       argSafe(value), QStringLiteral("--domain-comment"),
                       QStringLiteral("board.governance=") + argSafe(value), QStringLiteral("-o"), reviewFile},
                      {QStringLiteral("AHPLEAD_ACTOR=reviewer ") + argSafe(value).left(200)});
        INFO(reviewed.err.toStdString());
        REQUIRE(reviewed.exitCode == 0);
        auto review = ReviewFile::parse(test::readFile(reviewFile), QStringLiteral("review.json"));
        INFO((review ? QString() : review.message()).toStdString());
        REQUIRE(review.ok());
        REQUIRE(review->comments.size() == 2);
        for (const ReviewComment &c : review->comments)
            CHECK(c.comment == argSafe(value));

        const auto back = test::runCli({QStringLiteral("import"), reviewFile}, trust);
        INFO(back.err.toStdString());
        REQUIRE(back.exitCode == 0);
        auto trustStore = test::openStore(trust);
        const auto mine = trustStore->submissions(QStringLiteral("sent")).value();
        REQUIRE(mine.size() == 1);
        CHECK(mine[0].reviewStatus == QStringLiteral("returned"));
        const auto comments = trustStore->reviewComments(mine[0].id).value();
        REQUIRE(comments.size() == 2);
        for (const ReviewComment &c : comments)
            CHECK(c.comment == argSafe(value));
    }
}

TEST_CASE("Hostile names and notes in rating files come out of the merged draft and the consensus HTML, PDF, CSV "
          "and JSON whole and inert",
          "[hostile-output]")
{
    // Every hostile string in one set of rating files, each format written and checked once.
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("plain")));
    const QStringList plain = hostileRatingFiles(dir.filePath(QStringLiteral("plain")), QStringLiteral("Plain text"));
    const QStringList files = hostileRatingFiles(dir.path());
    const QString plainHtml = dir.filePath(QStringLiteral("plain/consensus.html"));
    REQUIRE(test::runCli(QStringList{QStringLiteral("consensus")} + plain +
                         QStringList{QStringLiteral("--names"), QStringLiteral("-o"), plainHtml})
                .exitCode == 0);

    QStringList notes;
    for (const QString &value : test::hostileStrings())
        notes << value.trimmed();
    QJsonArray texts{test::hostileStrings().first()};
    for (const QString &note : notes)
        texts.append(note);
    for (const char *format : {"html", "pdf", "csv"}) {
        INFO(format);
        const QString out = dir.filePath(QStringLiteral("consensus.") + QLatin1String(format));
        const auto r = test::runCli(QStringList{QStringLiteral("consensus")} + files +
                                    QStringList{QStringLiteral("--names"), QStringLiteral("-o"), out});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        // The CSV holds no one's words, only the framework's and the counts: it must still parse.
        const QJsonObject expected{
            {QStringLiteral("texts"), QLatin1String(format) == QLatin1String("csv") ? QJsonArray() : texts}};
        const auto check = test::checkHostileOutput(QLatin1String(format), out, expected, plainHtml);
        INFO(check.out.toStdString() << check.err.toStdString());
        CHECK(check.exitCode == 0);
    }

    const QString json = dir.filePath(QStringLiteral("consensus.json"));
    REQUIRE(test::runCli(QStringList{QStringLiteral("consensus")} + files +
                         QStringList{QStringLiteral("--names"), QStringLiteral("-o"), json})
                .exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(test::readFile(json)).object();
    const QJsonObject top = doc.value(QStringLiteral("questions")).toArray().first().toObject();
    const QJsonArray got = top.value(QStringLiteral("notes")).toArray();
    REQUIRE(got.size() == notes.size());
    for (qsizetype i = 0; i < notes.size(); ++i) {
        CHECK(got.at(i).toObject().value(QStringLiteral("text")).toString() == notes.at(i));
        CHECK(doc.value(QStringLiteral("raters")).toArray().at(i).toString() == notes.at(i).left(500).trimmed());
    }

    const QString merged = dir.filePath(QStringLiteral("merged.json"));
    const auto m =
        test::runCli(QStringList{QStringLiteral("merge")} + files + QStringList{QStringLiteral("-o"), merged});
    INFO(m.err.toStdString());
    REQUIRE(m.exitCode == 0);
    auto back = AssessmentReader::read(merged, test::frameworks());
    REQUIRE(back.ok());
    const QString evidence =
        back->answers.value(test::exampleFramework(QStringLiteral("board")).domains.front().questions.at(1).id)
            .evidence;
    for (const QString &note : notes)
        CHECK(evidence.contains(note));
}
