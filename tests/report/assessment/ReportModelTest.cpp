#include "report/ReportTestSupport.h"

#include "core/assessment/FrameworkLibrary.h"
#include "core/assessment/Scorer.h"
#include "report/document/SourceLibrary.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QSet>

using namespace ahplead;

TEST_CASE("The cover names the organisation, framework and version, assessor, date and status")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    const ReportModel &m = r.model;
    CHECK(m.title == QLatin1String("Board self-assessment 2026"));
    CHECK(m.organisation == QLatin1String("Northfield and Riverside NHS Foundation Trust"));
    CHECK(m.frameworkText == QLatin1String("Chief AHP leadership: trust board self-assessment, version 1.0.0 (board)"));
    CHECK(m.dateText == QLatin1String("14 October 2026"));
    CHECK(m.statusText == QLatin1String("Complete"));
    QStringList labels;
    for (const auto &d : m.details)
        labels << d.label;
    CHECK(labels == QStringList{QStringLiteral("Organisation"), QStringLiteral("ODS code"),
                                QStringLiteral("Integrated care system"), QStringLiteral("Region"),
                                QStringLiteral("Type of organisation"), QStringLiteral("Framework"),
                                QStringLiteral("Assessed by"), QStringLiteral("Assessment date"),
                                QStringLiteral("Status")});
    CHECK(m.details[6].value == QLatin1String("Dr Amrit Sandhu, Non-executive director"));
    CHECK(m.author == QLatin1String("Dr Amrit Sandhu"));
}

TEST_CASE("The executive summary gives the overall maturity, the critical gap count and the top five actions")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    const ReportModel &m = r.model;
    CHECK(m.overallLevel == r.card.overallLevel);
    CHECK(m.overallLevelText.startsWith(QStringLiteral("Level %1: ").arg(r.card.overallLevel)));
    CHECK(m.criticalGapCount == r.card.criticalGaps.size());
    REQUIRE(r.card.actions.size() > 5);
    REQUIRE(m.topActions.size() == 5);
    for (int i = 0; i < 5; ++i) {
        CHECK(m.topActions[i].rank == i + 1);
        CHECK(m.topActions[i].recommendationId == r.card.actions[i].recommendationId);
    }
    // The board example's score is held down by critical gaps, and the summary says why.
    CHECK(m.levelCapText.contains(QStringLiteral("held at level")));
}

TEST_CASE("Every recommendation appears once with its status in words and a symbol")
{
    for (const QString &kind : test::exampleKinds()) {
        const auto r = test::exampleReport(kind);
        REQUIRE(r.model.recommendations.size() == r.framework->recommendations.size());
        QSet<QString> seen;
        for (const auto &row : r.model.recommendations) {
            CHECK_FALSE(seen.contains(row.id));
            seen.insert(row.id);
            CHECK(row.statusText == statusLabel(r.card.recommendation(row.id)->status));
            CHECK_FALSE(row.statusSymbol.isEmpty());
            CHECK_FALSE(row.citations.isEmpty());
        }
    }
}

TEST_CASE("The action plan lists every action of the score card in rank order")
{
    const auto r = test::exampleReport(QStringLiteral("system"));
    REQUIRE(r.model.actions.size() == r.card.actions.size());
    for (std::size_t i = 0; i < r.model.actions.size(); ++i) {
        CHECK(r.model.actions[i].rank == static_cast<int>(i) + 1);
        CHECK(r.model.actions[i].title == r.card.actions[i].title);
    }
}

TEST_CASE("Every question appears with its answer, evidence note, review flag and the recommendations it evidences")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    REQUIRE(ReportModel::answerCount(r.model) == r.framework->questionCount());
    int flagged = 0;
    for (const auto &section : r.model.answerSections)
        for (const auto &a : section.answers) {
            const Answer &answer = r.assessment.answers.value(a.questionId);
            CHECK(a.evidence == answer.evidence);
            CHECK(a.flagged == answer.flagged);
            CHECK(a.answerText == r.framework->label(answer.value));
            flagged += a.flagged ? 1 : 0;
        }
    CHECK(flagged == r.card.flagged);
    // board.structure.post_exists evidences "Appoint a substantive chief AHP".
    const auto &first = r.model.answerSections.front().answers.front();
    CHECK(first.number == QLatin1String("1.1"));
    CHECK(first.recommendationStatuses.contains(QStringLiteral("Appoint a substantive chief AHP: ")));
}

