#include "gui/assessment/BoardPaperDialog.h"

#include "gui/app/Prompter.h"
#include "gui/app/Texts.h"
#include "gui/widgets/Theme.h"
#include "report/document/LogoImage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ahplead {

namespace {

constexpr int MaxCoverField = 2000; // as CoverSheet reads it back

QLineEdit *coverLine(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    edit->setMaxLength(MaxCoverField);
    return edit;
}

} // namespace

BoardPaperDialog::BoardPaperDialog(const CoverSheet &cover, bool editable, QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_editable(editable),
      m_meeting(coverLine(this, QStringLiteral("coverMeeting"), cover.meeting)),
      m_date(
          coverLine(this, QStringLiteral("coverMeetingDate"),
                    cover.meetingDate.isValid() ? Texts::ukDate(cover.meetingDate.toString(Qt::ISODate)) : QString())),
      m_agendaItem(coverLine(this, QStringLiteral("coverAgendaItem"), cover.agendaItem)),
      m_reportOf(coverLine(this, QStringLiteral("coverReportOf"), cover.reportOf)),
      m_preparedBy(coverLine(this, QStringLiteral("coverPreparedBy"), cover.preparedBy)),
      m_purpose(new QComboBox(this)), m_recommendation(new QPlainTextEdit(cover.recommendation, this)),
      m_assuranceFramework(coverLine(this, QStringLiteral("coverAssuranceFramework"), cover.assuranceFramework)),
      m_riskRegister(coverLine(this, QStringLiteral("coverRiskRegister"), cover.riskRegister)),
      m_qualityEquality(coverLine(this, QStringLiteral("coverQualityEquality"), cover.qualityEquality)),
      m_previouslyConsidered(coverLine(this, QStringLiteral("coverPreviouslyConsidered"), cover.previouslyConsidered)),
      m_dateProblem(new QLabel(this)), m_meetingDate(cover.meetingDate)
{
    setObjectName(QStringLiteral("boardPaperDialog"));
    setWindowTitle(tr("Board paper details"));
    auto *intro = new QLabel(tr("What the cover sheet of the board paper says. Anything left blank is printed as a "
                                "blank to fill in by hand."),
                             this);
    intro->setWordWrap(true);

    m_date->setMaxLength(40);
    m_date->setToolTip(tr("The date of the meeting, such as 3 March 2027 or 03/03/2027."));
    m_purpose->setObjectName(QStringLiteral("coverPurpose"));
    m_purpose->addItem(tr("Not chosen yet"), QString());
    for (CoverSheet::Purpose p : {CoverSheet::Purpose::Approval, CoverSheet::Purpose::Assurance,
                                  CoverSheet::Purpose::Discussion, CoverSheet::Purpose::Information})
        m_purpose->addItem(CoverSheet::purposeLabel(p), CoverSheet::purposeId(p));
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(CoverSheet::purposeId(cover.purpose))));
    m_recommendation->setObjectName(QStringLiteral("coverRecommendation"));
    m_recommendation->setTabChangesFocus(true); // Tab moves on, as in every other field
    m_recommendation->setFixedHeight(m_recommendation->fontMetrics().lineSpacing() * 4 + 12);
    m_dateProblem->setObjectName(QStringLiteral("coverDateProblem"));
    m_dateProblem->setWordWrap(true);
    Theme::setRole(m_dateProblem, "unsaved");
    m_dateProblem->hide();

    auto *form = m_form;
    form->addRow(tr("&Meeting:"), m_meeting);
    form->addRow(tr("&Date of meeting:"), m_date);
    form->addRow(QString(), m_dateProblem);
    form->addRow(tr("&Agenda item:"), m_agendaItem);
    form->addRow(tr("&Report of:"), m_reportOf);
    form->addRow(tr("Paper &prepared by:"), m_preparedBy);
    form->addRow(tr("P&urpose:"), m_purpose);
    form->addRow(tr("Re&commendation to the board:"), m_recommendation);
    form->addRow(tr("&Board assurance framework:"), m_assuranceFramework);
    form->addRow(tr("Corporate ris&k register:"), m_riskRegister);
    form->addRow(tr("&Quality and equality impact:"), m_qualityEquality);
    form->addRow(tr("Pre&viously considered by:"), m_previouslyConsidered);
    m_reportOf->setToolTip(tr("The executive director who presents the paper, such as Chief Nurse."));
    m_assuranceFramework->setToolTip(tr("The risks on the board assurance framework this paper relates to."));
    m_riskRegister->setToolTip(tr("The risks on the corporate risk register this paper relates to."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BoardPaperDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BoardPaperDialog::reject);
    if (!editable) {
        // A store that cannot be written to: the details are shown, not changed.
        for (QWidget *w : findChildren<QLineEdit *>())
            w->setEnabled(false);
        m_purpose->setEnabled(false);
        m_recommendation->setReadOnly(true);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void BoardPaperDialog::accept()
{
    const QString typed = m_date->text().trimmed();
    if (typed.isEmpty()) {
        m_meetingDate = {};
    } else {
        const QDate date = QDate::fromString(Texts::isoDate(typed), Qt::ISODate);
        if (!date.isValid()) {
            m_dateProblem->setText(
                tr("\"%1\" is not a date ahplead can read. Write it as 3 March 2027 or 03/03/2027, or leave it "
                   "blank.")
                    .arg(typed));
            m_dateProblem->show();
            m_date->setFocus();
            return;
        }
        m_meetingDate = date;
    }
    QDialog::accept();
}

void BoardPaperDialog::offerLogo(const QString &organisation, const QByteArray &png, Prompter &prompter)
{
    m_logo = m_offeredLogo = png;
    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    m_logoPreview = new QLabel(row);
    m_logoPreview->setObjectName(QStringLiteral("coverLogoPreview"));
    m_logoPreview->setFixedSize(180, 52);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto *choose = new QPushButton(tr("C&hoose a logo…"), row);
    choose->setObjectName(QStringLiteral("coverChooseLogo"));
    m_removeLogo = new QPushButton(tr("Remo&ve logo"), row);
    m_removeLogo->setObjectName(QStringLiteral("coverRemoveLogo"));
    rowLayout->addWidget(m_logoPreview);
    rowLayout->addWidget(choose);
    rowLayout->addWidget(m_removeLogo);
    rowLayout->addStretch(1);
    auto *note = new QLabel(tr("A PNG or SVG picture, printed at the top of the cover and in the header of every "
                               "paper of %1.")
                                .arg(organisation),
                            this);
    note->setTextFormat(Qt::PlainText); // the organisation's name is typed text
    note->setWordWrap(true);
    Theme::setRole(note, "muted");
    m_logoProblem = new QLabel(this);
    m_logoProblem->setObjectName(QStringLiteral("coverLogoProblem"));
    m_logoProblem->setTextFormat(Qt::PlainText);
    m_logoProblem->setWordWrap(true);
    Theme::setRole(m_logoProblem, "unsaved");
    m_logoProblem->hide();
    // After the sheet's own fields: the logo is the organisation's, chosen once for every paper.
    m_form->addRow(tr("Organisation's &logo:"), row);
    m_form->addRow(QString(), note);
    m_form->addRow(QString(), m_logoProblem);
    choose->setEnabled(m_editable);
    connect(choose, &QPushButton::clicked, this, [this, &prompter] {
        const QString path = prompter.chooseOpenFile(this, tr("Choose the organisation's logo"), QString(),
                                                     tr("Logo pictures (*.png *.svg);;All files (*)"));
        if (!path.isEmpty())
            useLogoFile(path);
    });
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        m_logoProblem->hide();
        showLogo();
    });
    showLogo();
}

