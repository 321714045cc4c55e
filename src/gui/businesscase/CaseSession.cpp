#include "gui/businesscase/CaseSession.h"

#include "core/businesscase/CostModel.h"
#include "core/businesscase/PayScales.h"
#include "core/store/Store.h"
#include "gui/businesscase/CaseCommand.h"

#include <QUndoStack>

namespace ahplead {

CaseSession::CaseSession(Store &store, qint64 id, BusinessCase businessCase, QString actor, const PayScales *scales,
                         QObject *parent)
    : QObject(parent), m_store(store), m_id(id), m_case(std::move(businessCase)), m_actor(std::move(actor)),
      m_scales(scales), m_undo(new QUndoStack(this))
{
    recheck();
}

CaseSession::~CaseSession() = default;

bool CaseSession::readOnly() const
{
    return m_store.readOnly();
}

void CaseSession::edit(const QString &what, const std::function<void(BusinessCase &)> &change, const QString &field)
{
    if (readOnly())
        return;
    BusinessCase next = m_case;
    change(next);
    if (next == m_case)
        return;
    m_undo->push(new CaseCommand(*this, m_case, std::move(next), field, what));
}

bool CaseSession::apply(const BusinessCase &next, const QString &what)
{
    m_case = next;
    recheck();
    const Status written = m_store.saveBusinessCase(m_id, m_case, m_actor, what);
    const bool wasUnsaved = m_unsaved;
    m_unsaved = !written.ok();
    emit changed();
    if (wasUnsaved != m_unsaved)
        emit unsavedChanged();
    if (!written) {
        emit saveFailed(written.message());
        return false;
    }
    emit saved(QDateTime::currentDateTime());
    return true;
}

bool CaseSession::retryUnsaved()
{
    if (!m_unsaved)
        return true;
    return apply(m_case, tr("saving again after a failed save"));
}

void CaseSession::commitPendingEdits()
{
    emit commitRequested();
}

void CaseSession::recheck()
{
    m_problems = BusinessCaseValidator::problems(m_case);
    m_economic.reset();
    m_affordability.reset();
}

bool CaseSession::isUnder(const QString &pointer, const QString &prefix)
{
    return pointer == prefix || (pointer.startsWith(prefix) && pointer.at(prefix.size()) == QLatin1Char('/'));
}

QStringList CaseSession::problemsAt(const QString &pointer) const
{
    QStringList messages;
    for (const FieldProblem &p : m_problems)
        if (p.pointer == pointer)
            messages << p.message;
    return messages;
}

int CaseSession::problemCount(const QStringList &prefixes) const
{
    int n = 0;
    for (const FieldProblem &p : m_problems)
        for (const QString &prefix : prefixes)
            if (isUnder(p.pointer, prefix)) {
                ++n;
                break;
            }
    return n;
}

const Result<CostTable> &CaseSession::costs(PensionBasis basis)
{
    std::optional<Result<CostTable>> &cached = basis == PensionBasis::Economic ? m_economic : m_affordability;
    if (!cached) {
        if (!m_scales)
            cached.emplace(fail(tr("No pay scales could be loaded, so the options cannot be costed.")));
        else
            cached.emplace(CostModel::compute(m_case, *m_scales, basis));
    }
    return *cached;
}

} // namespace ahplead
