#pragma once

#include "core/assessment/Framework.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ahplead {

// The words people see for the program's codes and ids, in one place so every page,
// dialog and test says the same thing ("board" is "Trust board", "acute" is "Acute trust").
class Texts {
    Q_DECLARE_TR_FUNCTIONS(Texts)

public:
    // "Trust board", "Individual", "Integrated care system"
    static QString frameworkKind(const QString &frameworkId);
    // "Trust board self-assessment", ...
    static QString frameworkLongName(const QString &frameworkId);
    // A framework version as people say it: "1.1" for 1.1.0.
    static QString frameworkVersion(const QString &version);
    // Who the framework is for, one sentence.
    static QString frameworkAudience(const QString &frameworkId);
    static QString organisationType(const QString &type);
    static QString status(const QString &status);
    static QStringList regions();
    // Citations in words are CitationText's (core), the same in the app and in documents.
    // "14 Oct 2026, 16:30", in local time.
    static QString dateTime(const QDateTime &when);
    // ISO (2026-12-05) as a UK date: "5 December 2026", or "05/12/2026" when SHORT; text that
    // is not an ISO date is returned as it is.
    static QString ukDate(const QString &iso, bool isShort = false);
    // A date typed the UK way (5 December 2026, 5 Dec 2026, 05/12/2026) or as ISO, as ISO;
    // anything else is returned trimmed, as typed.
    static QString isoDate(const QString &typed);
    // "58 out of 100 (Developing)", or "Not scored yet".
    static QString score(const std::optional<double> &score, int level);
    // "3.2": the section and the question's place in it, as shown beside each question.
    static QString questionNumber(const Framework &framework, const QString &questionId);
    // "4 of 7 answered"
    static QString answeredCount(int answered, int total);
    // What a file that could not be imported means, in plain words (core's ReadProblem), then
    // the file: "This is not an ahplead file… Nothing was added.\n\nThe file: /home/…/package.json".
    static QString readProblem(const QString &technical, const QString &path);
    // A title for a new assessment: "Trust board self-assessment, October 2026".
    static QString suggestedTitle(const QString &frameworkId, const QDate &date);
    // The name offered for a document or file about ORGANISATION: the organisation, WHAT and
    // the date, in letters, digits and hyphens that every system accepts:
    // "northfield-and-riverside-nhs-foundation-trust-board-report-5-december-2026.pdf".
    static QString documentFileName(const QString &organisation, const QString &what, const QString &extension,
                                    const QDate &date = QDate::currentDate());
};

} // namespace ahplead
