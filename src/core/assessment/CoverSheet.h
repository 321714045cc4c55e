#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace ahplead {

class JsonReader;

// The cover sheet NHS board papers carry: which meeting, which agenda item, whose paper, what
// the board is asked to do and what it links to. Typed by the board secretary or the chief AHP
// beside the assessment and kept with it (the file's and the store's "cover"); a field left
// blank prints as a blank for the secretary to fill in by hand.
struct CoverSheet {
    // What the board is asked to do with the paper, as board papers put it.
    enum class Purpose { NotSet, Approval, Assurance, Discussion, Information };

    QString meeting;    // "Trust board (public)"
    QDate meetingDate;  // invalid when not set
    QString agendaItem; // "7.2"
    QString reportOf;   // the executive lead: "Chief Nurse"
    QString preparedBy; // "Chief AHP"
    Purpose purpose = Purpose::NotSet;
    QString recommendation;       // what the board is asked to resolve
    QString assuranceFramework;   // links to the board assurance framework
    QString riskRegister;         // links to the corporate risk register
    QString qualityEquality;      // quality and equality impact
    QString previouslyConsidered; // committees that have seen it

    bool isBlank() const { return *this == CoverSheet{}; }
    bool operator==(const CoverSheet &) const = default;

    static QString purposeId(Purpose purpose);    // "assurance", as files and the store keep it; "" for NotSet
    static QString purposeLabel(Purpose purpose); // "Assurance", as people read it; "" for NotSet
    static bool purposeFromId(const QString &id, Purpose *purpose);
    static QStringList purposeIds(); // the four purposes, without NotSet

    // The filled fields as one JSON object (empty when blank), the same in the file and the store.
    nlohmann::ordered_json toJson() const;
    // Reads the object at R; an unknown key, a date or purpose that is not one, or a text
    // over the limit fails R with where and what was expected.
    static CoverSheet fromJson(const JsonReader &r);
    // What "Start from previous" keeps: who writes and receives the paper and what it links to,
    // not the meeting, its date or agenda item, which belong to one meeting only.
    CoverSheet carriedForward() const;
};

} // namespace ahplead
