#pragma once

#include <QString>
#include <QStringList>
#include <QUuid>

namespace ahplead {

// Who answered a rating file: one director's own view of the trust, before the board agrees
// (docs/formats.md, "The rating block"). Every rater of one board assessment shares the
// invitation id; each rater has an id of their own, so a rater who sends twice is recognised.
struct Rater {
    QString invitationId; // a UUID, the same for every rater of one board assessment
    QString raterId;      // a UUID, one per rater
    QString role;         // one of roles()
    QString name;         // may be empty: a board can rate without names

    static QStringList roles()
    {
        return {QStringLiteral("chair"), QStringLiteral("non_executive_director"), QStringLiteral("executive_director"),
                QStringLiteral("chief_ahp"), QStringLiteral("other")};
    }
    // "Non-executive director" for non_executive_director; the id itself if it is not a role.
    static QString roleLabel(const QString &role)
    {
        if (role == QLatin1String("chair"))
            return QStringLiteral("Chair");
        if (role == QLatin1String("non_executive_director"))
            return QStringLiteral("Non-executive director");
        if (role == QLatin1String("executive_director"))
            return QStringLiteral("Executive director");
        if (role == QLatin1String("chief_ahp"))
            return QStringLiteral("Chief AHP");
        if (role == QLatin1String("other"))
            return QStringLiteral("Other board member");
        return role;
    }

    // Whether TEXT is an id as invitations and raters have: a UUID in its 36-character form,
    // 0f8fad5b-d9cb-469f-a165-70867728950e.
    static bool isId(const QString &text) { return text.size() == 36 && !QUuid::fromString(text).isNull(); }
    // The role inside a sentence: "non-executive director", "chief AHP".
    static QString roleInSentence(const QString &role)
    {
        QString words = roleLabel(role);
        if (!words.isEmpty())
            words[0] = words[0].toLower();
        return words;
    }

    bool operator==(const Rater &) const = default;
};

} // namespace ahplead
