#include "gui/businesscase/CasePage.h"

#include "gui/app/UserGuideDialog.h"
#include "gui/businesscase/CaseForm.h"
#include "gui/businesscase/CaseSession.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"
#include "gui/widgets/WrapLabel.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ahplead {

CasePage::CasePage(CaseSession &session, QString id, QString title, QString intro, QStringList prefixes,
                   QWidget *parent)
    : QScrollArea(parent), m_session(session), m_id(std::move(id)), m_title(std::move(title)),
      m_prefixes(std::move(prefixes)), m_form(new CaseForm(session, this))
{
    setObjectName(QStringLiteral("casePage-") + m_id);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *page = new QWidget;
    Theme::setRole(page, "page");
    page->setAttribute(Qt::WA_StyledBackground, true);
    auto *outer = new QHBoxLayout(page);
    outer->setContentsMargins(24, 20, 24, 28);
    m_column = new QWidget(page);
    m_column->setMaximumWidth(1040);
    outer->addWidget(m_column, 1);
    m_layout = new QVBoxLayout(m_column);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(14);
    setWidget(page);

    auto *heading = new WrapLabel(m_title, m_column);
    heading->setObjectName(QStringLiteral("casePageTitle"));
    Theme::setRole(heading, "title");
    m_layout->addWidget(heading);
    if (!intro.isEmpty()) {
        auto *text = new WrapLabel(intro, m_column);
        Theme::setRole(text, "secondary");
        m_layout->addWidget(text);
    }
    m_layout->addStretch(1);
}

CasePage::~CasePage() = default;

void CasePage::setBuilder(Build build, Shape shape)
{
    m_build = std::move(build);
    m_shape = std::move(shape);
    rebuildNow();
}

void CasePage::refresh()
{
    if (!m_build)
        return;
    if (m_shape(m_session.businessCase()) != m_builtShape) {
        // Not at once: the change may come from a button on this very page, still busy with
        // its click; the old fields go at the next turn of the event loop.
        if (!m_rebuildQueued) {
            m_rebuildQueued = true;
            QTimer::singleShot(0, this, &CasePage::rebuild);
        }
        return;
    }
    m_form->refresh();
}

void CasePage::rebuildNow()
{
    rebuild();
}

void CasePage::rebuild()
{
    m_rebuildQueued = false;
    if (!m_build)
        return;
    if (m_form->hasPendingEdit())
        m_session.commitPendingEdits();

    QString focusName = m_focusAfterRebuild;
    m_focusAfterRebuild.clear();
    QWidget *focus = QApplication::focusWidget();
    const bool focusHere = focus && m_body && m_body->isAncestorOf(focus);
    if (focusName.isEmpty() && focusHere) {
        // A spin box's inner line edit has no name of its own: its box has.
        for (QWidget *w = focus; w && w != m_body && focusName.isEmpty(); w = w->parentWidget())
            if (!w->objectName().startsWith(QLatin1String("qt_")))
                focusName = w->objectName();
    }
    const int scroll = verticalScrollBar()->value();

    m_form->clear();
    if (m_body) {
        // Out of the page at once (so nothing finds the old fields), deleted once the event loop
        // is back: a button of the old fields may still be on the stack, showing its menu.
        m_body->hide();
        m_body->setParent(nullptr);
        m_body->deleteLater();
    }
    m_body = new QWidget(m_column);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    m_build(*this, layout);
    // Before the stretch at the end, after the heading.
    m_layout->insertWidget(m_layout->count() - 1, m_body);
    m_builtShape = m_shape(m_session.businessCase());
    m_form->refresh();
    verticalScrollBar()->setValue(scroll);

    if (!focusName.isEmpty()) {
        QWidget *target = m_body->findChild<QWidget *>(focusName);
        if (!target && focusName.startsWith(QLatin1String("remove:"))) {
            // The item is gone: the keyboard goes to the button that adds another.
            const QString list = focusName.mid(7).section(QLatin1Char('/'), 0, -2);
            target = m_body->findChild<QWidget *>(QStringLiteral("add:") + list);
        }
        if (target && target->isEnabled()) {
            target->setFocus(Qt::OtherFocusReason);
            ensureWidgetVisible(target, 0, 60);
        } else if (!showPointer(focusName) && focusHere) {
            setFocus(Qt::OtherFocusReason);
        }
    }
}

bool CasePage::showPointer(const QString &pointer)
{
    QWidget *w = m_form->widgetFor(pointer);
    if (!w)
        return false;
    ensureWidgetVisible(w, 0, 60);
    if (w->focusPolicy() != Qt::NoFocus && w->isEnabled())
        w->setFocus(Qt::OtherFocusReason);
    return true;
}

QFrame *CasePage::card(QWidget *parent, const QString &heading, QVBoxLayout **layout, const QString &objectName)
{
    auto *frame = new QFrame(parent);
    Theme::setRole(frame, "card");
    if (!objectName.isEmpty())
        frame->setObjectName(objectName);
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(18, 14, 18, 16);
    v->setSpacing(10);
    if (!heading.isEmpty()) {
        auto *title = new WrapLabel(heading, frame);
        Theme::setRole(title, "heading");
        v->addWidget(title);
    }
    *layout = v;
    return frame;
}

QLabel *CasePage::note(QWidget *parent, const QString &text)
{
    auto *label = new WrapLabel(text, parent);
    Theme::setRole(label, "secondary");
    return label;
}

QLabel *CasePage::guideLink(QWidget *parent, const QString &name, const QString &text, const QString &link)
{
    auto *label =
        new QLabel(QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toHtmlEscaped(), text.toHtmlEscaped()), parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    // Reached by Tab and followed with Enter as well as by the mouse.
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    label->setAccessibleName(text);
    label->setAccessibleDescription(tr("Opens the business case guide at that section, beside this window."));
    label->setToolTip(label->accessibleDescription());
    connect(label, &QLabel::linkActivated, label,
            [label](const QString &target) { UserGuideDialog::showOver(label, target); });
    return label;
}

QPushButton *CasePage::addButton(QWidget *parent, const QString &text, const QString &name)
{
    auto *button = new QPushButton(Icons::get(QStringLiteral("new")), text, parent);
    button->setAccessibleName(name.isEmpty() ? QString(text).remove(QChar(0x2026)) : name);
    return button;
}

QPushButton *CasePage::removeButton(QWidget *parent, const QString &text, const QString &name)
{
    auto *button = new QPushButton(Icons::get(QStringLiteral("delete")), text, parent);
    button->setAccessibleName(name);
    button->setToolTip(name);
    return button;
}

} // namespace ahplead
