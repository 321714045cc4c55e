#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ahplead {

// Who does one action of the plan, by when, and how far it has got: what a board secretary
// tracks between meetings. Keyed by the recommendation the action answers, so it stays with its
// action when the plan's order changes as answers do.
struct TrackedAction {
    enum class Status { NotStarted, InProgress, Done };

    QString recommendationId;
    QString owner;
    QDate targetDate; // invalid when none is set
    Status status = Status::NotStarted;
    QString note;

    // Nothing has been entered: no owner, date or note, and not started.
    bool isBlank() const
    {
        return owner.trimmed().isEmpty() && !targetDate.isValid() && status == Status::NotStarted &&
               note.trimmed().isEmpty();
    }
    // Past its target date on TODAY and not done.
    bool overdue(const QDate &today) const
    {
        return targetDate.isValid() && targetDate < today && status != Status::Done;
    }
    bool operator==(const TrackedAction &) const = default;

    static QString statusId(Status status);    // "not_started", as files and the store keep it
    static QString statusLabel(Status status); // "Not started", as people read it
    static bool statusFromId(const QString &id, Status *status);
    static QStringList statusIds();
};

} // namespace ahplead
