#pragma once

#include <QString>

namespace ahplead {

// THE escaping function: every string that reaches HTML (or the SVG inside it) goes through
// Html::escape, whether it came from the user, a framework file or our own code. Output is
// safe in element content and in double- or single-quoted attribute values, and keeps the
// document well-formed XML: characters XML forbids (most C0 controls, lone surrogates,
// U+FFFE/U+FFFF) become U+FFFD.
class Html {
public:
    static QString escape(const QString &text);
};

} // namespace ahplead
