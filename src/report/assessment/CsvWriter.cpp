#include "report/assessment/CsvWriter.h"

#include "core/base/SaveFile.h"

namespace ahplead {

QStringList CsvWriter::header()
{
    return {QStringLiteral("Organisation"),
            QStringLiteral("ODS code"),
            QStringLiteral("Assessment date"),
            QStringLiteral("Domain"),
            QStringLiteral("Question ID"),
            QStringLiteral("Question number"),
            QStringLiteral("Question"),
            QStringLiteral("Answer"),
            QStringLiteral("Evidence note"),
            QStringLiteral("Flagged for review"),
            QStringLiteral("Recommendations evidenced (status)")};
}

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

QByteArray CsvWriter::render(const ReportModel &model)
{
    const auto row = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << field(f);
        return QString(quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
    };
    QString text = row(header());
    for (const auto &section : model.answerSections)
        for (const auto &a : section.answers)
            text += row({model.organisation, model.odsCode, model.dateText, section.title, a.questionId, a.number,
                         a.question, a.answerText, a.evidence, a.flagged ? QStringLiteral("Yes") : QStringLiteral("No"),
                         a.recommendationStatuses});
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status CsvWriter::write(const ReportModel &model, const QString &path)
{
    return SaveFile::write(path, render(model));
}

} // namespace ahplead
