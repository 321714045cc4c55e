#include "gui/app/Texts.h"

#include "core/assessment/Maturity.h"
#include "core/base/ReadProblem.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QVersionNumber>

#include <cmath>

namespace ahplead {

QString Texts::frameworkKind(const QString &id)
{
    if (id == QLatin1String("board"))
        return tr("Trust board");
    if (id == QLatin1String("individual"))
        return tr("Individual");
    if (id == QLatin1String("system"))
        return tr("Integrated care system");
    return id;
}

QString Texts::frameworkVersion(const QString &version)
{
    const QVersionNumber number = QVersionNumber::fromString(version);
    if (number.isNull())
        return version;
    // Keep major.minor even when the minor is 0 ("1.0"), drop a patch of 0.
    return number.microVersion() == 0 ? QStringLiteral("%1.%2").arg(number.majorVersion()).arg(number.minorVersion())
                                      : number.toString();
}

QString Texts::frameworkLongName(const QString &id)
{
    if (id == QLatin1String("board"))
        return tr("Trust board self-assessment");
    if (id == QLatin1String("individual"))
        return tr("Individual self-assessment for a chief AHP");
    if (id == QLatin1String("system"))
        return tr("Integrated care system assessment");
    return id;
}

QString Texts::frameworkAudience(const QString &id)
{
    if (id == QLatin1String("board"))
        return tr("For a trust board: how well the trust has set up, supports and uses its chief allied health "
                  "professional (AHP).");
    if (id == QLatin1String("individual"))
        return tr("For an aspiring or serving chief AHP to rate their own leadership and development.");
    if (id == QLatin1String("system"))
        return tr("For an integrated care board or regional team: AHP leadership across the whole system.");
    return {};
}

QString Texts::organisationType(const QString &type)
{
    if (type == QLatin1String("acute"))
        return tr("Acute trust");
    if (type == QLatin1String("mental_health"))
        return tr("Mental health trust");
    if (type == QLatin1String("community"))
        return tr("Community trust");
    if (type == QLatin1String("ambulance"))
        return tr("Ambulance trust");
    if (type == QLatin1String("combined"))
        return tr("Combined trust");
    if (type == QLatin1String("specialist"))
        return tr("Specialist trust");
    if (type == QLatin1String("integrated_care_board"))
        return tr("Integrated care board");
    if (type == QLatin1String("region"))
        return tr("NHS England region");
    if (type == QLatin1String("other"))
        return tr("Other");
    return tr("Not stated");
}

QString Texts::status(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("complete"))
        return tr("Complete");
    if (status == QLatin1String("submitted"))
        return tr("Submitted");
    return status;
}

QStringList Texts::regions()
{
    return {tr("East of England"), tr("London"),     tr("Midlands"),  tr("North East and Yorkshire"),
            tr("North West"),      tr("South East"), tr("South West")};
}

QString Texts::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return tr("Not known");
    // UK style whatever the machine's locale: the product speaks UK English throughout.
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(when.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
}

QString Texts::readProblem(const QString &technical, const QString &path)
{
    return tr("%1 Nothing was added.\n\nThe file: %2")
        .arg(ReadProblem::plain(technical), QDir::toNativeSeparators(path));
}

QString Texts::score(const std::optional<double> &score, int level)
{
    if (!score)
        return tr("Not scored yet");
    return tr("%1 out of 100 (%2)").arg(std::lround(*score)).arg(Maturity::name(level));
}

QString Texts::questionNumber(const Framework &framework, const QString &questionId)
{
    for (std::size_t d = 0; d < framework.domains.size(); ++d) {
        const auto &questions = framework.domains[d].questions;
        for (std::size_t q = 0; q < questions.size(); ++q)
            if (questions[q].id == questionId)
                return QStringLiteral("%1.%2").arg(d + 1).arg(q + 1);
    }
    return questionId;
}

QString Texts::answeredCount(int answered, int total)
{
    return tr("%1 of %2 answered").arg(answered).arg(total);
}

QString Texts::suggestedTitle(const QString &frameworkId, const QDate &date)
{
    return tr("%1, %2").arg(
        frameworkLongName(frameworkId),
        QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("MMMM yyyy")));
}

QString Texts::documentFileName(const QString &organisation, const QString &what, const QString &extension,
                                const QDate &date)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    QStringList parts;
    for (const QString &part :
         {organisation, what,
          QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"))}) {
        const QString slug = QString(part).replace(unsafe, QStringLiteral(" ")).simplified().toLower();
        if (!slug.isEmpty())
            parts << QString(slug).replace(QLatin1Char(' '), QLatin1Char('-'));
    }
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + extension;
}

QString Texts::ukDate(const QString &iso, bool isShort)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    if (!d.isValid())
        return iso;
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(d, isShort ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("d MMMM yyyy"));
}

QString Texts::isoDate(const QString &typed)
{
    const QString text = typed.simplified();
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    for (const QString &format : {QStringLiteral("d MMMM yyyy"), QStringLiteral("d MMM yyyy"),
                                  QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy"), QStringLiteral("d-M-yyyy")}) {
        const QDate d = uk.toDate(text, format);
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    const QDate iso = QDate::fromString(text, Qt::ISODate);
    return iso.isValid() ? iso.toString(Qt::ISODate) : text;
}

} // namespace ahplead
