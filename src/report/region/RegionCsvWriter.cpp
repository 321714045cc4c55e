#include "report/region/RegionCsvWriter.h"

#include "core/base/SaveFile.h"
#include "report/assessment/CsvWriter.h"

namespace ahplead {

QStringList RegionCsvWriter::header(const RegionReportModel &model)
{
    QStringList h{QStringLiteral("Organisation"),           QStringLiteral("ODS code"),
                  QStringLiteral("Integrated care system"), QStringLiteral("Type of organisation"),
                  QStringLiteral("Latest revision"),        QStringLiteral("Submitted"),
                  QStringLiteral("Review status"),          QStringLiteral("Overall score"),
                  QStringLiteral("Overall level")};
    for (const QString &d : model.domainTitles)
        h << QString(d + QStringLiteral(" score"));
    h << QStringLiteral("Critical gaps");
    return h;
}

QByteArray RegionCsvWriter::render(const RegionReportModel &model)
{
    const auto row = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << CsvWriter::field(f);
        return QString(quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
    };
    // A missing score is an empty cell, which spreadsheets leave out of averages.
    const auto score = [](const RegionReportModel::Cell &c) { return c.score ? c.scoreText : QString(); };
    QString text = row(header(model));
    for (const auto &o : model.organisations) {
        QStringList fields{o.name,
                           o.odsCode,
                           o.ics,
                           o.type.isEmpty() ? QString() : o.typeLabel,
                           QString::number(o.revision),
                           o.submittedDate,
                           o.reviewStatusText,
                           score(o.overall),
                           o.overall.score ? o.overall.levelText : QString()};
        for (std::size_t d = 0; d < static_cast<std::size_t>(model.domainTitles.size()); ++d)
            fields << (d < o.domains.size() ? score(o.domains[d]) : QString());
        fields << QString::number(o.criticalGaps.size());
        text += row(fields);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status RegionCsvWriter::write(const RegionReportModel &model, const QString &path)
{
    return SaveFile::write(path, render(model));
}

} // namespace ahplead
