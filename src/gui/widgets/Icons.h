#pragma once

#include "core/assessment/ScoreCard.h"

#include <QIcon>
#include <QPixmap>
#include <QString>

class QWidget;

namespace ahplead {

// The program's own SVG icons (resources/icons). Every icon that carries meaning is
// always shown with words beside it, and the shapes differ (tick, half, cross, dash), so
// nothing depends on telling colours apart.
class Icons {
public:
    static QIcon get(const QString &name);
    // NAME at SIZE logical pixels, sharp on WIDGET's screen.
    static QPixmap pixmap(const QString &name, int size, const QWidget *widget);
    static QString statusIconName(RecommendationStatus status);
};

// Makes the compiled-in resources available; the library is static, so its resource
// initialiser must be called explicitly.
void initResources();

} // namespace ahplead
