#pragma once

#include "core/base/Result.h"
#include "core/businesscase/BusinessCase.h"
#include "core/businesscase/BusinessCaseValidator.h"
#include "core/businesscase/CostTable.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QUndoStack;

namespace ahplead {

class PayScales;
class Store;

// The business case being edited. Every change goes to the store at once (one transaction
// each, with an audit line) as an undoable step, and the validator's problems and the cost
// tables are worked out afresh from what the session holds, so what the form, the figures
// and the store say never differ. When the store refuses a change the case stays here and
// on screen, marked unsaved, and retryUnsaved() tries again.
class CaseSession : public QObject {
    Q_OBJECT

public:
    // SCALES may be null (no pay scales could be loaded): the figures then say so.
    CaseSession(Store &store, qint64 id, BusinessCase businessCase, QString actor, const PayScales *scales,
                QObject *parent = nullptr);
    ~CaseSession() override;

    qint64 id() const { return m_id; }
    const BusinessCase &businessCase() const { return m_case; }
    const QString &actor() const { return m_actor; }
    bool readOnly() const;
    QUndoStack *undoStack() const { return m_undo; }
    const PayScales *payScales() const { return m_scales; }

    // One change made by the person: CHANGE edits a copy of the case; if that differs, it
    // becomes one undoable step saved to the store, described by WHAT ("the title"). Changes
    // to the same FIELD (a JSON pointer) one after another merge into one step.
    void edit(const QString &what, const std::function<void(BusinessCase &)> &change, const QString &field = {});
    // Makes NEXT the case, here and in the store (used by Undo and Redo). False when the
    // store refused: the case is kept here, and remembered as unsaved.
    bool apply(const BusinessCase &next, const QString &what);
    bool unsaved() const { return m_unsaved; }
    // Saves the case as it is now; true when it is saved.
    bool retryUnsaved();
    // Asks every field with typing not yet handed over to hand it over now (before Undo,
    // export, leaving the page, closing).
    void commitPendingEdits();

    // The validator's problems with the case as it is now, in the order of the file.
    const std::vector<FieldProblem> &problems() const { return m_problems; }
    // The messages for exactly POINTER.
    QStringList problemsAt(const QString &pointer) const;
    // How many problems are at PREFIX or below it ("/options" counts "/options/2/title").
    int problemCount(const QStringList &prefixes) const;

    // The cost tables on BASIS, worked out at first use after each change: an error when
    // the case has problems or the pay scales cannot cost it (every figure is finite).
    const Result<CostTable> &costs(PensionBasis basis);

    // Whether POINTER lies at or under PREFIX ("/options/1" is under "/options", "/optionsX" is not).
    static bool isUnder(const QString &pointer, const QString &prefix);

signals:
    void changed();
    void saved(const QDateTime &when);
    void saveFailed(const QString &message);
    void unsavedChanged();
    void commitRequested();

private:
    void recheck();

    Store &m_store;
    qint64 m_id;
    BusinessCase m_case;
    QString m_actor;
    const PayScales *m_scales;
    QUndoStack *m_undo;
    bool m_unsaved = false;
    std::vector<FieldProblem> m_problems;
    std::optional<Result<CostTable>> m_economic;
    std::optional<Result<CostTable>> m_affordability;
};

} // namespace ahplead
