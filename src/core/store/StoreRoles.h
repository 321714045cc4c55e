#pragma once

#include "core/base/Result.h"

#include <QString>
#include <QStringList>

namespace ahplead {

class AssessmentTables;
class Sql;

// Who may do what in a shared store, enforced by the server rather than by ahplead (issue 16):
// three group roles per store (viewer: reads; reviewer: imports and reviews as well; admin: gives
// the viewer and reviewer roles as well), and a region per database user (the table
// user_regions) that row-level security reads, so a reviewer given a region sees only its
// organisations, their assessments and submissions and the reviews of those. A user with no
// region is national and sees everything. A file store has no users: its file permissions decide,
// and the backend's SqlDialect::rolePrefix is empty.
//
// The group roles are named after the store, ahplead_<database>[_<schema>]_viewer and so on, so
// that two stores on one server do not share them (StoreRoles::groupRole).
class StoreRoles {
public:
    StoreRoles(Sql &sql, AssessmentTables &assessments);

    // viewer, reviewer, admin: the roles `ahplead-cli store grant --role` takes.
    static QStringList names();
    // Schema version 6's statements only a server has: row-level security on the organisations
    // and what hangs off them, the audit log's database user, set by the server, and two that
    // make imports quicker on a server.
    static QStringList serverSchema();
    // Makes the store's group roles where they are missing and grants each its rights on every
    // table of the store; run again, it changes nothing. Inside the caller's transaction; needs a
    // user who may create roles (the store's owner).
    static Status setUp(Sql &sql, const QString &what);
    // The store's group role for ROLE (one of names()).
    static Result<QString> groupRole(Sql &sql, const QString &role, const QString &what);

    // Gives database user USER the role ROLE (one of names(), in place of any other of this
    // store's roles it had) and REGION ('' for national), with a line in the audit log.
    Status grant(const QString &user, const QString &role, const QString &region, const QString &actor,
                 const QString &what);

private:
    Sql &m_sql;
    AssessmentTables &m_assessments;
};

} // namespace ahplead
