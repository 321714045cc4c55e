// "Start from previous" in core: what is carried over, and what is left behind.
#include "core/assessment/AssessmentCopier.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace ahplead;
using namespace ahplead::test;

TEST_CASE("Starting from a previous assessment carries every answer over, flagged for review", "[core][copier]")
{
    const Framework *fw = frameworks().latest(QStringLiteral("board"));
    REQUIRE(fw);
    Assessment previous;
    previous.frameworkId = fw->id;
    previous.frameworkVersion = fw->version;
    previous.title = QStringLiteral("2025");
    previous.status = QStringLiteral("complete");
    previous.organisation = {QStringLiteral("Trust"), QStringLiteral("T1"), {}, {}, QStringLiteral("acute")};
    const QString first = fw->domains[0].questions[0].id;
    const QString second = fw->domains[0].questions[1].id;
    previous.answers.insert(first,
                            {first, AnswerValue::InPlace, QStringLiteral("chart"), false, {}, QStringLiteral("A")});
    previous.answers.insert(second, {second, AnswerValue::Partial, {}, true, {}, QStringLiteral("B")});
    previous.answers.insert(QStringLiteral("board.gone"),
                            {QStringLiteral("board.gone"), AnswerValue::InPlace, {}, false, {}, {}});

    const QDateTime now = QDateTime::fromString(QStringLiteral("2027-01-05T10:00:00Z"), Qt::ISODate);
    const auto copy = AssessmentCopier::startFrom(previous, *fw, QStringLiteral("2027"),
                                                  {QStringLiteral("New person"), QStringLiteral("NED")}, now);
    const Assessment &a = copy.assessment;
    REQUIRE(a.title == QStringLiteral("2027"));
    REQUIRE(a.status == QStringLiteral("draft"));
    REQUIRE(a.organisation.odsCode == QStringLiteral("T1"));
    REQUIRE(a.assessor.name == QStringLiteral("New person"));
    REQUIRE(a.createdAt == now);
    REQUIRE(copy.copied == 2);
    REQUIRE(copy.leftBehind == QStringList{QStringLiteral("board.gone")});
    REQUIRE(a.answers.value(first).value == AnswerValue::InPlace);
    REQUIRE(a.answers.value(first).evidence == QStringLiteral("chart"));
    REQUIRE(a.answers.value(first).flagged);
    REQUIRE(a.answers.value(second).flagged);
    REQUIRE(a.answers.value(first).updatedAt == now);
}

TEST_CASE("Not applicable is left behind where the framework no longer allows it", "[core][copier]")
{
    const Framework *fw = frameworks().latest(QStringLiteral("board"));
    const Question *strict = nullptr;
    for (const Domain &d : fw->domains)
        for (const Question &q : d.questions)
            if (!q.allowNotApplicable && !strict)
                strict = &q;
    REQUIRE(strict);
    Assessment previous;
    previous.answers.insert(strict->id, {strict->id, AnswerValue::NotApplicable, {}, false, {}, {}});
    const auto copy = AssessmentCopier::startFrom(previous, *fw, QString(), {});
    REQUIRE(copy.copied == 0);
    REQUIRE(copy.leftBehind == QStringList{strict->id});
}
