#include "RatingFixture.h"

#include "core/assessment/AssessmentReader.h"
#include "core/rating/RatingInvitation.h"
#include "support/TestSupport.h"

namespace ahplead::test {

const Framework &ratingFramework()
{
    return exampleFramework(QStringLiteral("board"));
}

const Assessment &ratingBoard()
{
    static const Assessment board = [] {
        auto read = AssessmentReader::read(dataDir() + QStringLiteral("/examples/board-example.json"), frameworks());
        REQUIRE(read.ok());
        return read.value();
    }();
    return board;
}

QString ratingQuestion(int index)
{
    int i = 0;
    for (const Domain &d : ratingFramework().domains)
        for (const Question &q : d.questions)
            if (i++ == index)
                return q.id;
    return {};
}

QString raterId(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

Assessment rating(const QString &role, const QString &id, AnswerValue defaultValue,
                  const QHash<QString, QString> &answers, const QString &note)
{
    Assessment a = RatingInvitation::invite(ratingBoard(), ratingFramework(), role, {}, {},
                                            QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    a.rating->raterId = id;
    for (const Domain &d : ratingFramework().domains) {
        for (const Question &q : d.questions) {
            Answer answer;
            answer.questionId = q.id;
            answer.value = defaultValue;
            if (answers.contains(q.id)) {
                if (answers.value(q.id).isEmpty())
                    continue;
                answer.value = *answerValueFromString(answers.value(q.id));
            }
            answer.evidence = note;
            a.answers.insert(q.id, answer);
        }
    }
    return a;
}

std::vector<std::pair<QString, Assessment>> ratingFiles(const std::vector<Assessment> &ratings)
{
    std::vector<std::pair<QString, Assessment>> files;
    int n = 0;
    for (const Assessment &a : ratings)
        files.emplace_back(QStringLiteral("r%1.json").arg(++n), a);
    return files;
}

RatingSet ratingSet(const std::vector<Assessment> &ratings)
{
    auto set = RatingSet::build(ratingFiles(ratings));
    REQUIRE(set.ok());
    return set.value();
}

} // namespace ahplead::test
