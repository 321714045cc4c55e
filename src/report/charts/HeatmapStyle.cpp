#include "report/charts/HeatmapStyle.h"

namespace ahplead {

namespace {

// Level 0 dark orange, 1 pale orange, 2 NHS dark grey, 3 pale blue, 4 NHS blue. Neighbours
// differ by 4.9, 5.7, 5.4 and 4.5 to 1; white text on the dark ones 6.6, 7.8 and 6.4 to 1,
// body text #212b32 on the pale ones 10.7 and 10.1 to 1.
const char *const Tints[] = {"#a33a00", "#fad7c0", "#425563", "#c4dbf0", "#005eb8"};
const char *const NotScored = "#e8edee"; // NHS pale grey; body text 12.2 to 1
const char *const BodyText = "#212b32";

bool inRange(int level)
{
    return level >= 0 && level <= 4;
}

} // namespace

QColor HeatmapStyle::fill(int level)
{
    return QColor(QLatin1String(inRange(level) ? Tints[level] : NotScored));
}

bool HeatmapStyle::dark(int level)
{
    return level == 0 || level == 2 || level == 4;
}

QColor HeatmapStyle::text(int level)
{
    return dark(level) ? QColor(Qt::white) : QColor(QLatin1String(BodyText));
}

QString HeatmapStyle::cssClass(int level)
{
    if (!inRange(level))
        return QStringLiteral("lvl-none");
    return QStringLiteral("lvl%1").arg(level);
}

QString HeatmapStyle::css()
{
    QString css;
    for (int level = 0; level <= 4; ++level)
        css += QStringLiteral(".%1 { background: %2; color: %3; }\n")
                   .arg(cssClass(level), QLatin1String(Tints[level]), text(level).name());
    // Hatched as well as labelled, so "not scored" is never mistaken for a pale level.
    css += QStringLiteral(".lvl-none { background: %1 repeating-linear-gradient(135deg, transparent 0 5px, "
                          "%2 5px 6px); color: %3; }\n")
               .arg(QLatin1String(NotScored), hatch().name(), QLatin1String(BodyText));
    return css;
}

} // namespace ahplead
