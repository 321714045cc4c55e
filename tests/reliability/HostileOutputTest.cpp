// Hostile text (markup, formulas, SQL, control characters, right-to-left, emoji, very long
// notes) through every text field a person fills in, into every file the program writes and
// back: the store, the assessment file, the submission, the review, the CSV and ODT reports
// and the CLI's output. tests/report covers the HTML and PDF of the same strings.
#include "ReliabilitySupport.h"

#include "AssessmentReader.h"
#include "AssessmentWriter.h"
#include "JsonFile.h"
#include "ReviewFile.h"
#include "SubmissionFile.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace ahplead;

namespace {

QStringList hostileStrings()
{
    QString longNote = QStringLiteral("Long note:");
    for (int i = 0; longNote.size() < 5000; ++i)
        longNote += QStringLiteral(" word%1").arg(i, 4, 10, QLatin1Char('0'));
    return {
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("\"><img src=x onerror=alert(1)>"),
        QStringLiteral("&amp; &lt;b&gt; ]]> <!-- <?xml version=\"1.0\"?>"),
        QString::fromUtf8("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd"),           // Hebrew, right to left
        QString::fromUtf8("Emoji \xF0\x9F\x98\x80 \xE2\x9A\x95 \xE2\x99\xA5 done"),        // beyond the BMP too
        QStringLiteral("%1 %2 %n"),                                                        // QString::arg placeholders
        QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"click\")"),                // spreadsheet formula
        QStringLiteral("+cmd|' /C calc'!A0"),
        QStringLiteral("'); DROP TABLE answers; --"),                                      // SQL
        QStringLiteral("Line one\nline two\r\nline three\ttabbed"),
        QStringLiteral("quote \" backslash \\ slash / apostrophe '"),
        QString::fromUtf8("RLO \u202Egnp.exe\u202C and zero\u200Bwidth"),                 // bidi override
        QStringLiteral("Terminal \x1b[31mred\x1b[0m bell \x07 end"),                      // control characters
        QString(QStringLiteral("nul ")) + QChar(0) + QStringLiteral(" inside"),
        QStringLiteral("{\"format\": \"ahplead.assessment\"}"),
        longNote,
    };
}

// The board example with VALUE in every text field, each cut to the length its file allows.
Assessment assessmentWith(const QString &value)
{
    Assessment a = test::boardExample();
    a.title = value.left(500);
    a.organisation.name = value.left(500);
    a.organisation.odsCode = value.left(12); // the form allows 12 characters
    a.organisation.ics = value.left(500);
    a.organisation.region = value.left(500);
    a.assessor.name = value.left(500);
    a.assessor.role = value.left(500);
    for (Answer &answer : a.answers)
        answer.evidence = value;
    return a;
}

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

// A command-line argument cannot hold a NUL character (argv strings end at one).
QString argSafe(QString value) { return value.remove(QChar(0)); }

QString label(const QString &value) { return value.left(40).toHtmlEscaped(); }

} // namespace

TEST_CASE("Hostile text in every field survives the store, the CLI and the exported assessment file unchanged",
          "[hostile-output]")
{
    const Framework *fw = test::frameworks().latest(QStringLiteral("board"));
    for (const QString &value : hostileStrings()) {
        INFO("value: " << label(value).toStdString());
        QTemporaryDir dir;
        const Assessment a = assessmentWith(value);
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
        REQUIRE(test::runCli({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("-o"), exported}, store).exitCode == 0);
        auto back = AssessmentReader::read(exported, test::frameworks());
        INFO((back ? QString() : back.message()).toStdString());
        REQUIRE(back.ok());
        checkSameText(back.value(), a);
    }
}

TEST_CASE("Hostile text comes out of the CSV and ODT reports whole, inert and well-formed", "[hostile-output]")
{
    const Framework *fw = test::frameworks().latest(QStringLiteral("board"));
    for (const QString &value : hostileStrings()) {
        INFO("value: " << label(value).toStdString());
        QTemporaryDir dir;
        const Assessment a = assessmentWith(value);
        const QString file = dir.filePath(QStringLiteral("in.json"));
        test::writeFile(file, AssessmentWriter::toBytes(a, *fw));
        const QString expected = dir.filePath(QStringLiteral("expected.json"));
        test::writeFile(expected, QJsonDocument(QJsonObject{{QStringLiteral("organisation"), a.organisation.name},
                                                            {QStringLiteral("evidence"), value}})
                                      .toJson());
        for (const char *format : {"csv", "odt"}) {
            INFO(format);
            const QString out = dir.filePath(QStringLiteral("report.") + QLatin1String(format));
            const auto r = test::runCli({QStringLiteral("report"), file, QStringLiteral("-o"), out});
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
            const auto check = test::run(QStringLiteral(AHPLEAD_PYTHON),
                                         {QStringLiteral(AHPLEAD_RELIABILITY_DIR "/check_hostile_outputs.py"),
                                          QLatin1String(format), out, expected});
            INFO(check.out.toStdString() << check.err.toStdString());
            CHECK(check.exitCode == 0);
        }
    }
}

TEST_CASE("Hostile text travels whole in a submission and in the review sent back, digest intact", "[hostile-output]")
{
    const Framework *fw = test::frameworks().latest(QStringLiteral("board"));
    for (const QString &value : hostileStrings()) {
        INFO("value: " << label(value).toStdString());
        QTemporaryDir dir;
        const Assessment a = assessmentWith(value);
        const QString file = dir.filePath(QStringLiteral("in.json"));
        test::writeFile(file, AssessmentWriter::toBytes(a, *fw));
        const QString trust = dir.filePath(QStringLiteral("trust.sqlite"));
        const QString region = dir.filePath(QStringLiteral("region.sqlite"));
        REQUIRE(test::runCli({QStringLiteral("import"), file}, trust).exitCode == 0);

        // The submitter's name and role are hostile too (the CLI passes them as arguments).
        const QString sent = dir.filePath(QStringLiteral("s.ahplead"));
        const QString who = argSafe(value).left(500);
        const auto submitted = test::runCli({QStringLiteral("submit"), QStringLiteral("1"), QStringLiteral("-o"), sent,
                                             QStringLiteral("--name"), who.trimmed().isEmpty() ? QStringLiteral("x") : who,
                                             QStringLiteral("--role"), who},
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
        const auto reviewed = test::run(test::cliPath(),
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
