#pragma once

#include "core/assessment/AnswerValue.h"
#include "core/assessment/CoverSheet.h"
#include "core/assessment/Organisation.h"
#include "core/assessment/Rater.h"
#include "core/assessment/TrackedAction.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace ahplead {

struct Assessor {
    QString name;
    QString role;
};

struct Answer {
    QString questionId;
    AnswerValue value = AnswerValue::NotInPlace;
    QString evidence;
    bool flagged = false;
    QDateTime updatedAt;
    QString updatedBy;
};

// One self-assessment against one framework version. `id` is the store's row id
// (0 while the assessment exists only in a file).
struct Assessment {
    qint64 id = 0;
    QString title;
    QString status = QStringLiteral("draft"); // draft, complete, submitted
    QString frameworkId;
    QString frameworkVersion;
    Organisation organisation;
    Assessor assessor;
    QDateTime createdAt;
    QDateTime updatedAt;
    int revision = 1;     // a submitted revision is locked; edits go into revision + 1
    qint64 lineageId = 0; // the store id of the first revision (0 for a file)
    bool locked = false;
    QHash<QString, Answer> answers; // by question id
    // Set in a rating file: one rater's own answers before the board agrees (core/rating).
    std::optional<Rater> rating;
    // The action plan's owners, target dates, progress and notes, by recommendation id: the
    // plan itself is worked out from the answers (Scorer), this is what the board adds to it.
    QHash<QString, TrackedAction> actions;
    // The board paper's cover sheet (meeting, agenda item, purpose, links): blank until typed.
    CoverSheet cover;
    // The questions the board still has to agree, by question id, each with the spread of its
    // members' ratings ("Not agreed. Ratings: 3 in place, 2 partly in place. Chair: …"). A merged
    // draft (ConsensusDraft) leaves a question its raters answered differently unanswered, and an
    // answer has nowhere else to keep that note until the board settles it. Answering the question
    // settles it: the store drops the entry, and every reader ignores one beside an answer.
    QHash<QString, QString> toAgree;

    // The note on QUESTIONID while the board still has to agree it: empty once it is answered.
    QString stillToAgree(const QString &questionId) const
    {
        return answers.contains(questionId) ? QString() : toAgree.value(questionId);
    }

    static QStringList statuses()
    {
        return {QStringLiteral("draft"), QStringLiteral("complete"), QStringLiteral("submitted")};
    }
    static QStringList organisationTypes()
    {
        return {QString(),
                QStringLiteral("acute"),
                QStringLiteral("mental_health"),
                QStringLiteral("community"),
                QStringLiteral("ambulance"),
                QStringLiteral("combined"),
                QStringLiteral("specialist"),
                QStringLiteral("integrated_care_board"),
                QStringLiteral("region"),
                QStringLiteral("other")};
    }
};

} // namespace ahplead
