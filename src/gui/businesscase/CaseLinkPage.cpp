#include "gui/businesscase/CaseLinkPage.h"

#include "core/assessment/CitationText.h"
#include "gui/app/Texts.h"
#include "gui/businesscase/CaseSession.h"
#include "gui/businesscase/CaseTexts.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"
#include "gui/widgets/WrapLabel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ahplead {

CaseLinkPage::CaseLinkPage(CaseSession &session, Finder finder, QWidget *parent)
    : CasePage(session, QStringLiteral("case-for-change"), tr("Case for change"),
               tr("What the organisation's latest board self-assessment in this store says: its critical gaps and "
                  "the recommendations it has not met become the case for change in the strategic case, each with "
                  "its sources."),
               {}, parent),
      m_finder(std::move(finder))
{
    refresh();
}

void CaseLinkPage::invalidate()
{
    m_stale = true;
    refresh();
}

bool CaseLinkPage::showPointer(const QString &)
{
    return false;
}

void CaseLinkPage::refresh()
{
    const OrganisationProfile &o = session().businessCase().organisation;
    const QString key = o.name.trimmed().toLower() + QLatin1Char('|') + o.odsCode.trimmed().toLower();
    if (!m_stale && key == m_key)
        return;
    m_stale = false;
    m_key = key;
    m_result = m_finder(session().businessCase());
    rebuildContent();
}

QString CaseLinkPage::summary() const
{
    if (!m_result.caseForChange)
        return tr("No board assessment found");
    if (m_result.caseForChange->provisional)
        return tr("The board assessment is provisional");
    if (!m_result.caseForChange->overallScore)
        return tr("The board assessment is not scored yet");
    return CaseTexts::count(int(m_result.caseForChange->criticalGaps.size()), tr("1 critical gap"),
                            tr("%1 critical gaps"));
}

namespace {

QWidget *itemCard(QWidget *parent, const CaseForChangeItem &item)
{
    auto *frame = new QFrame(parent);
    Theme::setRole(frame, "card");
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(18, 12, 18, 14);
    v->setSpacing(6);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(frame);
    icon->setPixmap(Icons::pixmap(Icons::statusIconName(item.status), 20, parent));
    icon->setAccessibleName(item.statusText);
    auto *title = new WrapLabel(CaseLinkPage::tr("%1 (%2)").arg(item.title, item.statusText), frame);
    Theme::setRole(title, "subheading");
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(title, 1);
    v->addLayout(top);
    v->addWidget(new WrapLabel(item.text, frame));
    if (!item.action.isEmpty()) {
        auto *action = new WrapLabel(CaseLinkPage::tr("What to do: %1").arg(item.action), frame);
        v->addWidget(action);
    }
    if (!item.citations.empty()) {
        auto *sources =
            new WrapLabel(CaseLinkPage::tr("Sources: %1").arg(CitationText::citations(item.citations)), frame);
        Theme::setRole(sources, "secondary");
        v->addWidget(sources);
    }
    for (const EvidenceNote &e : item.evidence) {
        QString text = CaseLinkPage::tr("\"%1\" was answered %2.").arg(e.question, e.answer.toLower());
        if (!e.evidence.isEmpty())
            text += QLatin1Char(' ') + CaseLinkPage::tr("The assessor's evidence: %1").arg(e.evidence);
        auto *evidence = new WrapLabel(text, frame);
        Theme::setRole(evidence, "secondary");
        v->addWidget(evidence);
    }
    return frame;
}

} // namespace

void CaseLinkPage::rebuildContent()
{
    QVBoxLayout *layout = contentLayout();
    delete m_body; // nothing on it emits signals it could still be inside
    m_body = new QWidget(content());
    m_body->setObjectName(QStringLiteral("caseForChange"));
    auto *v = new QVBoxLayout(m_body);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(14);
    layout->insertWidget(layout->count() - 1, m_body);

    if (!m_result.warnings.isEmpty()) {
        auto *notice = new QFrame(m_body);
        Theme::setRole(notice, "notice");
        auto *n = new QVBoxLayout(notice);
        n->setContentsMargins(16, 12, 16, 12);
        for (const QString &warning : m_result.warnings) {
            auto *label = new WrapLabel(warning, notice);
            label->setObjectName(QStringLiteral("linkWarning"));
            n->addWidget(label);
        }
        v->addWidget(notice);
    }
    if (!m_result.caseForChange)
        return;
    const CaseForChange &c = *m_result.caseForChange;
    QVBoxLayout *s = nullptr;
    v->addWidget(card(m_body, tr("The board's self-assessment"), &s, QStringLiteral("card:assessment")));
    QWidget *summaryCard = s->parentWidget();
    auto line = [&](const QString &text) {
        auto *label = new WrapLabel(text, summaryCard);
        s->addWidget(label);
        return label;
    };
    line(tr("\"%1\" of %2 (%3)").arg(c.assessmentTitle, c.organisation, c.frameworkTitle))
        ->setObjectName(QStringLiteral("assessmentLine"));
    if (!c.assessedBy.isEmpty() || !c.assessedOn.isEmpty())
        line(tr("Assessed by %1, last changed %2; status: %3")
                 .arg(c.assessedBy.isEmpty() ? tr("someone not named") : c.assessedBy,
                      c.assessedOn.isEmpty() ? tr("on a date not known") : c.assessedOn, Texts::status(c.status)));
    line(tr("Overall: %1").arg(c.provisional ? c.overallLevelName : Texts::score(c.overallScore, c.overallLevel)))
        ->setObjectName(QStringLiteral("overall"));
    if (!c.levelCapReason.isEmpty())
        line(QString(c.levelCapReason.left(1).toUpper() + c.levelCapReason.mid(1)));

    auto *gapsTitle = new QLabel(tr("Critical gaps (%1)").arg(c.criticalGaps.size()), m_body);
    gapsTitle->setObjectName(QStringLiteral("criticalGapsTitle"));
    Theme::setRole(gapsTitle, "heading");
    v->addWidget(gapsTitle);
    if (c.criticalGaps.empty())
        v->addWidget(
            note(m_body, c.provisional ? c.noCriticalGapsText : tr("None: every critical recommendation is met.")));
    for (const CaseForChangeItem &item : c.criticalGaps)
        v->addWidget(itemCard(m_body, item));

    auto *unmetTitle =
        new QLabel(tr("Other recommendations not fully met (%1)").arg(c.unmetRecommendations.size()), m_body);
    Theme::setRole(unmetTitle, "heading");
    v->addWidget(unmetTitle);
    if (c.unmetRecommendations.empty())
        v->addWidget(note(m_body, tr("None.")));
    for (const CaseForChangeItem &item : c.unmetRecommendations)
        v->addWidget(itemCard(m_body, item));
}

} // namespace ahplead
