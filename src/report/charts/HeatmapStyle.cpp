#include "report/charts/HeatmapStyle.h"

namespace ahplead {

namespace {

// Level 0 (not in place) strong orange through a neutral grey at level 2 to blue at level 4
// (embedded). Body text #212b32 on each: 8.0, 10.7, 12.2, 10.1 and 7.3 to 1.
const char *const Tints[] = {"#f2b48f", "#fad7c0", "#e9edee", "#c4dbf0", "#8fbde6"};

} // namespace

QColor HeatmapStyle::fill(int level)
{
    if (level < 0 || level > 4)
        return Qt::white;
    return QColor(QLatin1String(Tints[level]));
}

QString HeatmapStyle::cssClass(int level)
{
    if (level < 0 || level > 4)
        return QStringLiteral("lvl-none");
    return QStringLiteral("lvl%1").arg(level);
}

QString HeatmapStyle::css()
{
    QString css;
    for (int level = 0; level <= 4; ++level)
        css += QStringLiteral(".%1 { background: %2; }\n").arg(cssClass(level), QLatin1String(Tints[level]));
    css += QStringLiteral(".lvl-none { background: #ffffff; }\n");
    return css;
}

} // namespace ahplead
