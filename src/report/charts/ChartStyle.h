#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>

namespace ahplead {

// Colours and type shared by every chart painter (RadarChart, ScoreBars), whatever the
// paint device: a widget, a PDF page or an SVG for the HTML report. Colours are the NHS
// identity palette; every colour used for text has at least 4.5:1 contrast on white
// (WCAG 2.2 AA), and no meaning is carried by colour alone (values are always written).
struct ChartStyle {
    QColor text{0x21, 0x2b, 0x32};          // NHS black-grey, 15:1 on white
    QColor secondaryText{0x42, 0x55, 0x63}; // NHS dark grey, 7.6:1 on white
    QColor grid{0xae, 0xb7, 0xbd};          // light grid rings and spokes
    QColor gridFaint{0xe8, 0xed, 0xee};     // bar tracks
    QColor series{0x00, 0x5e, 0xb8};        // NHS blue: the current scores (6.3:1)
    // The area under the current scores: NHS blue at about 20% on white, opaque because
    // PDF/A-1 forbids transparency (Qt would paint a translucent fill solid).
    QColor seriesFill{0xcc, 0xdf, 0xf1};
    QColor previous{0x33, 0x33, 0x33};   // the earlier scores, also dashed and hollow
    QColor background = Qt::transparent; // filled first when opaque

    // Font family and weight for labels. When scaleFont is true (the default) its size is
    // set from the rectangle being painted, so the same call gives legible text on a
    // 96 dpi widget, a 1200 dpi PDF page or an SVG; when false the font is used as given
    // (a widget passes its own font).
    QFont font = withPlainLetters(QFont(QStringLiteral("DejaVu Sans")));
    bool scaleFont = true;

    // The font for painting in RECT: FONT scaled to it (pixel size = short side / DIVISOR).
    QFont fontFor(const QRectF &rect, qreal divisor) const;

    // Letters, never ligatures, in every PDF: its text must read back as typed ("Northfield",
    // not "North" U+FB01 "eld"), for search, copying and screen readers. Qt 6.4 has no switch
    // for font features, but its shaper leaves ligatures out of any text with letter spacing,
    // so a spacing of 100.05% turns them off (a 170 mm line grows by less than 0.1 mm) and
    // keeps kerning. (A smaller figure rounds to 100% in Qt's fixed point and does nothing;
    // QFont::PreferNoShaping also works but drops kerning; zero-width non-joiners do not.)
    static constexpr qreal PlainLetterSpacing = 100.05;
    static QFont withPlainLetters(QFont font);
};

} // namespace ahplead
