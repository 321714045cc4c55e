#pragma once

#include <QString>

namespace ahplead {

// What a problem reading a file means for the person, in plain words, to lead the technical
// message core's readers give (which names the file, the place in it and what was expected).
// One place for every import: assessments, business cases, submissions, reviews, benchmarks,
// in the GUI (plain words, the detail a click away) and the CLI (plain words, then the detail).
class ReadProblem {
public:
    enum class Kind {
        NotAhplead, // JSON, but not an ahplead file (no or another "format")
        Changed,    // a submission whose content no longer matches its digest
        NotText,    // binary, or text in another encoding than UTF-8
        Damaged,    // not JSON at all, or cut short
        Empty,
        TooLarge,
        Newer,   // written by a newer ahplead
        Missing, // no such file, or it cannot be opened
        Content, // an ahplead file with something in it that cannot be accepted (at a place in it)
        Other,   // anything else, such as a store that cannot take the import
    };

    static Kind kind(const QString &technical);
    // What it means and what to do, in a sentence or two, for the problem TECHNICAL describes.
    static QString plain(const QString &technical);
    // For a terminal: the plain words, then the technical detail on the next line.
    static QString forTerminal(const QString &technical);
};

} // namespace ahplead
