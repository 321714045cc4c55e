#include "gui/widgets/Icons.h"

#include <QHash>
#include <QWidget>

// Outside any namespace: Q_INIT_RESOURCE declares a global function.
static void initAhpleadResources()
{
    Q_INIT_RESOURCE(ahplead);
}

namespace ahplead {

void initResources()
{
    initAhpleadResources();
}

QIcon Icons::get(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

QPixmap Icons::pixmap(const QString &name, int size, const QWidget *widget)
{
    const qreal ratio = widget ? widget->devicePixelRatioF() : 1.0;
    return get(name).pixmap(QSize(size, size), ratio);
}

QString Icons::statusIconName(RecommendationStatus status)
{
    switch (status) {
    case RecommendationStatus::Met:
        return QStringLiteral("status-met");
    case RecommendationStatus::PartiallyMet:
        return QStringLiteral("status-partial");
    case RecommendationStatus::NotMet:
        return QStringLiteral("status-not-met");
    case RecommendationStatus::NotAssessed:
        break;
    }
    return QStringLiteral("status-not-assessed");
}

} // namespace ahplead
