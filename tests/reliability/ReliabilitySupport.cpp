#include "reliability/ReliabilitySupport.h"

#include "core/assessment/AssessmentReader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace ahplead::test {

QString boardExamplePath()
{
    return dataDir() + QStringLiteral("/examples/board-example.json");
}

Assessment boardExample()
{
    auto a = AssessmentReader::read(boardExamplePath(), frameworks());
    REQUIRE(a.ok());
    return a.value();
}

std::unique_ptr<Store> openStore(const QString &path, Store::Mode mode)
{
    auto store = Store::open(path, mode);
    if (!store.ok())
        FAIL(store.message().toStdString());
    return std::move(store).value();
}

QString longNote()
{
    QString note = QStringLiteral("Long note:");
    for (int i = 0; note.size() < 5000; ++i)
        note += QStringLiteral(" word%1").arg(i, 4, 10, QLatin1Char('0'));
    return note.left(5000);
}

QStringList hostileStrings()
{
    return {
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("\"><img src=x onerror=alert(1)>"),
        QStringLiteral("&amp;"),
        QString::fromUtf8("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd"),     // Hebrew, right to left
        QString::fromUtf8("Emoji \xF0\x9F\x98\x80 \xE2\x9A\x95 \xE2\x99\xA5 done"), // beyond the BMP too
        longNote(),
        QStringLiteral("&lt;b&gt; ]]> <!-- <?xml version=\"1.0\"?>"),
        QStringLiteral("%1 %2 %n"),                                         // QString::arg placeholders
        QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"click\")"), // spreadsheet formula
        QStringLiteral("+cmd|' /C calc'!A0"),
        QStringLiteral("'); DROP TABLE answers; --"), // SQL
        QStringLiteral("Line one\nline two\r\nline three\ttabbed"),
        QStringLiteral("quote \" backslash \\ slash / apostrophe '"),
        QString::fromUtf8("RLO \u202Egnp.exe\u202C and zero\u200Bwidth"), // bidi override
        QStringLiteral("Terminal \x1b[31mred\x1b[0m bell \x07 end"),      // control characters
        QString(QStringLiteral("nul ")) + QChar(0) + QStringLiteral(" inside"),
        QStringLiteral("{\"format\": \"ahplead.assessment\"}"),
    };
}

QString hostileLabel(const QString &value)
{
    QString label;
    for (const QChar c : value.left(40))
        label += c.unicode() < 0x20 ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')) : QString(c);
    return value.size() > 40 ? QString(label + QStringLiteral("... (%1 characters)").arg(value.size())) : label;
}

Assessment assessmentWith(const QString &value)
{
    Assessment a = boardExample();
    a.title = value.left(500);
    a.organisation.name = value.left(500);
    a.organisation.odsCode = value.left(20).trimmed(); // the store keeps codes trimmed: they identify
    a.organisation.ics = value.left(500);
    a.organisation.region = value.left(500);
    a.assessor.name = value.left(500);
    a.assessor.role = value.left(500);
    for (Answer &answer : a.answers)
        answer.evidence = value;
    return a;
}

ProcessResult checkHostileOutput(const QString &kind, const QString &file, const QJsonObject &expected,
                                 const QString &plain)
{
    const QString expectedPath = file + QStringLiteral(".expected.json");
    writeFile(expectedPath, QJsonDocument(expected).toJson());
    QStringList args{QStringLiteral(AHPLEAD_RELIABILITY_DIR "/check_hostile_outputs.py"), kind, file, expectedPath};
    if (!plain.isEmpty())
        args << plain;
    return run(QStringLiteral(AHPLEAD_PYTHON), args);
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace ahplead::test
