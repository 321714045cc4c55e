#include "core/businesscase/PayScales.h"

#include "core/base/DataPaths.h"
#include "core/businesscase/PayScaleReader.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace ahplead {

Result<PayScales> PayScales::load(const QStringList &dirs)
{
    PayScales scales;
    QStringList looked;
    for (const QString &dir : dirs) {
        const QDir folder(dir);
        if (!folder.exists())
            continue;
        looked << QDir::toNativeSeparators(dir);
        const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        // Two files of one folder giving the same year is a mistake to report; a later folder
        // giving it again is a deliberate correction.
        QStringList yearsHere;
        for (const QString &name : files) {
            auto year = PayScaleReader::read(folder.filePath(name));
            if (!year) {
                scales.m_problems << year.message();
                continue;
            }
            if (yearsHere.contains(year->year)) {
                scales.m_problems << QStringLiteral("%1: /year: %2 is also given by another file in %3; this file is "
                                                    "left out")
                                         .arg(name, year->year, QDir::toNativeSeparators(dir));
                continue;
            }
            yearsHere << year->year;
            scales.add(std::move(year.value()));
        }
    }
    if (scales.m_years.empty()) {
        QString message =
            looked.isEmpty()
                ? QStringLiteral("no pay scale folder was found (looked for %1)").arg(dirs.join(QStringLiteral(", ")))
                : QStringLiteral("%1: no usable pay scale file").arg(looked.join(QStringLiteral(", ")));
        if (!scales.m_problems.isEmpty())
            message += QStringLiteral(":\n") + scales.m_problems.join(QLatin1Char('\n'));
        return fail(message);
    }
    return scales;
}

QString PayScales::userDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/costs");
}

Result<PayScales> PayScales::loadBundled()
{
    QStringList dirs{DataPaths::costsDir()};
    const QString user = userDir();
    if (QFileInfo(user).isDir())
        dirs << user;
    return load(dirs);
}

void PayScales::add(PayScaleYear year)
{
    auto same =
        std::find_if(m_years.begin(), m_years.end(), [&](const PayScaleYear &y) { return y.year == year.year; });
    if (same != m_years.end())
        *same = std::move(year);
    else
        m_years.push_back(std::move(year));
    // "2024/25" < "2025/26" as text too, since the format is fixed.
    std::sort(m_years.begin(), m_years.end(),
              [](const PayScaleYear &a, const PayScaleYear &b) { return a.year < b.year; });
}

const PayScaleYear *PayScales::find(const QString &year) const
{
    for (const PayScaleYear &y : m_years)
        if (y.year == year)
            return &y;
    return nullptr;
}

const PayScaleYear *PayScales::latest() const
{
    return m_years.empty() ? nullptr : &m_years.back();
}

const PayScaleYear *PayScales::findOrLatest(const QString &year) const
{
    return year.isEmpty() ? latest() : find(year);
}

QString PayScales::describeAvailable() const
{
    QStringList years;
    for (const PayScaleYear &y : m_years)
        years << y.year;
    return years.isEmpty() ? QStringLiteral("none") : years.join(QStringLiteral(", "));
}

} // namespace ahplead
