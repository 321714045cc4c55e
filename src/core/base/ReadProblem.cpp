#include "core/base/ReadProblem.h"

#include <QRegularExpression>

namespace ahplead {

ReadProblem::Kind ReadProblem::kind(const QString &technical)
{
    // The readers' messages are made in core (JsonFile, JsonReader and the file readers); the
    // tests in tests/core/base feed real bad files through them, so a reworded message that
    // these no longer recognise is caught there.
    if (technical.contains(QLatin1String("does not match its digest")))
        return Kind::Changed;
    if (technical.contains(QLatin1String("not valid UTF-8")))
        return Kind::NotText;
    if (technical.contains(QLatin1String("the file is empty")))
        return Kind::Empty;
    if (technical.contains(QLatin1String("larger than 10 MiB")) ||
        technical.contains(QLatin1String("files over 10 MiB")))
        return Kind::TooLarge;
    if (technical.contains(QLatin1String("not valid JSON")) ||
        technical.contains(QLatin1String("ends before the JSON is complete")) ||
        technical.contains(QLatin1String("levels deep")) || technical.contains(QLatin1String("appears twice")))
        return Kind::Damaged;
    if (technical.contains(QLatin1String("written by a newer ahplead")))
        return Kind::Newer;
    // The place comes after the file's name, when the message has one.
    static const QRegularExpression notAhplead(QStringLiteral("(^|: )(/format: |/: expected an object)"));
    if (notAhplead.match(technical).hasMatch())
        return Kind::NotAhplead;
    if (technical.contains(QLatin1String("the file does not exist")) ||
        technical.contains(QLatin1String("the file cannot be read")))
        return Kind::Missing;
    static const QRegularExpression place(QStringLiteral("(^|: )/\\S*: "));
    return place.match(technical).hasMatch() ? Kind::Content : Kind::Other;
}

QString ReadProblem::plain(const QString &technical)
{
    switch (kind(technical)) {
    case Kind::NotAhplead:
        return QStringLiteral("This is not an ahplead file. Check that you chose the file ahplead saved, or the one "
                              "you were sent.");
    case Kind::Changed:
        return QStringLiteral("This file was changed after it was submitted, so it cannot be trusted; ask the trust "
                              "to send it again.");
    case Kind::NotText:
        return QStringLiteral("This file is not one ahplead can read: it is not text (it may be a Word document, "
                              "PDF or picture), or it was saved in an unusual way. Choose the file ahplead saved; "
                              "if you edited it, save it again as plain text (UTF-8).");
    case Kind::Damaged:
        return QStringLiteral("This file is damaged or cut short, or it is not an ahplead file. Ask for a fresh copy "
                              "of it.");
    case Kind::Empty:
        return QStringLiteral("This file is empty. Ask for a fresh copy of it.");
    case Kind::TooLarge:
        return QStringLiteral("This file is far larger than any ahplead file, so it was not read. Check that you "
                              "chose the right file.");
    case Kind::Newer:
        return QStringLiteral("This file was saved by a newer version of ahplead; update ahplead to open it.");
    case Kind::Missing:
        return QStringLiteral("This file could not be opened: it may have been moved or renamed, or you may not have "
                              "permission to read it.");
    case Kind::Content:
        return QStringLiteral("This file has something in it that ahplead cannot accept. The details say what and "
                              "where; ask whoever sent it for a corrected copy.");
    case Kind::Other:
        break;
    }
    return QStringLiteral("The details say what went wrong.");
}

QString ReadProblem::forTerminal(const QString &technical)
{
    return QStringLiteral("%1\n  Details: %2").arg(plain(technical), technical);
}

} // namespace ahplead
