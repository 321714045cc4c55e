#pragma once

#include "gui/businesscase/CaseLink.h"
#include "gui/businesscase/CasePage.h"

#include <functional>

namespace ahplead {

// The case for change: what the organisation's latest board self-assessment in the store says
// (its maturity, its critical gaps and the other recommendations not met, each with its
// action, its sources and the assessor's evidence). Worked out again when the organisation
// changes or an assessment is added, changed or removed.
class CaseLinkPage : public CasePage {
    Q_OBJECT

public:
    using Finder = std::function<CaseLinkResult(const BusinessCase &)>;

    CaseLinkPage(CaseSession &session, Finder finder, QWidget *parent = nullptr);

    void refresh() override;
    bool showPointer(const QString &pointer) override;
    // The assessments changed: look again.
    void invalidate();
    const CaseLinkResult &result() const { return m_result; }
    QString summary() const;

private:
    void rebuildContent();

    Finder m_finder;
    CaseLinkResult m_result;
    QString m_key;
    bool m_stale = true;
    QWidget *m_body = nullptr;
};

} // namespace ahplead