void BoardPaperDialog::useLogoFile(const QString &path)
{
    auto made = LogoImage::fromFile(path);
    if (!made) {
        m_logoProblem->setText(made.message());
        m_logoProblem->show();
        return;
    }
    m_logoProblem->hide();
    m_logo = std::move(made).value();
    showLogo();
}

void BoardPaperDialog::showLogo()
{
    const QImage image = LogoImage::image(m_logo);
    if (image.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
    } else {
        const QSize room = m_logoPreview->size() - QSize(8, 8);
        m_logoPreview->setPixmap(
            QPixmap::fromImage(image.scaled(room * devicePixelRatio(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_logoPreview->setAccessibleName(image.isNull() ? tr("No logo chosen") : tr("The organisation's logo"));
    m_removeLogo->setEnabled(m_editable && !m_logo.isEmpty());
}

CoverSheet BoardPaperDialog::cover() const
{
    CoverSheet c;
    c.meeting = m_meeting->text().trimmed();
    c.meetingDate = m_meetingDate;
    c.agendaItem = m_agendaItem->text().trimmed();
    c.reportOf = m_reportOf->text().trimmed();
    c.preparedBy = m_preparedBy->text().trimmed();
    CoverSheet::purposeFromId(m_purpose->currentData().toString(), &c.purpose);
    c.recommendation = m_recommendation->toPlainText().trimmed().left(MaxCoverField);
    c.assuranceFramework = m_assuranceFramework->text().trimmed();
    c.riskRegister = m_riskRegister->text().trimmed();
    c.qualityEquality = m_qualityEquality->text().trimmed();
    c.previouslyConsidered = m_previouslyConsidered->text().trimmed();
    return c;
}

} // namespace ahplead
