#pragma once

#include <QString>

namespace ahplead {

// An organisation as assessments, submissions and business cases name it: a trust, an ICS.
struct Organisation {
    QString name;
    QString odsCode;
    QString ics;
    QString region;
    QString type; // one of Assessment::organisationTypes(), or empty

    // The one rule for "the same organisation", used by the store (which keeps one row per
    // organisation by it), the app and the CLI alike. An ODS code identifies an organisation
    // wherever one is given: when either side has a code, the codes must match; when neither
    // has, the names must. Both compare without regard to case or surrounding spaces (a code
    // pasted as "zz1 " is ZZ1), and an empty name matches nothing.
    bool sameAs(const Organisation &other) const;

    bool operator==(const Organisation &) const = default;
};

} // namespace ahplead
