#include "core/assessment/TrackedAction.h"

namespace ahplead {

QString TrackedAction::statusId(Status status)
{
    switch (status) {
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::Done:
        return QStringLiteral("done");
    case Status::NotStarted:
        break;
    }
    return QStringLiteral("not_started");
}

QString TrackedAction::statusLabel(Status status)
{
    switch (status) {
    case Status::InProgress:
        return QStringLiteral("In progress");
    case Status::Done:
        return QStringLiteral("Done");
    case Status::NotStarted:
        break;
    }
    return QStringLiteral("Not started");
}

bool TrackedAction::statusFromId(const QString &id, Status *status)
{
    for (Status s : {Status::NotStarted, Status::InProgress, Status::Done})
        if (statusId(s) == id) {
            *status = s;
            return true;
        }
    return false;
}

QStringList TrackedAction::statusIds()
{
    return {statusId(Status::NotStarted), statusId(Status::InProgress), statusId(Status::Done)};
}

} // namespace ahplead
