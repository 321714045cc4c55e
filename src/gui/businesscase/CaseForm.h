#pragma once

#include "core/businesscase/BusinessCase.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace ahplead {

class CaseEditCommit;
class CaseSession;
class NoteEdit;

// How one field of a business case is labelled and spoken (CaseForm).
struct CaseFieldOptions {
    QString hint;        // said to screen readers, and shown as a tooltip
    QString placeholder; // an example in the empty field ("such as 12 months to September 2026")
    QString name;        // the spoken name when it should say more than the label
    bool compact = false;
    // For a field whose place in the file moves (a profession's row is added to the file's
    // list on its first figure): where its problems are now. The pointer given is then only
    // the input's name.
    std::function<QString(const BusinessCase &)> pointerOf;
    // When the field applies: otherwise it is shown greyed out (a one-off cost's year).
    std::function<bool(const BusinessCase &)> enabledIf;
};

// Builds the inputs of a business case page, each bound to one field of the case: what it
// shows is read from the session, what the person changes goes back as one undoable, saved
// edit, and the validator's messages for the field (found by its JSON pointer, which is also
// the input's object name) are shown beside it in words. Each field comes in a box with its
// label above and its problem below, to be placed in any layout; a compact box has no visible
// label (a table's column heading says it) but still a full name for screen readers.
class CaseForm : public QObject {
    Q_OBJECT

public:
    using TextGet = std::function<QString(const BusinessCase &)>;
    using TextSet = std::function<void(BusinessCase &, const QString &)>;
    using NumberGet = std::function<double(const BusinessCase &)>;
    using NumberSet = std::function<void(BusinessCase &, double)>;
    using OptionalGet = std::function<std::optional<double>(const BusinessCase &)>;
    using OptionalSet = std::function<void(BusinessCase &, std::optional<double>)>;
    using BoolGet = std::function<bool(const BusinessCase &)>;
    using BoolSet = std::function<void(BusinessCase &, bool)>;
    using Choices = std::vector<std::pair<QString, QString>>; // label, value

    using Options = CaseFieldOptions;

    CaseForm(CaseSession &session, QObject *parent = nullptr);

    // Names the part of the case the next fields belong to ("Preferred option, post 1"), for
    // spoken names and the Undo menu ("Undo Preferred option, post 1: WTE").
    void setContext(const QString &context) { m_context = context; }
    const QString &context() const { return m_context; }

    QWidget *text(QWidget *parent, const QString &label, const QString &pointer, TextGet get, TextSet set,
                  const Options &options = {}, int maxLength = 500);
    QWidget *longText(QWidget *parent, const QString &label, const QString &pointer, TextGet get, TextSet set,
                      const Options &options = {});
    QWidget *number(QWidget *parent, const QString &label, const QString &pointer, NumberGet get, NumberSet set,
                    double min, double max, int decimals, const QString &prefix, const QString &suffix,
                    const Options &options = {});
    QWidget *integer(QWidget *parent, const QString &label, const QString &pointer,
                     std::function<int(const BusinessCase &)> get, std::function<void(BusinessCase &, int)> set,
                     int min, int max, const QString &suffix = {}, const Options &options = {});
    // A number that may be absent: its lowest setting reads NONETEXT ("Not known").
    QWidget *optionalNumber(QWidget *parent, const QString &label, const QString &pointer, OptionalGet get,
                            OptionalSet set, double min, double max, int decimals, const QString &prefix,
                            const QString &suffix, const QString &noneText, const Options &options = {});
    QWidget *choice(QWidget *parent, const QString &label, const QString &pointer, const Choices &choices, TextGet get,
                    TextSet set, const Options &options = {});
    QWidget *check(QWidget *parent, const QString &label, const QString &pointer, BoolGet get, BoolSet set,
                   const Options &options = {});
    // A read-only line worked out from the case (a ratio, a risk rating), kept up to date.
    QLabel *computed(QWidget *parent, const QString &name, std::function<QString(const BusinessCase &)> get);
    // The validator's messages about POINTER as a whole ("/options": no do-nothing option).
    QLabel *problemLine(QWidget *parent, const QString &pointer);

    // The fields under PREFIX (a row just added, "/options/1/posts/2") show no problems until
    // the person has been in the field and left it: a new, empty row is not shown in red.
    void holdProblems(const QString &prefix);
    // Reads every field and its problems from the session again.
    void refresh();
    // Forgets every field (their widgets are about to go).
    void clear();
    // The input for POINTER; else, going up the pointer, the problem line or first input of the
    // nearest enclosing part ("/options/2/posts/0" leads to the option's first post field).
    QWidget *widgetFor(const QString &pointer) const;
    bool hasPendingEdit() const;

    // "Problem: ..." in words, as shown beside a field.
    static QString problemText(const QStringList &messages);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding {
        QString pointer;
        std::function<QString(const BusinessCase &)> pointerOf;
        std::function<bool(const BusinessCase &)> enabledIf;
        QPointer<QWidget> input;
        QPointer<QLabel> problem;
        QString hint;
        std::function<void()> load;
        CaseEditCommit *commit = nullptr;
    };

    QString pointerOf(const Binding &binding) const;
    QWidget *box(QWidget *parent, const QString &label, QWidget *input, const QString &pointer, const Options &options,
                 Binding &binding);
    QString spokenName(const QString &label, const Options &options) const;
    QString what(const QString &label) const;
    // STEP names the change for Undo and the audit log ("Option 3, post 1: WTE").
    void edit(const QString &step, const QString &pointer, const std::function<void(BusinessCase &)> &change);
    void showProblems(Binding &binding);
    bool held(const QString &pointer) const;
    // Hands SPIN's value to WRITE as one edit once the person has finished changing it.
    template <typename Spin> void commitOnChange(Spin *spin, Binding &binding, std::function<void()> write);

    CaseSession &m_session;
    QObject *m_undoKeys;
    QString m_context;
    std::vector<Binding> m_bindings;
    bool m_loading = false;
    QSet<QString> m_held; // rows whose problems wait (holdProblems)
    // The session goes before the pages that show it (it is the editor's first child); a field
    // losing focus while the page is torn down must then not ask it for problems.
    bool m_sessionGone = false;
    QSet<QString> m_left; // fields in them the person has left
};

} // namespace ahplead
