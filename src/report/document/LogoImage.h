#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>

namespace ahplead {

// An organisation's logo as every paper prints it: a PNG of at most MaxSide pixels a side,
// whatever was chosen (a PNG, or an SVG drawn here), so the four writers embed one kind of
// picture and nothing of an SVG but its drawing (no script, no link) ever reaches a document.
class LogoImage {
public:
    static constexpr int MaxSide = 1200;            // 300 dpi across the cover's 10 cm at most
    static constexpr qint64 MaxFileBytes = 5 << 20; // larger is a photograph, not a logo

    // The logo in the PNG or SVG file at PATH, or why it cannot be one (naming the file).
    static Result<QByteArray> fromFile(const QString &path);
    static Result<QByteArray> fromData(const QByteArray &data, const QString &shownName);

    // The largest size of PNG's shape that fits BOX (any unit); empty when PNG is not a picture.
    static QSizeF fit(const QByteArray &png, const QSizeF &box);
    static QImage image(const QByteArray &png);

    // Where the papers put it, in millimetres: top right of the cover, and at the right of
    // every later page's header (no taller than the header's line).
    static QSizeF coverBoxMm() { return {55, 22}; }
    static QSizeF headerBoxMm() { return {32, 5}; }
};

} // namespace ahplead
