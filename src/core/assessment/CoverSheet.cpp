#include "core/assessment/CoverSheet.h"

#include "core/base/JsonFile.h"
#include "core/base/JsonReader.h"

namespace ahplead {

namespace {

constexpr int MaxCoverText = 2000;

// The text fields in the order the cover sheet prints them, with their keys in the JSON.
struct CoverTextField {
    const char *key;
    QString CoverSheet::*member;
};
constexpr CoverTextField CoverTextFields[] = {
    {"meeting", &CoverSheet::meeting},
    {"agendaItem", &CoverSheet::agendaItem},
    {"reportOf", &CoverSheet::reportOf},
    {"preparedBy", &CoverSheet::preparedBy},
    {"recommendation", &CoverSheet::recommendation},
    {"assuranceFramework", &CoverSheet::assuranceFramework},
    {"riskRegister", &CoverSheet::riskRegister},
    {"qualityEquality", &CoverSheet::qualityEquality},
    {"previouslyConsidered", &CoverSheet::previouslyConsidered},
};

} // namespace

QString CoverSheet::purposeId(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Approval:
        return QStringLiteral("approval");
    case Purpose::Assurance:
        return QStringLiteral("assurance");
    case Purpose::Discussion:
        return QStringLiteral("discussion");
    case Purpose::Information:
        return QStringLiteral("information");
    case Purpose::NotSet:
        break;
    }
    return {};
}

QString CoverSheet::purposeLabel(Purpose purpose)
{
    const QString id = purposeId(purpose);
    return id.isEmpty() ? id : QString(id.left(1).toUpper() + id.mid(1));
}

bool CoverSheet::purposeFromId(const QString &id, Purpose *purpose)
{
    for (Purpose p :
         {Purpose::NotSet, Purpose::Approval, Purpose::Assurance, Purpose::Discussion, Purpose::Information})
        if (purposeId(p) == id) {
            *purpose = p;
            return true;
        }
    return false;
}

QStringList CoverSheet::purposeIds()
{
    return {QStringLiteral("approval"), QStringLiteral("assurance"), QStringLiteral("discussion"),
            QStringLiteral("information")};
}

nlohmann::ordered_json CoverSheet::toJson() const
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    // Only what was typed, so a file without a cover sheet stays as it was.
    for (const CoverTextField &f : CoverTextFields) {
        const QString &text = this->*f.member;
        if (!text.trimmed().isEmpty())
            out[f.key] = JsonFile::utf8(text);
        if (f.member == &CoverSheet::meeting && meetingDate.isValid())
            out["meetingDate"] = JsonFile::utf8(meetingDate.toString(Qt::ISODate));
        if (f.member == &CoverSheet::preparedBy && purpose != Purpose::NotSet)
            out["purpose"] = JsonFile::utf8(purposeId(purpose));
    }
    return out;
}

CoverSheet CoverSheet::fromJson(const JsonReader &r)
{
    r.allowOnly({"meeting", "meetingDate", "agendaItem", "reportOf", "preparedBy", "purpose", "recommendation",
                 "assuranceFramework", "riskRegister", "qualityEquality", "previouslyConsidered"});
    CoverSheet c;
    for (const CoverTextField &f : CoverTextFields) {
        if (!r.has(f.key))
            continue;
        const QString text = r.field(f.key).string();
        if (text.size() > MaxCoverText)
            r.field(f.key).fail(
                QStringLiteral("is %1 characters long; at most %2 are allowed").arg(text.size()).arg(MaxCoverText));
        c.*f.member = text;
    }
    if (r.has("meetingDate")) {
        const JsonReader date = r.field("meetingDate");
        c.meetingDate = QDate::fromString(date.string(), Qt::ISODate);
        if (!c.meetingDate.isValid() || date.string().size() != 10)
            date.fail(QStringLiteral("%1 is not a date of the form 2027-03-31").arg(JsonReader::describe(date.node())));
    }
    if (r.has("purpose")) {
        const QString purpose = r.field("purpose").string();
        if (purpose.isEmpty() || !purposeFromId(purpose, &c.purpose))
            r.field("purpose").fail(QStringLiteral("\"%1\" is not one of %2")
                                        .arg(purpose.left(100), purposeIds().join(QStringLiteral(", "))));
    }
    return c;
}

CoverSheet CoverSheet::carriedForward() const
{
    // A board secretary starting next year's paper from this one keeps who writes it, who
    // presents it and what it links to (the same risks stay on the register), but the meeting,
    // its date and the agenda item are for one meeting only, and what the board is asked to do
    // and which committees saw it depend on what the new answers say: those start blank, so an
    // old recommendation is never put to a new meeting by mistake.
    CoverSheet next;
    next.reportOf = reportOf;
    next.preparedBy = preparedBy;
    next.purpose = purpose;
    next.assuranceFramework = assuranceFramework;
    next.riskRegister = riskRegister;
    next.qualityEquality = qualityEquality;
    return next;
}

} // namespace ahplead
