#include "report/document/LogoImage.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace ahplead {

namespace {

Error unusable(const QString &shownName, const QString &why)
{
    return fail(QStringLiteral("The logo was not changed: %1. Choose a PNG or SVG file of the organisation's logo. "
                               "(%2)")
                    .arg(why, shownName));
}

QByteArray pngOf(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QSize withinMaxSide(QSizeF size)
{
    const qreal longest = std::max(size.width(), size.height());
    if (longest > LogoImage::MaxSide)
        size *= LogoImage::MaxSide / longest;
    return QSize(std::max(1, qRound(size.width())), std::max(1, qRound(size.height())));
}

Result<QByteArray> fromSvg(const QByteArray &data, const QString &shownName)
{
    QSvgRenderer renderer(data);
    if (!renderer.isValid())
        return unusable(shownName, QStringLiteral("the SVG picture in it cannot be read"));
    QSizeF shape = renderer.viewBoxF().size();
    if (shape.isEmpty())
        shape = renderer.defaultSize();
    if (shape.isEmpty())
        return unusable(shownName, QStringLiteral("the SVG picture in it has no size"));
    // Drawn as large as a logo is ever printed; a small drawing is scaled up, as it would print.
    const qreal longest = std::max(shape.width(), shape.height());
    QImage image(withinMaxSide(shape * (LogoImage::MaxSide / longest)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), image.size()));
    painter.end();
    return pngOf(image);
}

} // namespace

Result<QByteArray> LogoImage::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unusable(path, QStringLiteral("the file could not be opened (%1)").arg(file.errorString()));
    if (file.size() > MaxFileBytes)
        return unusable(path, QStringLiteral("the file is larger than a logo (over 5 MB)"));
    return fromData(file.readAll(), path);
}

Result<QByteArray> LogoImage::fromData(const QByteArray &data, const QString &shownName)
{
    if (data.size() > MaxFileBytes)
        return unusable(shownName, QStringLiteral("the file is larger than a logo (over 5 MB)"));
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format == "svg" || format == "svgz" || data.trimmed().startsWith("<"))
        return fromSvg(data, shownName);
    if (format != "png")
        return unusable(shownName, QStringLiteral("it is not a PNG or SVG picture"));
    // The size from the header first: a picture of huge dimensions is refused before it is
    // decoded into memory.
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > 20000 || size.height() > 20000)
        return unusable(shownName, QStringLiteral("the picture's size cannot be read, or is far larger than a logo"));
    QImage image = reader.read();
    if (image.isNull())
        return unusable(shownName,
                        QStringLiteral("the PNG picture in it cannot be read (%1)").arg(reader.errorString()));
    const QSize target = withinMaxSide(image.size());
    if (target != image.size())
        image = image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return pngOf(image);
}

QImage LogoImage::image(const QByteArray &png)
{
    if (png.isEmpty())
        return {};
    return QImage::fromData(png, "PNG");
}

QSizeF LogoImage::fit(const QByteArray &png, const QSizeF &box)
{
    if (png.isEmpty()) // most documents: no reader, which would complain of an empty file
        return {};
    QBuffer buffer;
    buffer.setData(png);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "PNG");
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return {};
    return QSizeF(size).scaled(box, Qt::KeepAspectRatio);
}

} // namespace ahplead