TEST_CASE("An unanswered question reads as not answered and leaves its recommendation not assessed")
{
    auto r = test::exampleReport(QStringLiteral("board"));
    r.assessment.answers.remove(QStringLiteral("board.structure.post_exists"));
    const ScoreCard card = Scorer::score(*r.framework, r.assessment);
    const ReportModel m = ReportModel::build(*r.framework, r.assessment, card);
    const auto &first = m.answerSections.front().answers.front();
    CHECK_FALSE(first.answered);
    CHECK(first.answerText == QLatin1String("Not answered"));
    CHECK(first.recommendationStatuses.contains(QStringLiteral("Appoint a substantive chief AHP: Not assessed")));
    CHECK(m.completionText.startsWith(QStringLiteral("65 of 66 questions answered")));
}

TEST_CASE("The appendix names every cited document by title, with its sections in natural order")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    REQUIRE_FALSE(r.model.sources.empty());
    for (const auto &s : r.model.sources) {
        INFO(s.id.toStdString());
        CHECK(s.title != s.id); // data/sources.json knows every document the framework cites
        CHECK_FALSE(s.date.isEmpty());
        CHECK_FALSE(s.sections.isEmpty());
    }
    const auto handbook = std::find_if(r.model.sources.begin(), r.model.sources.end(),
                                       [](const auto &s) { return s.id == QLatin1String("handbook"); });
    REQUIRE(handbook != r.model.sources.end());
    // "4.2" before "4.10": numbers sort as numbers.
    CHECK(handbook->sections.indexOf(QStringLiteral("4.2 Induction")) <
          handbook->sections.indexOf(QStringLiteral("4.10 Delegation")));
}

TEST_CASE("data/sources.json has a title for every document any bundled framework cites")
{
    auto sources = SourceLibrary::load(test::dataDir() + QStringLiteral("/sources.json"));
    INFO((sources ? QString() : sources.message()).toStdString());
    REQUIRE(sources.ok());
    for (const auto &fw : test::frameworks().all()) {
        const auto check = [&](const std::vector<Citation> &citations) {
            for (const Citation &c : citations) {
                INFO(c.document.toStdString());
                CHECK(sources->find(c.document) != nullptr);
            }
        };
        for (const Domain &d : fw->domains)
            for (const Question &q : d.questions)
                check(q.citations);
        for (const Recommendation &rec : fw->recommendations)
            check(rec.citations);
    }
}

TEST_CASE("A sources file with an unknown key is refused with the file and place named")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sources.json"));
    test::writeFile(
        path,
        R"({"format":"ahplead.sources","formatVersion":1,"documents":[{"id":"a","title":"A","date":"2020","url":"x"}]})");
    const auto loaded = SourceLibrary::load(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.message().startsWith(QStringLiteral("sources.json: /documents/0")));
}

TEST_CASE("Dates and numbers are in UK English whatever the default locale")
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto r = test::exampleReport(QStringLiteral("board"));
    QLocale::setDefault(saved);
    CHECK(r.model.dateText == QLatin1String("14 October 2026"));
    CHECK(r.model.scoringMethod.join(QLatin1Char(' ')).contains(QStringLiteral("at least 80%")));
}

TEST_CASE("The scoring method summary states the thresholds the Scorer uses")
{
    const auto r = test::exampleReport(QStringLiteral("individual"));
    const QString method = r.model.scoringMethod.join(QLatin1Char(' '));
    CHECK(method.contains(QStringLiteral("1 when the statement is in place, 0.5 when it is partly in place and 0")));
    CHECK(method.contains(QStringLiteral("4 Embedded (80 and above)")));
    CHECK(method.contains(QStringLiteral("at most level 1 while a critical recommendation is not met")));
    CHECK(method.contains(QStringLiteral("below 30%")));
}
