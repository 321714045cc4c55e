#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QLabel;
class QWidget;

namespace ahplead {

// The calm look of the app: the NHS identity colours, the Fusion style (the same on every
// platform and offscreen, so screenshots show what people see), one style sheet keyed on a
// "role" property, and the NHS focus style (yellow with a dark edge) so the keyboard
// focus is always easy to spot.
class Theme {
public:
    static inline const QColor Text{0x21, 0x2b, 0x32};
    static inline const QColor SecondaryText{0x4c, 0x62, 0x72};
    static inline const QColor Blue{0x00, 0x5e, 0xb8};
    static inline const QColor DarkBlue{0x00, 0x30, 0x87};
    static inline const QColor PaleBlue{0xe6, 0xef, 0xf8};
    static inline const QColor Background{0xf0, 0xf4, 0xf5};
    static inline const QColor Border{0xd8, 0xdd, 0xe0};
    static inline const QColor Focus{0xff, 0xeb, 0x3b};
    static inline const QColor Green{0x00, 0x7f, 0x3b};
    static inline const QColor Red{0xd5, 0x28, 0x1b};

    static void apply(QApplication &app);
    // Tags WIDGET for the style sheet: "title", "heading", "secondary", "card", "primary"...
    static void setRole(QWidget *widget, const char *role);
    // A plain-text label (never read as HTML), wrapped unless WRAP is false, in ROLE if given.
    static QLabel *label(const QString &content, QWidget *parent, const char *role = nullptr, bool wrap = true);
    static QString styleSheet();
};

} // namespace ahplead
