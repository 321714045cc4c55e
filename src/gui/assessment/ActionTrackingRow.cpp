#include "gui/assessment/ActionTrackingRow.h"

#include "gui/app/Texts.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/widgets/Theme.h"

#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace ahplead {

ActionTrackingRow::ActionTrackingRow(AssessmentSession &session, QString recommendationId, const QString &actionTitle,
                                     QWidget *parent)
    : QWidget(parent), m_session(session), m_recommendationId(std::move(recommendationId)), m_title(actionTitle),
      m_owner(new QLineEdit(this)), m_date(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_note(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("tracking:") + m_recommendationId);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    const auto field = [&](QWidget *w, const QString &label, const QString &name, int column) {
        auto *l = new QLabel(label, this);
        // No Alt letters: one row per action would repeat them, and they would take the menus'.
        l->setBuddy(w);
        grid->addWidget(l, 0, column);
        grid->addWidget(w, 1, column);
        w->setObjectName(name + QLatin1Char(':') + m_recommendationId);
        w->setAccessibleName(tr("%1, for the action \"%2\"").arg(label, m_title));
    };
    m_owner->setPlaceholderText(tr("such as Director of nursing"));
    m_owner->setMaxLength(2000);
    m_date->setPlaceholderText(tr("dd/mm/yyyy"));
    m_date->setToolTip(tr("The date to finish by, such as 31/03/2027 or 31 March 2027."));
    m_date->setMaxLength(40);
    for (TrackedAction::Status s :
         {TrackedAction::Status::NotStarted, TrackedAction::Status::InProgress, TrackedAction::Status::Done})
        m_status->addItem(TrackedAction::statusLabel(s), TrackedAction::statusId(s));
    m_note->setPlaceholderText(tr("what has been done, or what is in the way"));
    m_note->setMaxLength(2000);
    field(m_owner, tr("Owner"), QStringLiteral("owner"), 0);
    field(m_date, tr("Target date"), QStringLiteral("targetDate"), 1);
    field(m_status, tr("Progress"), QStringLiteral("progress"), 2);
    field(m_note, tr("Note"), QStringLiteral("actionNote"), 3);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(3, 5);
    m_problem->setObjectName(QStringLiteral("trackingProblem:") + m_recommendationId);
    m_problem->setWordWrap(true);
    Theme::setRole(m_problem, "unsaved");
    m_problem->hide();
    grid->addWidget(m_problem, 2, 0, 1, 4);

    const bool editable = m_session.canTrackActions();
    for (QWidget *w : {static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_date),
                       static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_note)})
        w->setEnabled(editable);
    show(m_session.action(m_recommendationId));

    for (QLineEdit *edit : {m_owner, m_date, m_note})
        connect(edit, &QLineEdit::editingFinished, this, &ActionTrackingRow::commit);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionTrackingRow::commit);
    connect(&m_session, &AssessmentSession::actionChanged, this, [this](const QString &id) {
        if (id == m_recommendationId)
            show(m_session.action(id));
    });
    connect(&m_session, &AssessmentSession::commitRequested, this, &ActionTrackingRow::commit);
}

void ActionTrackingRow::show(const TrackedAction &a)
{
    m_showing = true;
    if (m_owner->text() != a.owner)
        m_owner->setText(a.owner);
    const QString date = a.targetDate.isValid() ? Texts::ukDate(a.targetDate.toString(Qt::ISODate), true) : QString();
    // A date being corrected stays as typed until it reads as a date.
    if (m_problem->isHidden() && m_date->text() != date)
        m_date->setText(date);
    m_status->setCurrentIndex(m_status->findData(TrackedAction::statusId(a.status)));
    if (m_note->text() != a.note)
        m_note->setText(a.note);
    m_showing = false;
}

void ActionTrackingRow::commit()
{
    if (m_showing || !m_session.canTrackActions())
        return;
    TrackedAction next = m_session.action(m_recommendationId);
    next.owner = m_owner->text().trimmed();
    next.note = m_note->text().trimmed();
    TrackedAction::statusFromId(m_status->currentData().toString(), &next.status);
    const QString typed = m_date->text().trimmed();
    if (typed.isEmpty()) {
        next.targetDate = {};
    } else {
        const QDate date = QDate::fromString(Texts::isoDate(typed), Qt::ISODate);
        if (!date.isValid()) {
            m_problem->setText(tr("\"%1\" is not a date ahplead can read, so the target date is not saved. Write it "
                                  "as 31/03/2027 or 31 March 2027.")
                                   .arg(typed));
            m_problem->show();
            next.targetDate = m_session.action(m_recommendationId).targetDate;
        } else {
            m_problem->hide();
            next.targetDate = date;
        }
    }
    if (typed.isEmpty())
        m_problem->hide();
    m_session.setAction(next, tr("tracking of \"%1\"").arg(m_title));
}

} // namespace ahplead
