#include "report/document/CsvWriter.h"

#include "core/base/SaveFile.h"

namespace ahplead {

QString CsvWriter::field(const QString &value)
{
    QString v = value;
    // A cell starting with = + - @ (or a tab/CR) is run as a formula by spreadsheets; a
    // leading apostrophe makes it text (OWASP "CSV injection"). Numbers stay as they are.
    static const QString risky = QStringLiteral("=+-@\t\r");
    bool numeric = false;
    v.toDouble(&numeric);
    if (!v.isEmpty() && risky.contains(v.front()) && !numeric)
        v.prepend(QLatin1Char('\''));
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
                       v.contains(QLatin1Char('\r'));
    if (!quote)
        return v;
    v.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QString(QLatin1Char('"') + v + QLatin1Char('"'));
}

QByteArray CsvWriter::render(const Document &document)
{
    const auto row = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << field(f);
        return QString(quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
    };
    QString text = row(document.dataHeaders);
    for (const QStringList &fields : document.dataRows)
        text += row(fields);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace ahplead
