#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"
#include "core/rating/RatingSet.h"

#include <QHash>
#include <QString>

#include <utility>
#include <vector>

namespace ahplead::test {

// The board framework the bundled example was answered on, and the example itself: the board
// assessment the ratings in these tests are made from.
const Framework &ratingFramework();
const Assessment &ratingBoard();

// A rating of the board example by one rater: every question answered DEFAULTVALUE, except those
// in ANSWERS (an answer of "" leaves the question unanswered), each with the note NOTE when set.
Assessment rating(const QString &role, const QString &raterId, AnswerValue defaultValue,
                  const QHash<QString, QString> &answers = {}, const QString &note = {});
// The id of question INDEX of the framework, in its order.
QString ratingQuestion(int index);
// A rater id that differs for each N.
QString raterId(int n);
// Ratings as (file name, rating) pairs: r1.json, r2.json, ...
std::vector<std::pair<QString, Assessment>> ratingFiles(const std::vector<Assessment> &ratings);
RatingSet ratingSet(const std::vector<Assessment> &ratings);

} // namespace ahplead::test
